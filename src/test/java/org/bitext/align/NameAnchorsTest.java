package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameAnchorsTest {
    /** The script test reads ASCII and the Arabic alphabet without Unicode's tables: same letters. */
    @Test
    void theQuickLetterTestAgreesWithUnicodeOnEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter(c), NameAnchors.isLetter(c), Integer.toHexString(c));
        }
    }
}
