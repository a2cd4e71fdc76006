package org.bitext.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bitext.model.ScriptRun;
import org.bitext.model.Span;
import org.junit.jupiter.api.Test;

class LetterScriptsTest {
    @Test
    void dominantScriptCountsLettersOnly() {
        assertEquals("Arab", LetterScripts.dominantScript("2019: قال الوزير (AP)"));
        assertEquals("Latn", LetterScripts.dominantScript("Baghdad 2019"));
        assertEquals("Zyyy", LetterScripts.dominantScript("12:30 — 45%"));
    }

    @Test
    void hanWeighsMoreThanALatinLetter() {
        assertEquals("Hani", LetterScripts.dominantScript("彼得琼斯说 Peter Jones"));
    }

    @Test
    void runsCoverTheTextAndSplitAtWhitespaceBeforeAScriptChange() {
        String text = "قال الوزير \"Hello world\" اليوم.";
        List<ScriptRun> runs = LetterScripts.runs(text);
        assertEquals(List.of(
                new ScriptRun(new Span(0, 11), "Arab"),
                new ScriptRun(new Span(11, 25), "Latn"),
                new ScriptRun(new Span(25, text.length()), "Arab")), runs);
    }

    @Test
    void textWithoutLettersIsOneCommonRun() {
        assertEquals(List.of(new ScriptRun(new Span(0, 5), "Zyyy")), LetterScripts.runs("12 34"));
        assertEquals(List.of(new ScriptRun(new Span(0, 0), "Zyyy")), LetterScripts.runs(""));
    }
}
