package org.bitext.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
