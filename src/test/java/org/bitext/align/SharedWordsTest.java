package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedWordsTest {
    @Test
    void onlyWordsFoundOnBothSidesCount() {
        int[][][] ids = SharedWords.ids(List.of(List.of("everest", "berg")), List.of(List.of("everest", "mont")));
        assertEquals(1, ids[0][0].length);
        assertArrayEquals(ids[0][0], ids[1][0]);
    }

    @Test
    void shortWordsDoNotCount() {
        assertFalse(SharedWords.eligible("des"));
        assertTrue(SharedWords.eligible("lhotse"));
    }

    @Test
    void wordsWithDigitsDoNotCount() {
        assertFalse(SharedWords.eligible("k2000"));
    }

    @Test
    void diceOfABeadCountsAWordOnceAcrossItsSentences() {
        int[][] source = {{0, 1}, {1}};
        int[][] target = {{1, 2}};
        // source set {0, 1}, target set {1, 2}: 2·1 / (2 + 2)
        assertEquals(0.5, SharedWords.dice(source, 0, 2, target, 0, 1), 1e-12);
        assertEquals(2.0 / 3, SharedWords.dice(source, 1, 1, target, 0, 1), 1e-12);
    }

    @Test
    void diceIsZeroWithoutSharedWords() {
        int[][] none = {{}};
        assertEquals(0.0, SharedWords.dice(none, 0, 1, none, 0, 1));
    }

    private static List<SentenceFeatures> features(int[]... words) {
        List<SentenceFeatures> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            out.add(new SentenceFeatures(10, 0, i == 0, new long[0], words[i], new int[Punctuation.CLASSES]));
        }
        return out;
    }
}
