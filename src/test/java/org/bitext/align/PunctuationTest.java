package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PunctuationTest {
    @Test
    void arabicQuestionMarkCountsAsAQuestionMark() {
        assertArrayEquals(Punctuation.counts("Why?"), Punctuation.counts("لماذا؟"));
    }

    @Test
    void guillemetsAndCurlyQuotesAreQuotes() {
        assertEquals(2, Punctuation.counts("«نعم»")[2]);
        assertEquals(2, Punctuation.counts("“yes”")[2]);
    }

    @Test
    void anApostropheInsideAWordIsNotAQuote() {
        assertEquals(0, Punctuation.counts("it’s d’Alembert")[2]);
    }

    @Test
    void aClockTimeColonIsNotAColon() {
        assertEquals(0, Punctuation.counts("at 02:19")[4]);
        assertEquals(1, Punctuation.counts("He said: no")[4]);
    }

    @Test
    void bracketsCount() {
        assertEquals(2, Punctuation.counts("(in Syria)")[3]);
    }

    @Test
    void mismatchSumsWhatOneSideLacksOverABead() {
        int[][] source = prefix(Punctuation.counts("Why?"), Punctuation.counts("(really)"));
        int[][] target = prefix(Punctuation.counts("لماذا؟ حقا"));
        assertEquals(0, Punctuation.mismatch(source, 0, 1, target, 0, 1));
        assertEquals(2, Punctuation.mismatch(source, 0, 2, target, 0, 1));
    }

    private static int[][] prefix(int[]... sentences) {
        int[][] sums = new int[Punctuation.CLASSES][sentences.length + 1];
        for (int i = 0; i < sentences.length; i++) {
            for (int c = 0; c < Punctuation.CLASSES; c++) {
                sums[c][i + 1] = sums[c][i] + sentences[i][c];
            }
        }
        return sums;
    }

    /** The bit test before the switch never hides a mark: every character of every class passes it. */
    @Test
    void theQuickTestLetsEveryMarkThrough() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String alone = String.valueOf(c);
            if (Punctuation.classOf(alone, 0) >= 0 || Punctuation.classOf("a" + c + "1", 1) >= 0) {
                assertEquals(true, Punctuation.mayBeMark(c), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(false, Punctuation.mayBeMark('a'));
        assertEquals(false, Punctuation.mayBeMark('\u0627'));
        assertEquals(false, Punctuation.mayBeMark(' '));
    }
}
