package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.bitext.model.Span;

/**
 * The one definition of white space in this package, Unicode's {@code White_Space} property
 * (which includes the no-break space, unlike {@link Character#isWhitespace}), so that
 * paragraphs and sentences trim the same characters.
 */
final class Whitespace {
    /**
     * Below this code point {@link #isSpace} reads a table filled once from ICU: it runs for
     * several passes over every character of every document.
     */
    private static final int TABLE_LIMIT = 0x800;
    private static final boolean[] SPACE = new boolean[TABLE_LIMIT];

    static {
        for (int cp = 0; cp < TABLE_LIMIT; cp++) {
            SPACE[cp] = UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE);
        }
    }

    private Whitespace() {
    }

    static boolean isSpace(int cp) {
        return cp >= 0 && cp < TABLE_LIMIT ? SPACE[cp] : UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE);
    }

    /** {@code [start, end)} of {@code text} without leading and trailing white space; empty if blank. */
    static Span trim(CharSequence text, int start, int end) {
        while (start < end && isSpace(Character.codePointAt(text, start))) {
            start += Character.charCount(Character.codePointAt(text, start));
        }
        while (end > start && isSpace(Character.codePointBefore(text, end))) {
            end -= Character.charCount(Character.codePointBefore(text, end));
        }
        return new Span(start, end);
    }
}
