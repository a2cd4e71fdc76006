package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
