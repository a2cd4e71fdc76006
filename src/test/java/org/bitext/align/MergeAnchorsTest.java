package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Anchors of a merge bead count what the bead holds, not what its sentence pairs hold: a number
 * or a name that several sentences of a side repeat is matched as often as it occurs on both
 * sides of the bead. Counting pair by pair made a merge of sentences that repeat {@code (1) (2)}
 * or a name far cheaper than its own 1-1 beads (PubMed lists aligned 3-3).
 */
class MergeAnchorsTest {
    @Test
    void repeatedNumbersOfAMergeAreMatchedOncePerOccurrence() {
        long[][] source = {{1, 2, 3}, {1, 2, 3}};
        long[][] target = {{1, 2, 3}, {1, 2, 3}};
        assertEquals(6, FeatureCost.commonCount(source, 0, 2, target, 0, 2));
        // pair by pair this would be 12: every sentence's (1) (2) (3) matched in both others
        assertEquals(3, FeatureCost.commonCount(source, 0, 1, target, 0, 2));
        assertEquals(2, FeatureCost.commonCount(new long[][] {{1, 1}}, 0, 1, new long[][] {{1}, {1}, {1}}, 0, 3));
        assertEquals(0, FeatureCost.commonCount(new long[][] {{4}, {5}}, 0, 2, new long[][] {{6}}, 0, 1));
        // the window [s, s+a) is respected
        assertEquals(1, FeatureCost.commonCount(new long[][] {{9}, {7}}, 1, 1, new long[][] {{7, 9}}, 0, 1));
    }

    @Test
    void precomputedWindowsCountTheSameAsAMultisetOfEachSide() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 5_000; trial++) {
            long[][] source = randomSentences(random, 5);
            long[][] target = randomSentences(random, 5);
            long[][][] sourceWindows = FeatureCost.numberWindows(source, 3);
            long[][][] targetWindows = FeatureCost.numberWindows(target, 3);
            int a = 1 + random.nextInt(3);
            int b = 1 + random.nextInt(3);
            int s = random.nextInt(source.length - a + 1);
            int t = random.nextInt(target.length - b + 1);
            int expected = multisetIntersection(source, s, a, target, t, b);
            assertEquals(expected, FeatureCost.commonCount(sourceWindows[a - 1][s], targetWindows[b - 1][t]));
            assertEquals(expected, FeatureCost.commonCount(source, s, a, target, t, b));
        }
        // more than three sentences a side, beyond the windows
        long[][] four = {{1}, {1}, {2}, {1}};
        assertEquals(4, FeatureCost.commonCount(four, 0, 4, new long[][] {{1, 1, 1, 2}}, 0, 1));
    }

    /** The oracle: each key's count on each side, the smaller one summed over the keys. */
    private static int multisetIntersection(long[][] source, int s, int a, long[][] target, int t, int b) {
        java.util.Map<Long, Integer> sourceCounts = new java.util.HashMap<>();
        java.util.Map<Long, Integer> targetCounts = new java.util.HashMap<>();
        for (int u = s; u < s + a; u++) {
            for (long x : source[u]) {
                sourceCounts.merge(x, 1, Integer::sum);
            }
        }
        for (int v = t; v < t + b; v++) {
            for (long y : target[v]) {
                targetCounts.merge(y, 1, Integer::sum);
            }
        }
        int common = 0;
        for (var e : sourceCounts.entrySet()) {
            common += Math.min(e.getValue(), targetCounts.getOrDefault(e.getKey(), 0));
        }
        return common;
    }

    /** Sentences of 0-4 sorted keys drawn from a few values, so that repeats are common. */
    private static long[][] randomSentences(java.util.Random random, int count) {
        long[][] out = new long[count][];
        for (int i = 0; i < count; i++) {
            out[i] = random.longs(random.nextInt(5), -2, 4).sorted().toArray();
        }
        return out;
    }

    @Test
    void mergeOfSentencesRepeatingListNumbersCostsMoreThanItsOneToOneBeads() {
        AlignmentInput source = input("Clinical signs: (1) fever; (2) cough; (3) pain.",
                "Laboratory findings: (1) fewer cells; (2) higher values; (3) a positive test.");
        AlignmentInput target = input("العلامات السريرية: (1) حمى؛ (2) سعال؛ (3) ألم.",
                "النتائج المعملية: (1) خلايا أقل؛ (2) قيم أعلى؛ (3) اختبار إيجابي.");
        FeatureCost cost = cost(source, target, false);
        double merge = cost.cost(0, 2, 0, 2);
        double ones = cost.cost(0, 1, 0, 1) + cost.cost(1, 1, 1, 1);
        assertTrue(merge > ones, String.format(Locale.ROOT, "2-2 %.2f should cost more than 1-1 + 1-1 %.2f", merge, ones));
    }

    @Test
    void aNameThatAMergeRepeatsIsFoundOncePerEnglishMention() {
        AlignmentInput source = input("Baghdad was quiet today.", "Baghdad will vote tomorrow.");
        AlignmentInput target = input("كانت بغداد هادئة اليوم.", "ستصوت بغداد غدا.");
        double withNames = cost(source, target, true).cost(0, 2, 0, 2);
        double without = cost(source, target, false).cost(0, 2, 0, 2);
        // two English mentions, each found: 2 names, not the 4 sentence pairs that share one
        assertEquals(2 * CostParameters.NAME_WEIGHT, without - withNames, 1e-9);
        double oneToOne = cost(source, target, false).cost(0, 1, 0, 1) - cost(source, target, true).cost(0, 1, 0, 1);
        assertEquals(CostParameters.NAME_WEIGHT, oneToOne, 1e-9);
    }

    private static FeatureCost cost(AlignmentInput source, AlignmentInput target, boolean names) {
        int[][][] shared = SharedWords.ids(source.tokens(), target.tokens());
        List<SentenceFeatures> src = SentenceAligner.features(source, shared[0]);
        List<SentenceFeatures> tgt = SentenceAligner.features(target, shared[1]);
        return new FeatureCost(src, tgt, CostParameters.defaults(1.0), SentenceAligner.MAX_SHAPE, null,
                names ? NameAnchors.of(source.sentences(), target.sentences()) : null);
    }

    private static AlignmentInput input(String... sentences) {
        List<List<String>> tokens = Arrays.stream(sentences)
                .map(s -> Arrays.asList(s.toLowerCase(Locale.ROOT).split("\\s+"))).toList();
        return new AlignmentInput(List.of(sentences), List.of(0, 0), tokens);
    }
}
