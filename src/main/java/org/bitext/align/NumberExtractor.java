package org.bitext.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers of a sentence in any script's decimal digits, as language-neutral anchors.
 *
 * <p>Rules:
 * <ul>
 *   <li>any Unicode decimal digit counts: ASCII, Arabic-Indic (٠-٩), Persian (۰-۹), Devanagari...;
 *       {@code ٢٠٢٠} and {@code 2020} give the same number;</li>
 *   <li>a comma, period, Arabic thousands separator (U+066C) or apostrophe between digits followed by
 *       exactly three digits groups thousands ({@code 1,000} = 1000);</li>
 *   <li>a period or Arabic decimal separator (U+066B) between digits otherwise is a decimal point;</li>
 *   <li>leading zeros are dropped ({@code 02:19} gives 2 and 19), so clock times and dates match
 *       however they are padded;</li>
 *   <li>digits glued to letters still count ({@code الـ24}, {@code 50th}).</li>
 * </ul>
 */
public final class NumberExtractor {
    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    private NumberExtractor() {
    }

    /** The numbers in {@code text}, normalised to ASCII digits, in order of appearance. */
    public static List<String> numbers(CharSequence text) {
        List<String> found = new ArrayList<>();
        scan(text, (digits, from, to) -> found.add(new String(digits, from, to - from)));
        return found;
    }

    /** Receives each number of a text, normalised: {@code digits[from, to)}, in a buffer reused for the next. */
    @FunctionalInterface
    private interface NumberSink {
        void accept(char[] digits, int from, int to);
    }

    /**
     * The one reading of the rules above: each number of {@code text} in order, its digits in
     * ASCII, thousands separators dropped, its decimal point kept as {@code .}, and its leading
     * zeros stripped (all but one before a decimal point or at the end).
     */
    private static void scan(CharSequence text, NumberSink sink) {
        char[] number = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            if (number == null) {
                number = new char[16];
            }
            int length = 0;
            boolean decimal = false;
            while (i < n) {
                char c = text.charAt(i);
                int d = digit(c);
                char normalised;
                if (d >= 0) {
                    normalised = (char) ('0' + d);
                } else if (isSeparator(c) && i + 1 < n && digit(text.charAt(i + 1)) >= 0) {
                    boolean thousands = c != ARABIC_DECIMAL_SEPARATOR && digitRun(text, i + 1) == 3 && !decimal;
                    if (thousands) {
                        i++;
                        continue;
                    }
                    if ((c != '.' && c != ARABIC_DECIMAL_SEPARATOR) || decimal) {
                        break;
                    }
                    decimal = true;
                    normalised = '.';
                } else {
                    break;
                }
                if (length == number.length) {
                    number = java.util.Arrays.copyOf(number, 2 * length);
                }
                number[length++] = normalised;
                i++;
            }
            int from = 0;
            while (from < length - 1 && number[from] == '0' && number[from + 1] != '.') {
                from++;
            }
            sink.accept(number, from, length);
        }
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == ARABIC_THOUSANDS_SEPARATOR || c == ARABIC_DECIMAL_SEPARATOR
                || c == '\'';
    }

    private static int digitRun(CharSequence text, int from) {
        int k = from;
        while (k < text.length() && digit(text.charAt(k)) >= 0) {
            k++;
        }
        return k - from;
    }

    /**
     * {@code Character.digit(c, 10)} of the chars below U+0800 (Latin, Greek, Cyrillic, Hebrew,
     * Arabic and its digits): Arabic text asks for every letter, and the JDK's look-up of a
     * non-ASCII char's properties is several dependent table reads. Not the whole BMP: the class
     * initialiser runs interpreted in every run, and 65,536 calls would delay the first document.
     */
    private static final byte[] DIGIT_VALUE = new byte[0x800];

    static {
        for (int c = 0; c < DIGIT_VALUE.length; c++) {
            DIGIT_VALUE[c] = (byte) Character.digit((char) c, 10);
        }
    }

    private static int digit(char c) {
        return c < DIGIT_VALUE.length ? DIGIT_VALUE[c] : Character.digit(c, 10);
    }

    /** Where the keys of a sentence's numbers start ({@link #key}). */
    private static final long KEY_SEED = 1125899906842597L;

    /**
     * The number {@code normalised[from, to)}, as {@link #numbers} gives it, as a 64-bit hash:
     * what the aligner compares (two numbers' keys collide with odds of one in 2^64 or so).
     */
    static long key(char[] normalised, int from, int to) {
        long h = KEY_SEED;
        for (int k = from; k < to; k++) {
            h = 31 * h + normalised[k];
        }
        return h;
    }

    /**
     * The {@link #key}s of the numbers in {@code text}, in order of appearance: the same as
     * hashing each of {@link #numbers}, without making their strings.
     */
    static long[] keys(CharSequence text) {
        long[][] found = {NONE};
        int[] count = {0};
        scan(text, (digits, from, to) -> {
            if (count[0] == found[0].length) {
                found[0] = java.util.Arrays.copyOf(found[0], Math.max(4, 2 * count[0]));
            }
            found[0][count[0]++] = key(digits, from, to);
        });
        return count[0] == 0 ? NONE : java.util.Arrays.copyOf(found[0], count[0]);
    }

    private static final long[] NONE = new long[0];
}
