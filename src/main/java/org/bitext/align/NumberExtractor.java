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
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            StringBuilder number = new StringBuilder();
            boolean decimal = false;
            while (i < n) {
                char c = text.charAt(i);
                int d = digit(c);
                if (d >= 0) {
                    number.append((char) ('0' + d));
                    i++;
                    continue;
                }
                if (isSeparator(c) && i + 1 < n && digit(text.charAt(i + 1)) >= 0) {
                    int run = digitRun(text, i + 1);
                    boolean thousands = c != ARABIC_DECIMAL_SEPARATOR && run == 3 && !decimal;
                    if (thousands) {
                        i++;
                        continue;
                    }
                    if ((c == '.' || c == ARABIC_DECIMAL_SEPARATOR) && !decimal) {
                        decimal = true;
                        number.append('.');
                        i++;
                        continue;
                    }
                }
                break;
            }
            found.add(stripLeadingZeros(number));
        }
        return found;
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
     * The number, normalised as {@link #numbers} gives it, as a 64-bit hash: what the aligner
     * compares (two numbers' keys collide with odds of one in 2^64 or so).
     */
    static long key(CharSequence normalised) {
        long h = KEY_SEED;
        for (int k = 0; k < normalised.length(); k++) {
            h = 31 * h + normalised.charAt(k);
        }
        return h;
    }

    /**
     * The {@link #key}s of the numbers in {@code text}, in order of appearance: the same as
     * hashing each of {@link #numbers}, without building the strings. The leading zeros that
     * {@link #numbers} strips are held back until the number shows whether any stays: none
     * before another digit, one before a decimal point or at the end of a number of zeros.
     */
    static long[] keys(CharSequence text) {
        long[] found = null;
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            long h = KEY_SEED;
            boolean started = false;
            boolean decimal = false;
            while (i < n) {
                char c = text.charAt(i);
                int d = digit(c);
                if (d >= 0) {
                    if (started || d != 0) {
                        started = true;
                        h = 31 * h + ('0' + d);
                    }
                    i++;
                    continue;
                }
                if (isSeparator(c) && i + 1 < n && digit(text.charAt(i + 1)) >= 0) {
                    int run = digitRun(text, i + 1);
                    boolean thousands = c != ARABIC_DECIMAL_SEPARATOR && run == 3 && !decimal;
                    if (thousands) {
                        i++;
                        continue;
                    }
                    if ((c == '.' || c == ARABIC_DECIMAL_SEPARATOR) && !decimal) {
                        decimal = true;
                        if (!started) {
                            started = true;
                            h = 31 * h + '0';
                        }
                        h = 31 * h + '.';
                        i++;
                        continue;
                    }
                }
                break;
            }
            if (!started) {
                h = 31 * h + '0';
            }
            if (found == null) {
                found = new long[4];
            } else if (count == found.length) {
                found = java.util.Arrays.copyOf(found, 2 * count);
            }
            found[count++] = h;
        }
        return found == null ? NONE : java.util.Arrays.copyOf(found, count);
    }

    private static final long[] NONE = new long[0];

    private static String stripLeadingZeros(StringBuilder number) {
        int k = 0;
        while (k < number.length() - 1 && number.charAt(k) == '0' && number.charAt(k + 1) != '.') {
            k++;
        }
        return number.substring(k);
    }
}
