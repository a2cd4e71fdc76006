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
     * True when no rule applies to any character of {@code text}, as for most sentences: no
     * markup character, control, surrogate or noncharacter (a surrogate pair goes the slow way).
     */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NOT_PLAIN[text.charAt(i)]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per char, whether {@link #escape} may change it: one look-up and a branch never taken in
     * ordinary text, instead of seven comparisons per char.
     */
    private static final boolean[] NOT_PLAIN = new boolean[Character.MAX_VALUE + 1];

    static {
        // by ranges, not char by char: a class initialiser runs interpreted, once per run
        java.util.Arrays.fill(NOT_PLAIN, 0, 0x20, true);
        java.util.Arrays.fill(NOT_PLAIN, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, true);
        java.util.Arrays.fill(NOT_PLAIN, 0xFFFE, 0x10000, true);
        for (char c : new char[] {'&', '<', '>', '"'}) {
            NOT_PLAIN[c] = true;
        }
    }

    /** True when XML 1.0 allows the code point {@code c} in a document. */
    static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String escape(String text, boolean attribute) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
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
