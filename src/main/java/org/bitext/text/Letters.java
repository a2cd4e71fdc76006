package org.bitext.text;

import com.ibm.icu.lang.UCharacter;

/**
 * ICU's {@link UCharacter#isLetter}, read from a table filled once below U+0800 (Latin,
 * Greek, Cyrillic, Hebrew, Arabic, ...): paragraph splitting and segmentation ask it for
 * every character of every document.
 */
final class Letters {
    private static final int TABLE_LIMIT = 0x800;
    private static final boolean[] LETTER = new boolean[TABLE_LIMIT];

    static {
        for (int cp = 0; cp < TABLE_LIMIT; cp++) {
            LETTER[cp] = UCharacter.isLetter(cp);
        }
    }

    private Letters() {
    }

    static boolean isLetter(int cp) {
        return cp >= 0 && cp < TABLE_LIMIT ? LETTER[cp] : UCharacter.isLetter(cp);
    }
}
