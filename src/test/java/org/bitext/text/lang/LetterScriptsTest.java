package org.bitext.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UScript;
import java.util.Arrays;
import java.util.Random;
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

    /** The fast path for single chars of the table gives the counts and winner of a plain code-point loop. */
    @Test
    void countsAsACodePointLoopWould() {
        String alphabet = "ab Zé؟قالوزير١٢ 2019 αβ жд שלום ܐ ߊ 彼得琼斯 ひらがな 한국 \uD835\uDC00\uD835 \uDC00 ,.";
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int[] counts = new int[UScript.CODE_LIMIT];
            int dominant = LetterScripts.dominant(NgramFeatures.chars(text), counts);
            int[] expectedCounts = new int[UScript.CODE_LIMIT];
            int expected = UScript.COMMON;
            int best = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                int s = LetterScripts.letterScript(cp);
                if (s != UScript.COMMON && (expectedCounts[s] += LetterScripts.weight(s)) > best) {
                    best = expectedCounts[s];
                    expected = s;
                }
            }
            assertEquals(expected, dominant, text.toString());
            assertEquals(Arrays.toString(expectedCounts), Arrays.toString(counts), text.toString());
        }
    }
}
