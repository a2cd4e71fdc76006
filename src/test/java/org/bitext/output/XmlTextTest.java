package org.bitext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertEquals("a &amp; b &lt;c&gt; ]]&gt; \"q\" 'a'", XmlText.content("a & b <c> ]]> \"q\" 'a'"));
    }

    @Test
    void quotesAndWhitespaceAreEscapedInAttributes() {
        assertEquals("&quot;a&#9;b&#10;c&#13;d&quot;", XmlText.attribute("\"a\tb\nc\rd\""));
    }

    @Test
    void carriageReturnSurvivesInContent() {
        assertEquals("a&#13;\nb\tc", XmlText.content("a\r\nb\tc"));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("ab", XmlText.content("\u0000a\u0008\u000B\u000C\u001Fb\u0000"));
    }

    @Test
    void nonCharactersFffeAndFfffAreRemoved() {
        assertEquals("ab", XmlText.content("a\uFFFE\uFFFFb"));
    }

    @Test
    void unpairedSurrogatesAreRemovedAndPairsKept() {
        assertEquals("ab\uD83D\uDE00c", XmlText.content("\uDC00a\uD800b\uD83D\uDE00c\uD83D"));
    }

    @Test
    void arabicAndC1ControlsAreKept() {
        String text = "\u0627\u0644\u0633\u0644\u0627\u0645 \u0085 \u200F";
        assertEquals(text, XmlText.content(text));
    }

    /** Every char but the surrogates, in an attribute: the rules of the class, char by char. */
    @Test
    void everyCharacterOfTheBmpFollowsTheRules() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String expected = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\r' -> "&#13;";
                case '\t' -> "&#9;";
                case '\n' -> "&#10;";
                default -> c < 0x20 || c >= 0xFFFE ? "" : String.valueOf((char) c);
            };
            assertEquals("x" + expected + "\u0628", XmlText.attribute("x" + (char) c + "\u0628"), Integer.toHexString(c));
        }
    }

    /** The rules applied one code point at a time, as they are written in the class comment. */
    private static String byTheRules(String text, boolean attribute) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
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
                    if (XmlText.isXmlChar(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void randomTextIsEscapedAsTheRulesSayCharByChar() {
        char[] alphabet = {'a', 'Z', ' ', '"', '&', '<', '>', '\t', '\n', '\r', '\u0001', '\u0628', '\uFFFE',
            '\uFFFF', '\uD83D', '\uDE00', '\uDC00', 'e', '\u00E9'};
        java.util.Random random = new java.util.Random(11);
        for (int k = 0; k < 20_000; k++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(byTheRules(s, false), XmlText.content(s), s);
            assertEquals(byTheRules(s, true), XmlText.attribute(s), s);
        }
    }
}
