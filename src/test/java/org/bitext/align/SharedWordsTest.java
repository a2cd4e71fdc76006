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

    /**
     * Target words are hashed only when their first char starts a source word: the ids must be
     * those of the plain rule (eligible words found on both sides, numbered in order of first
     * appearance in the source) on sides that mix scripts, share initials but not words, and
     * hold letters outside the BMP.
     */
    @Test
    void idsAreThoseOfThePlainRuleWhateverTheInitials() {
        String[] words = {"everest", "evening", "makalu", "مكالو", "افرست", "everest", "\uD835\uDC00lpha",
            "\uD835\uDC01eta", "lhotse", "lhasa", "himalaya", "هيمالايا", "k2000", "des", "nepal", "نيبال"};
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 500; round++) {
            List<List<String>> source = randomSide(random, words);
            List<List<String>> target = randomSide(random, words);
            java.util.Set<String> inTarget = new java.util.HashSet<>();
            target.forEach(inTarget::addAll);
            java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
            source.forEach(sentence -> sentence.stream()
                    .filter(w -> inTarget.contains(w) && SharedWords.eligible(w))
                    .forEach(w -> expected.putIfAbsent(w, expected.size())));
            int[][][] ids = SharedWords.ids(source, target);
            for (int side = 0; side < 2; side++) {
                List<List<String>> sentences = side == 0 ? source : target;
                for (int i = 0; i < sentences.size(); i++) {
                    int[] plain = sentences.get(i).stream().filter(expected::containsKey).mapToInt(expected::get)
                            .sorted().distinct().toArray();
                    org.junit.jupiter.api.Assertions.assertArrayEquals(plain, ids[side][i], "side " + side + " sentence " + i);
                }
            }
        }
    }

    private static List<List<String>> randomSide(java.util.Random random, String[] words) {
        List<List<String>> side = new java.util.ArrayList<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            List<String> sentence = new java.util.ArrayList<>();
            for (int w = random.nextInt(6); w > 0; w--) {
                sentence.add(words[random.nextInt(words.length)]);
            }
            side.add(sentence);
        }
        return side;
    }
}
