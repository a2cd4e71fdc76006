package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bitext.model.LanguageGuess;
import org.bitext.model.ScriptRun;
import org.bitext.model.Span;
import org.junit.jupiter.api.Test;

class RunLanguagesTest {
    /** Tells a text's language from ten letters on: Arabic letters say ar, others en. */
    private static final LanguageIdentifier TEN_LETTERS = text -> {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < 10) {
            return LanguageGuess.undetermined();
        }
        boolean arabic = text.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
        return new LanguageGuess(arabic ? "ar" : "en", letters / 100.0);
    };

    @Test
    void aShortRunTakesTheLanguageOfItsScriptsTextInTheParagraph() {
        String text = "The army (الجيش) left the base. قال الوزير";
        List<ScriptRun> runs = ScriptRuns.of(text);
        assertEquals(List.of("Latn", "Arab", "Latn", "Arab"), runs.stream().map(ScriptRun::script).toList());
        List<LanguageGuess> guesses = RunLanguages.of(text, runs, TEN_LETTERS);
        // "The army (" alone has 7 letters: undetermined, so the paragraph's Latin text decides
        assertEquals(List.of("en", "ar", "en", "ar"), guesses.stream().map(LanguageGuess::code).toList());
        // the Latin text together, "The army ( ) left the base. ", has 18 letters
        assertEquals(0.18, guesses.get(0).confidence(), 1e-9);
        // a run that tells by itself (11 letters) keeps its own guess
        assertEquals(0.11, guesses.get(2).confidence(), 1e-9);
    }

    @Test
    void aScriptWhoseTextIsTooShortAsAWholeStaysUndetermined() {
        String text = "A long sentence of English text (بيت)";
        List<ScriptRun> runs = ScriptRuns.of(text);
        List<LanguageGuess> guesses = RunLanguages.of(text, runs, TEN_LETTERS);
        assertEquals(LanguageGuess.UNDETERMINED, guesses.get(1).code());
        assertEquals("en", guesses.get(0).code());
    }

    @Test
    void aRunOfItsOwnIsItsOwnGuess() {
        String text = "Only English text here";
        assertEquals(List.of(new LanguageGuess("en", 0.19)),
                RunLanguages.of(text, List.of(new ScriptRun(new Span(0, text.length()), "Latn")), TEN_LETTERS));
    }
}
