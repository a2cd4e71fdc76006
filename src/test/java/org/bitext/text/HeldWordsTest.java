package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeldWordsTest {
    private static boolean holds(HeldWords words, int place, String word) {
        return words.holds(place, word.toCharArray(), word.length());
    }

    private static void put(HeldWords words, int place, String word) {
        words.put(place, word.toCharArray(), word.length());
    }

    @Test
    void aPlaceHoldsTheWordLastPutThereAndNoOther() {
        HeldWords words = new HeldWords(4, 8);
        assertFalse(holds(words, 1, "news"));
        put(words, 1, "news");
        assertTrue(holds(words, 1, "news"));
        assertFalse(holds(words, 1, "newt"), "same length, another letter");
        assertFalse(holds(words, 1, "new"), "a prefix");
        assertFalse(holds(words, 2, "news"), "another place");
        put(words, 1, "أخبار");
        assertTrue(holds(words, 1, "أخبار"));
        assertFalse(holds(words, 1, "news"), "replaced");
    }

    @Test
    void onlyTheWordsCharsCountNotTheBufferBeyondThem() {
        HeldWords words = new HeldWords(2, 8);
        words.put(0, "warxxx".toCharArray(), 3);
        assertTrue(words.holds(0, "waryyy".toCharArray(), 3));
        assertTrue(holds(words, 0, "war"));
        assertFalse(holds(words, 0, "warx"));
    }

    @Test
    void aWordLongerThanAPlaceIsRefused() {
        HeldWords words = new HeldWords(2, 4);
        put(words, 0, "four");
        assertTrue(holds(words, 0, "four"));
        assertThrows(IllegalArgumentException.class, () -> put(words, 1, "fifth"));
    }
}
