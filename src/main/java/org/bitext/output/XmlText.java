package org.bitext.output;

/**
 * Escaping for XML 1.0 character data and double-quoted attribute values.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code &}, {@code <} and {@code >} become entity references everywhere ({@code >} too,
 *       so that {@code ]]>} can never appear).</li>
 *   <li>In attribute values, {@code "} becomes {@code &quot;}, and tab, LF and CR become
 *       character references, since attribute-value normalisation would turn them into spaces.</li>
 *   <li>In character data, CR becomes {@code &#13;}, since parsers turn a literal CR into LF.</li>
 *   <li>Characters that XML 1.0 forbids are removed: C0 controls other than tab, LF and CR;
 *       U+FFFE and U+FFFF; and unpaired surrogates. No escape can carry them, and one of them
 *       would make the whole file unreadable.</li>
 * </ul>
 */
final class XmlText {
    private XmlText() {
    }

    /** Escapes {@code text} for use as element content. */
    static String content(String text) {
        return escape(text, false);
    }

    /** Escapes {@code text} for use inside a double-quoted attribute value. */
    static String attribute(String text) {
        return escape(text, true);
    }

    /**
     * Per char, whether {@link #escape} may change it in an attribute value: one look-up and a
     * branch never taken in ordinary text, instead of seven comparisons per char.
     */
    private static final boolean[] NOT_PLAIN_IN_ATTRIBUTE = new boolean[Character.MAX_VALUE + 1];
    /**
     * The same for character data, where {@code "}, tab and LF stay as they are: news quotes
     * speech, and with the attribute's table every sentence with a quotation mark took the slow
     * path.
     */
    private static final boolean[] NOT_PLAIN_IN_CONTENT = new boolean[Character.MAX_VALUE + 1];

    static {
        // by ranges, not char by char: a class initialiser runs interpreted, once per run
        for (boolean[] table : new boolean[][] {NOT_PLAIN_IN_ATTRIBUTE, NOT_PLAIN_IN_CONTENT}) {
            java.util.Arrays.fill(table, 0, 0x20, true);
            java.util.Arrays.fill(table, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, true);
            java.util.Arrays.fill(table, 0xFFFE, 0x10000, true);
            for (char c : new char[] {'&', '<', '>'}) {
                table[c] = true;
            }
        }
        NOT_PLAIN_IN_ATTRIBUTE['"'] = true;
        NOT_PLAIN_IN_CONTENT['\t'] = false;
        NOT_PLAIN_IN_CONTENT['\n'] = false;
    }

    /** True when XML 1.0 allows the code point {@code c} in a document. */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /**
     * The text with the rules applied: unchanged when no char needs a rule (most sentences);
     * else the stretches between such chars are copied whole.
     */
    private static String escape(String text, boolean attribute) {
        boolean[] notPlain = attribute ? NOT_PLAIN_IN_ATTRIBUTE : NOT_PLAIN_IN_CONTENT;
        int n = text.length();
        int i = 0;
        while (i < n && !notPlain[text.charAt(i)]) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16);
        out.append(text, 0, i);
        while (i < n) {
            int plain = i;
            while (i < n && !notPlain[text.charAt(i)]) {
                i++;
            }
            out.append(text, plain, i);
            if (i == n) {
                break;
            }
            // codePointAt returns an unpaired surrogate as itself, which isXmlChar rejects.
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (isXmlChar(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
