package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bitext.align.LexicalModel.TrainingPair;
import org.bitext.text.MatchTokens;
import org.junit.jupiter.api.Test;

class SeedLexiconTest {
    @Test
    void theListReadsWholeAndFoldsAsTheLexiconDoes() {
        List<TrainingPair> entries = SeedLexicon.entries();
        assertTrue(entries.size() > 250, "entries: " + entries.size());
        assertTrue(entries.contains(new TrainingPair(MatchTokens.of("said"), MatchTokens.of("قال"))));
        assertTrue(entries.contains(new TrainingPair(MatchTokens.of("united nations"), MatchTokens.of("الأمم المتحدة"))));
    }

    @Test
    void aSmallEnglishArabicBatchGetsTheListEitherWayRound() {
        List<TrainingPair> entries = SeedLexicon.entries();
        assertEquals(entries, SeedLexicon.forBatch(LanguagePair.of("en", "ar"), 0));
        assertEquals(entries, SeedLexicon.forBatch(LanguagePair.of("en-GB", "ar-EG"), SeedLexicon.USED_BELOW_PAIRS - 1));
        List<TrainingPair> reversed = SeedLexicon.forBatch(LanguagePair.of("ar", "en"), 10);
        assertEquals(entries.get(0).source(), reversed.get(0).target());
        assertEquals(entries.get(0).target(), reversed.get(0).source());
    }

    @Test
    void aBatchWithWordsOfItsOwnOrOtherLanguagesDoesNot() {
        assertEquals(List.of(), SeedLexicon.forBatch(LanguagePair.of("en", "ar"), SeedLexicon.USED_BELOW_PAIRS));
        assertEquals(List.of(), SeedLexicon.forBatch(LanguagePair.of("de", "fr"), 0));
        assertEquals(List.of(), SeedLexicon.forBatch(LanguagePair.of("en", "fa"), 0));
    }

    @Test
    void presegmentedLinesInLatinAndArabicLettersAreTakenForEnglishAndArabic() {
        List<String> english = List.of("The army left the base on Monday.", "");
        List<String> arabic = List.of("غادر الجيش القاعدة يوم الاثنين.", "");
        assertEquals(SeedLexicon.entries(), SeedLexicon.forLines(english, arabic, 2));
        assertEquals(SeedLexicon.forBatch(LanguagePair.of("ar", "en"), 2), SeedLexicon.forLines(arabic, english, 2));
    }

    @Test
    void presegmentedLinesOfOneScriptOrOfABatchWithWordsOfItsOwnGetNothing() {
        List<String> german = List.of("Die Armee verliess die Basis am Montag.");
        List<String> french = List.of("L'armée a quitté la base lundi.");
        assertEquals(List.of(), SeedLexicon.forLines(german, french, 2));
        assertEquals(List.of(), SeedLexicon.forLines(List.of("2019"), List.of("٢٠١٩"), 2));
        assertEquals(List.of(), SeedLexicon.forLines(List.of("The army left."), List.of("غادر الجيش."),
                SeedLexicon.USED_BELOW_PAIRS));
    }
}
