package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.bitext.model.LanguageGuess;
import org.junit.jupiter.api.Test;

class ScriptLanguageIdentifierTest {
    private static final String ARABIC_SENTENCE = "\u0627\u0646\u0633\u062D\u0628\u062A \u0642\u0648\u0627\u062A "
            + "\u0627\u0644\u062A\u062D\u0627\u0644\u0641 \u0627\u0644\u062F\u0648\u0644\u064A \u0645\u0646 "
            + "\u0642\u0627\u0639\u062F\u0629 \u0627\u0644\u0642\u0627\u0626\u0645 \u0627\u0644\u0627\u0633\u062A\u0631\u0627\u062A\u064A\u062C\u064A\u0629.";
    private static final String ENGLISH_SENTENCE =
            "The coalition withdrew from the strategic base and handed it over to the Iraqi army.";

    private final ScriptLanguageIdentifier identifier = new ScriptLanguageIdentifier();

    @Test
    void arabicScriptIsArabic() {
        LanguageGuess guess = identifier.identify(ARABIC_SENTENCE);
        assertEquals("ar", guess.code());
        assertTrue(guess.confidence() > 0.9, guess.toString());
    }

    @Test
    void englishProseIsEnglishWithHighConfidence() {
        LanguageGuess guess = identifier.identify(ENGLISH_SENTENCE);
        assertEquals("en", guess.code());
        assertTrue(guess.confidence() > 0.9, guess.toString());
    }

    @Test
    void latinTextWithoutEnglishFunctionWordsStaysAtOrBelowHalf() {
        LanguageGuess french = identifier.identify(
                "La coalition internationale a quitt\u00E9 la base strat\u00E9gique d'Al-Qa\u00EFm en Irak.");
        LanguageGuess german = identifier.identify(
                "Die internationale Koalition hat den Milit\u00E4rst\u00FCtzpunkt in Irak an die Armee \u00FCbergeben.");
        assertTrue(french.confidence() <= 0.5, french.toString());
        assertTrue(german.confidence() <= 0.5, german.toString());
    }

    @Test
    void shortLatinTextIsAtMostHalfConfident() {
        LanguageGuess guess = identifier.identify("Iraq handover ceremony");
        assertEquals("en", guess.code());
        assertTrue(guess.confidence() <= 0.5, guess.toString());
    }

    @Test
    void fewerThanThreeLettersIsUndetermined() {
        assertEquals(LanguageGuess.undetermined(), identifier.identify("12 km"));
        assertEquals(LanguageGuess.undetermined(), identifier.identify("2020-03-18 02:19"));
    }

    @Test
    void urlsAndEmailAddressesAreUndetermined() {
        assertEquals(LanguageGuess.undetermined(), identifier.identify("https://example.org/news/the-base-handover"));
        assertEquals(LanguageGuess.undetermined(), identifier.identify("www.example.org"));
        assertEquals(LanguageGuess.undetermined(), identifier.identify("desk@example.org"));
    }

    @Test
    void otherScriptsAreUndetermined() {
        assertEquals(LanguageGuess.undetermined(),
                identifier.identify("\u041A\u043E\u0430\u043B\u0438\u0446\u0438\u044F \u043F\u043E\u043A\u0438\u043D\u0443\u043B\u0430 \u0431\u0430\u0437\u0443"));
    }

    @Test
    void persianLettersLowerArabicConfidence() {
        // Persian "this is a book" with keheh and farsi yeh.
        LanguageGuess guess = identifier.identify("\u0627\u06CC\u0646 \u06CC\u06A9 \u06A9\u062A\u0627\u0628 \u0627\u0633\u062A \u0648 \u067E\u062F\u0631");
        assertEquals("ar", guess.code());
        assertTrue(guess.confidence() <= 0.3, guess.toString());
    }

    @Test
    void mixedScriptsLowerConfidence() {
        LanguageGuess pure = identifier.identify(ENGLISH_SENTENCE);
        LanguageGuess mixed = identifier.identify(ENGLISH_SENTENCE + " " + ARABIC_SENTENCE.substring(0, 20));
        assertTrue(mixed.confidence() < pure.confidence(), mixed + " vs " + pure);
    }

    @Test
    void upperCaseEnglishIsRecognisedUnderATurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            LanguageGuess guess = identifier.identify("THIS IS WHAT THE MINISTER SAID IN THE STATEMENT");
            assertTrue(guess.confidence() > 0.5, guess.toString());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
