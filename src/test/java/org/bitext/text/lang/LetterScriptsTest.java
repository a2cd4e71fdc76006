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
    void theTableBelowU0800AgreesWithIcu() {
        for (int cp = 0; cp < 0x1000; cp++) {
            int expected = Character.isLetter(cp) ? com.ibm.icu.lang.UScript.getScript(cp)
                    : com.ibm.icu.lang.UScript.COMMON;
            if (expected == com.ibm.icu.lang.UScript.INHERITED) {
                expected = com.ibm.icu.lang.UScript.COMMON;
            }
            assertEquals(expected, LetterScripts.letterScript(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void hanWeighsMoreThanALatinLetter() {
        assertEquals("Hani", LetterScripts.dominantScript("彼得琼斯说 Peter Jones"));
    }
}
