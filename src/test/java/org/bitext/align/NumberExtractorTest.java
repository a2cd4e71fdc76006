package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {
    @Test
    void arabicIndicDigitsEqualAsciiDigits() {
        assertEquals(NumberExtractor.numbers("in 2020"), NumberExtractor.numbers("في ٢٠٢٠"));
    }

    @Test
    void persianDigitsEqualAsciiDigits() {
        assertEquals(List.of("18"), NumberExtractor.numbers("۱۸ مارس"));
    }

    @Test
    void digitsOfScriptsBeyondArabicCountToo() {
        assertEquals(List.of("12", "34"), NumberExtractor.numbers("१२ and ３４"));
    }

    @Test
    void thousandsSeparatorsAreDropped() {
        assertEquals(List.of("1000", "2500000"), NumberExtractor.numbers("1,000 and 2,500,000"));
        assertEquals(List.of("1000"), NumberExtractor.numbers("١٬٠٠٠"));
    }

    @Test
    void decimalPointsAreKept() {
        assertEquals(List.of("3.5"), NumberExtractor.numbers("3.5 percent"));
        assertEquals(List.of("3.5"), NumberExtractor.numbers("٣٫٥"));
    }

    @Test
    void leadingZerosAreDropped() {
        assertEquals(List.of("2", "19"), NumberExtractor.numbers("02:19"));
        assertEquals(List.of("2", "19"), NumberExtractor.numbers("٠٢:١٩"));
    }

    @Test
    void digitsGluedToLettersCount() {
        assertEquals(List.of("24"), NumberExtractor.numbers("الـ24"));
        assertEquals(List.of("50"), NumberExtractor.numbers("the 50th anniversary"));
    }

    @Test
    void aSentenceFullStopAfterANumberIsNotADecimalPoint() {
        assertEquals(List.of("1968"), NumberExtractor.numbers("in 1968."));
    }

    @Test
    void keysAreTheNumbersHashedWithoutTheirStrings() {
        // zeros, separators of every kind, several scripts' digits and letters in between, so that
        // leading zeros before digits, before a decimal point and alone all occur
        String alphabet = "0000012345679٠١٢٣٩۰۹०१２,,..''٫٬٫ ab:-";
        Random random = new Random(7);
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            long[] expected = NumberExtractor.numbers(text).stream().mapToLong(NumberExtractorTest::key).toArray();
            assertArrayEquals(expected, NumberExtractor.keys(text), () -> "for \"" + text + "\"");
        }
    }

    @Test
    void keysOfTypicalNumbers() {
        assertArrayEquals(new long[] {key("0"), key("0.5"), key("7")},
                NumberExtractor.keys("00 and 00.5 and 007"));
        assertArrayEquals(new long[0], NumberExtractor.keys("no numbers here"));
    }

    private static long key(String number) {
        return NumberExtractor.key(number.toCharArray(), 0, number.length());
    }
}
