package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.bitext.pipeline.BatchReport;
import org.bitext.pipeline.LanguagePair;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static String print(int lexiconPairs, int seedWords) {
        BatchReport report = new BatchReport(1, 1, List.of(), 3, 3, Map.of("1-1", 3L), Map.of(), Map.of(), Map.of(),
                List.of(), lexiconPairs, List.of(), 0, seedWords);
        StringWriter err = new StringWriter();
        new Summary(report, LanguagePair.englishArabic()).print(new PrintWriter(err, true));
        return err.toString();
    }

    @Test
    void aLexiconLearnedAloneIsCountedInPairs() {
        String s = print(528, 0);
        assertTrue(s.contains("bitext: lexicon learned from 528 sentence pairs\n"), s);
    }

    @Test
    void aSmallBatchSaysItWasGivenBitextsList() {
        String s = print(6, 284);
        assertTrue(s.contains("bitext: lexicon learned from 6 sentence pairs and bitext's list of 284 common news"
                + " words (a batch this small has too few of its own)"), s);
    }

    @Test
    void noLexiconIsSaid() {
        String s = print(0, 0);
        assertTrue(s.contains("no lexicon learned (too few sentence pairs): aligned by length, numbers and names only"), s);
    }
}
