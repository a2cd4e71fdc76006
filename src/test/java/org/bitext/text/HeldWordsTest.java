package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static int find(HeldWords words, int set, String word) {
        return words.find(set, word.toCharArray(), word.length());
    }

    /** Fills the place {@code placeForNew} gives, as a memo does after a miss; returns it. */
    private static int putNew(HeldWords words, int set, String word) {
        int place = words.placeForNew(set);
        put(words, place, word);
        return place;
    }

    @Test
    void aSetHoldsItsTwoLastUsedWords() {
        HeldWords words = new HeldWords(8, 8);
        assertEquals(4, words.sets());
        assertEquals(-1, find(words, 1, "war"));
        int war = putNew(words, 1, "war");
        int peace = putNew(words, 1, "peace");
        assertTrue(war == 2 || war == 3, "the places of set 1");
        assertEquals(5 - war, peace, "the other place of the set");
        assertEquals(war, find(words, 1, "war"));
        assertEquals(peace, find(words, 1, "peace"));
        assertEquals(-1, find(words, 0, "war"), "another set");
        assertEquals(-1, find(words, 1, "wars"));
    }

    @Test
    void aNewWordReplacesTheOneOfItsSetUsedLessLately() {
        HeldWords words = new HeldWords(4, 8);
        putNew(words, 0, "war");
        putNew(words, 0, "peace");
        find(words, 0, "war");                       // war is now the later used
        int treaty = putNew(words, 0, "treaty");
        assertEquals(-1, find(words, 0, "peace"), "peace was used less lately");
        assertEquals(treaty, find(words, 0, "treaty"));
        assertTrue(find(words, 0, "war") >= 0);
        putNew(words, 0, "truce");                   // war was found last: treaty goes
        assertEquals(-1, find(words, 0, "treaty"));
        assertTrue(find(words, 0, "war") >= 0);
        assertTrue(find(words, 0, "truce") >= 0);
        assertEquals(-1, find(words, 1, "war"), "set 1 is untouched");
    }
}
