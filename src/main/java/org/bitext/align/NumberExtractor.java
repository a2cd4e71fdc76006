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

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c < 0x80 ? -1 : Character.digit(c, 10);
    }

    private static String stripLeadingZeros(StringBuilder number) {
        int k = 0;
        while (k < number.length() - 1 && number.charAt(k) == '0' && number.charAt(k + 1) != '.') {
            k++;
        }
        return number.substring(k);
    }
}
