package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bitext.align.UnspacedRuns;
import org.bitext.text.MatchTokens;
import org.junit.jupiter.api.Test;

class UnspacedArabicTest {
    /** "Harvard students take a course to get enough rest", with its spaces and without. */
    private static final String SPACED = "طلاب جامعة هارفارد يتلقون دورة للحصول على قسطٍ كافٍ من الراحة";
    private static final String GLUED = "طلابجامعةهارفارديتلقوندورةللحصولعلىقسطٍكافٍمنالراحة";

    @Test
    void aRunGivesItsTokenAndItsFoldedLetters() {
        List<UnspacedRuns.Run> runs = new UnspacedArabic().of("قال " + GLUED + ".");
        assertEquals(1, runs.size());
        assertEquals(MatchTokens.of(GLUED), runs.get(0).tokens());
        assertEquals(List.of(), new UnspacedArabic().of(SPACED));
    }

    /**
     * What the aligner's search inside a run relies on: every token of three letters or more that
     * the tokenizer makes of the spaced words is a stretch of the run's folded letters (harakat
     * off, ta marbuta and alef maqsura folded alike on both sides, clitics inside the run).
     */
    @Test
    void everyTokenOfTheSpacedWordsIsInsideTheFoldedRun() {
        String folded = new UnspacedArabic().of(GLUED).get(0).folded();
        for (String token : MatchTokens.of(SPACED)) {
            assertTrue(token.length() < 3 || folded.contains(token), token + " not in " + folded);
        }
    }
}
