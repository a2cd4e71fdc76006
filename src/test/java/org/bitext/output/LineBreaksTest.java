package org.bitext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void unicodeLineBreaksAreLineBreaks() {
        for (char c : "\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029".toCharArray()) {
            assertTrue(LineBreaks.isLineBreak(c), () -> Integer.toHexString(c));
        }
        assertFalse(LineBreaks.isLineBreak('\t'));
        assertFalse(LineBreaks.isLineBreak(' '));
        assertTrue(LineBreaks.isCellBreak('\t'));
    }

    @Test
    void noOtherCharacterIsALineBreak() {
        String breaks = "\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029";
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(breaks.indexOf(ch) >= 0, LineBreaks.isLineBreak(ch), () -> Integer.toHexString(ch));
        }
    }

    @Test
    void eachRunBecomesOneSpace() {
        assertEquals("a b c ", LineBreaks.toOneLine("a\r\n\u2028b\nc\u0085"));
        assertEquals("a\tb", LineBreaks.toOneLine("a\tb"));
        assertEquals("a b", LineBreaks.toOneCell("a\t\nb"));
    }

    @Test
    void textWithoutBreaksIsReturnedAsIs() {
        String text = "\u0633\u0644\u0627\u0645 world";
        assertSame(text, LineBreaks.toOneCell(text));
    }
}
