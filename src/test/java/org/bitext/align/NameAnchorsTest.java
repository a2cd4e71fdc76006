package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameAnchorsTest {
    /** The letter table that the script count reads agrees with Unicode on every character. */
    @Test
    void theQuickLetterTestAgreesWithUnicodeOnEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter(c), NameAnchors.isLetter(c), Integer.toHexString(c));
        }
    }

    /** The count that stops once the answer is certain answers as a count of every letter. */
    @Test
    void theScriptMajorityStoppedEarlyIsThatOfAFullCount() {
        String pieces = "abcXYZ   .,1٢٣قائمالموصل،؟ـ\u064E\u200C";
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            List<String> sentences = new ArrayList<>();
            // lean each document one way or the other, near the middle as often as not
            int arabicShare = random.nextInt(101);
            for (int i = random.nextInt(8); i > 0; i--) {
                StringBuilder sentence = new StringBuilder();
                for (int k = random.nextInt(60); k > 0; k--) {
                    sentence.append(random.nextInt(100) < arabicShare
                            ? pieces.charAt(12 + random.nextInt(pieces.length() - 12))
                            : pieces.charAt(random.nextInt(12)));
                }
                sentences.add(sentence.toString());
            }
            assertEquals(fullCount(sentences), NameAnchors.mostlyArabic(sentences), sentences.toString());
        }
        assertTrue(NameAnchors.mostlyArabic(List.of("قال Mosul", "القائم")));
        assertFalse(NameAnchors.mostlyArabic(List.of("Al-Qaim is in Anbar", "القائم")));
        assertFalse(NameAnchors.mostlyArabic(List.of("", "1, 2.")));
    }

    private static boolean fullCount(List<String> sentences) {
        long arabic = 0;
        long letters = 0;
        for (String s : sentences) {
            for (char c : s.toCharArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                    arabic += c >= '\u0600' && c <= '\u06FF' ? 1 : 0;
                }
            }
        }
        return letters > 0 && arabic * 2 > letters;
    }
}
