package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void wordsInFewerSentencesThanTheMinimumAreLeftOut() {
        Vocabulary v = Vocabulary.of(List.of(List.of("a", "b"), List.of("a", "c"), List.of("a", "b")), 2);
        assertEquals(2, v.size());
        assertEquals(Vocabulary.UNKNOWN, v.id("c"));
    }

    @Test
    void aWordRepeatedInOneSentenceCountsOnce() {
        Vocabulary v = Vocabulary.of(List.of(List.of("x", "x", "x"), List.of("y")), 2);
        assertEquals(0, v.size());
        assertArrayEquals(new int[0], v.ids(List.of("x", "y")));
    }

    /**
     * The per-thread cache of look-ups matches words by identity: copies of a word (other strings
     * of the same text), unknown words and far more words than it has places (so that they evict
     * one another: 120,000 look-ups of 32,000 words) all get the map's ids, in order, on every call.
     */
    @Test
    void idsAreTheMapsWhateverTheCacheHolds() {
        List<List<String>> sentences = new ArrayList<>();
        for (int k = 0; k < 30_000; k++) {
            sentences.add(List.of("w" + k, "w" + (k + 1)));
        }
        Vocabulary v = Vocabulary.of(sentences, 2);
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            int[] expected = new int[400];
            int known = 0;
            for (int k = 0; k < 400; k++) {
                // a fresh string half the time: the cache must miss on it, not answer for another
                String word = "w" + random.nextInt(32_000);
                words.add(random.nextBoolean() ? new String(word) : word.intern());
                int id = v.id(word);
                if (id != Vocabulary.UNKNOWN) {
                    expected[known++] = id;
                }
            }
            assertArrayEquals(java.util.Arrays.copyOf(expected, known), v.ids(words));
        }
    }

    @Test
    void aDeserialisedVocabularyLooksUpAsTheOriginal() throws Exception {
        Vocabulary v = Vocabulary.of(List.of(List.of("river", "bank"), List.of("river")), 1);
        Vocabulary copy = JavaSerialization.roundTrip(v, Vocabulary.class);
        assertArrayEquals(v.ids(List.of("bank", "sea", "river")), copy.ids(List.of("bank", "sea", "river")));
        assertArrayEquals(new int[] {1, 0}, copy.ids(List.of("bank", "river")));
    }
}
