package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextSanitizerTest {
    private final TextSanitizer sanitizer = new TextSanitizer();

    @Test
    void arabicPresentationFormsBecomeTheLettersTheyShow() {
        // as text extracted from a PDF gives it: contextual shapes and the lam-alef ligature
        String shaped = "\uFEE7\uFEEE\uFEAF\uFEF3\uFEAE \uFEFB \uFDF2";
        TextSanitizer.Sanitized s = sanitizer.sanitize(shaped);
        assertEquals("\u0646\u0648\u0632\u064A\u0631 \u0644\u0627 \u0627\u0644\u0644\u0647", s.text());
        assertEquals(7, s.removed(TextSanitizer.PRESENTATION_FORMS));
    }

    @Test
    void ordinaryArabicLettersAndAByteOrderMarkAreNotPresentationForms() {
        String text = "\u0648\u0632\u064A\u0631 \uFEFFx";
        TextSanitizer.Sanitized s = sanitizer.sanitize(text);
        assertEquals("\u0648\u0632\u064A\u0631 x", s.text());
        assertEquals(0, s.removed(TextSanitizer.PRESENTATION_FORMS));
        assertEquals(1, s.removed(TextSanitizer.NONCHARACTERS));
    }

    @Test
    void loneSurrogatesAreRemoved() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("a\uD800b\uDC00c\uD83D\uDE00");
        assertEquals("abc\uD83D\uDE00", s.text());
        assertEquals(2, s.removed(TextSanitizer.LONE_SURROGATES));
    }

    @Test
    void c0ControlsOtherThanTabAndLineFeedAreRemoved() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("a\u0001b\tc\nd\u001B\u007F");
        assertEquals("ab\tc\nd", s.text());
        assertEquals(3, s.removed(TextSanitizer.CONTROLS));
    }

    @Test
    void c1ControlsAreRemoved() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("x\u0080y\u009Fz");
        assertEquals("xyz", s.text());
        assertEquals(2, s.removed(TextSanitizer.CONTROLS));
    }

    @Test
    void nextLineAndLineSeparatorBecomeLineFeeds() {
        assertEquals("a\nb\nc", sanitizer.sanitize("a\u0085b\u2028c").text());
    }

    @Test
    void keepingLinesSeparatorsBecomeSpacesAndTheOtherRulesStillApply() {
        TextSanitizer.Sanitized s = sanitizer.sanitizeKeepingLines(
                "a\u0085b\u2028c\n\u200Fd\u2029e\ff\u0001\n\uFEFB\u202E\n");
        assertEquals("a b c\nd e f\n\u0644\u0627\n", s.text());
        assertEquals(4, s.text().split("\n", -1).length);
        assertEquals(1, s.removed(TextSanitizer.CONTROLS));
        assertEquals(1, s.removed(TextSanitizer.EDGE_MARKS));
        assertEquals(1, s.removed(TextSanitizer.PRESENTATION_FORMS));
        assertEquals(1, s.removed(TextSanitizer.BIDI_CONTROLS));
    }

    @Test
    void paragraphSeparatorAndFormFeedBecomeBlankLines() {
        assertEquals("a\n\nb\n\nc", sanitizer.sanitize("a\u2029b\fc").text());
    }

    @Test
    void charactersIllegalInXmlAreRemoved() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("a\uFFFEb\uFFFFc\uFDD0d\uD83F\uDFFF");
        assertEquals("abcd", s.text());
        assertEquals(4, s.removed(TextSanitizer.NONCHARACTERS));
    }

    @Test
    void strayByteOrderMarkInsideTheTextIsRemoved() {
        assertEquals("ab", sanitizer.sanitize("a\uFEFFb").text());
    }

    @Test
    void bidiOverridesAreRemovedAndCounted() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("access \u202Eadmin\u202C level");
        assertEquals("access admin level", s.text());
        assertEquals(2, s.removed(TextSanitizer.BIDI_CONTROLS));
    }

    @Test
    void bidiIsolatesAreRemovedAndCounted() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("\u2066a\u2067b\u2068c\u2069");
        assertEquals("abc", s.text());
        assertEquals(4, s.removed(TextSanitizer.BIDI_CONTROLS));
    }

    @Test
    void embeddingsAreRemoved() {
        assertEquals("ab", sanitizer.sanitize("\u202Aa\u202Bb\u202D").text());
    }

    @Test
    void directionMarksAtWordGroupEdgesAreTrimmed() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("\u200Fقال \u200Eالوزير\u061C\nEnd.\u200F");
        assertEquals("قال الوزير\nEnd.", s.text());
        assertEquals(4, s.removed(TextSanitizer.EDGE_MARKS));
    }

    @Test
    void directionMarkInsideAWordIsKept() {
        assertEquals("a\u200Fb", sanitizer.sanitize("a\u200Fb").text());
    }

    @Test
    void zeroWidthNonJoinerIsKept() {
        String persian = "\u0645\u06CC\u200C\u0634\u0648\u062F"; // می‌شود
        TextSanitizer.Sanitized s = sanitizer.sanitize(persian);
        assertEquals(persian, s.text());
        assertTrue(s.removed().isEmpty());
    }

    @Test
    void textIsPutInNfc() {
        TextSanitizer.Sanitized s = sanitizer.sanitize("Cafe\u0301 \u0627\u0653");
        assertEquals("Caf\u00E9 \u0622", s.text());
        assertTrue(s.normalized());
    }

    @Test
    void textTheQuickCheckDoubtsButThatIsNfcIsNotCountedAsNormalized() {
        // U+0301's quick check says "maybe", but no precomposed b-acute exists: already NFC
        TextSanitizer.Sanitized s = sanitizer.sanitize("Ab\u0301 \u0628\u064E\u0651");
        assertEquals("Ab\u0301 \u0628\u064E\u0651", s.text());
        assertFalse(s.normalized());
    }

    @Test
    void arabicShaddaTypedBeforeItsVowelIsReordered() {
        // canonical order puts fatha (ccc 30) and damma (31) before shadda (33)
        TextSanitizer.Sanitized s = sanitizer.sanitize("\u0642\u0627\u0644 \u0631\u064E\u0651\u0633");
        assertEquals("\u0642\u0627\u0644 \u0631\u064E\u0651\u0633", s.text());
        assertFalse(s.normalized());
        s = sanitizer.sanitize("\u0642\u0627\u0644 \u0631\u0651\u064F\u0633 \u0627\u0653");
        assertEquals("\u0642\u0627\u0644 \u0631\u064F\u0651\u0633 \u0622", s.text());
        assertTrue(s.normalized());
    }

    @Test
    void nfcOfTheTailEqualsIcusNormalizationOfTheWhole() {
        // random strings of letters, marks that compose, reorder or neither, and Hangul jamo
        char[] alphabet = ("aeEouAbc \u0301\u0300\u0308\u0327\u0323\u0627\u0653\u0654\u0655\u0648\u064A"
                + "\u064E\u064F\u0650\u0651\u0652\u1100\u1161\u11A8\u00E9\u0041\u030A").toCharArray();
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        Random random = new Random(17);
        for (int k = 0; k < 5_000; k++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(nfc.normalize(s), TextSanitizer.toNfc(s), () -> "for " + s.codePoints()
                    .mapToObj(cp -> String.format(Locale.ROOT, "U+%04X", cp)).toList());
        }
    }

    @Test
    void removalDoesNotKeepALetterFromComposingWithItsMark() {
        assertEquals("\u00E9", sanitizer.sanitize("e\u0007\u0301").text());
    }

    @Test
    void cleanTextIsUnchanged() {
        String text = "The minister said.\n\nقال الوزير.";
        TextSanitizer.Sanitized s = sanitizer.sanitize(text);
        assertEquals(text, s.text());
        assertTrue(s.removed().isEmpty());
        assertFalse(s.normalized());
    }

    /**
     * The scan that decides whether rules 1 to 5 run reads a table instead of testing each rule:
     * it must still flag exactly the characters that some rule removes or replaces.
     */
    @Test
    void theQuickScanFlagsExactlyTheCharactersTheRulesTouch() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean touched = Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n'
                    || c >= 0x7F && c <= 0x9F || c == TextSanitizer.LINE_SEPARATOR
                    || c == TextSanitizer.PARAGRAPH_SEPARATOR || c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE
                    || c == TextSanitizer.ZERO_WIDTH_NO_BREAK_SPACE
                    || c >= TextSanitizer.LEFT_TO_RIGHT_EMBEDDING && c <= TextSanitizer.RIGHT_TO_LEFT_OVERRIDE
                    || c >= TextSanitizer.LEFT_TO_RIGHT_ISOLATE && c <= TextSanitizer.POP_DIRECTIONAL_ISOLATE
                    || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFE;
            assertEquals(touched, TextSanitizer.needsRules1To5("ab" + c + "\u0628"), Integer.toHexString(c));
        }
    }
}
