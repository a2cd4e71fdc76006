package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TranslationTableTest {
    private static final int ITERATIONS = 5;

    /**
     * The array layout is an optimisation of textbook IBM Model 1 and must not change a bit of the
     * result: the same sums in the same order as a hash-map implementation, on skewed random data
     * with empty sentences and repeated words; with fewer pairs than one call of the E-step
     * takes, and with more than three such calls.
     */
    @Test
    void trainingGivesTheTextbookModelOneTableBitForBit() {
        for (int pairs : new int[] {100, 400, 777}) {
            Random random = new Random(8 + pairs);
            List<int[]> sources = new ArrayList<>();
            List<int[]> targets = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                sources.add(sentence(random, 30));
                targets.add(sentence(random, 45));
            }
            assertEstimatesEqual(textbook(sources, targets, 30), TranslationTable.estimate(sources, targets, 30, ITERATIONS));
            assertEstimatesEqual(textbook(targets, sources, 45), TranslationTable.estimate(targets, sources, 45, ITERATIONS));
        }
    }

    @Test
    void aWordAlwaysSeenWithTheSameTranslationKeepsOnlyIt() {
        List<int[]> sources = List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 1, 2});
        List<int[]> targets = List.of(new int[] {5, 6}, new int[] {5, 7}, new int[] {5, 6, 7});
        TranslationTable table = TranslationTable.train(sources, targets, 3, 20);
        assertEquals(5, table.targetsOf(0)[0]);
    }

    /** Zipf-like word ids (a few frequent words, many rare ones), sometimes an empty sentence. */
    private static int[] sentence(Random random, int vocabulary) {
        int[] words = new int[random.nextInt(12)];
        for (int i = 0; i < words.length; i++) {
            words[i] = (int) Math.min(vocabulary - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(vocabulary))) - 1);
        }
        return words;
    }

    /** IBM Model 1 with hash maps, the sums taken pair by pair, target word by target word, NULL last. */
    private static Map<Long, Double> textbook(List<int[]> sources, List<int[]> targets, int vocabulary) {
        int nullWord = vocabulary;
        Map<Long, Double> t = new HashMap<>();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Map<Long, Double> counts = new HashMap<>();
            double[] totals = new double[vocabulary + 1];
            for (int p = 0; p < sources.size(); p++) {
                int[] es = java.util.Arrays.copyOf(sources.get(p), sources.get(p).length + 1);
                es[es.length - 1] = nullWord;
                for (int f : targets.get(p)) {
                    double denominator = 0;
                    for (int e : es) {
                        denominator += probability(t, iteration, e, f);
                    }
                    for (int e : es) {
                        double share = probability(t, iteration, e, f) / denominator;
                        counts.merge(key(e, f), share, Double::sum);
                        totals[e] += share;
                    }
                }
            }
            Map<Long, Double> next = new HashMap<>();
            counts.forEach((k, c) -> next.put(k, c / totals[(int) (k >>> 32)]));
            t = next;
        }
        return t;
    }

    private static double probability(Map<Long, Double> t, int iteration, int e, int f) {
        return iteration == 0 ? 1.0 : t.getOrDefault(key(e, f), 0.0);
    }

    private static long key(int e, int f) {
        return ((long) e << 32) | f;
    }

    private static void assertEstimatesEqual(Map<Long, Double> expected, TranslationTable.Estimate actual) {
        assertEquals(expected.size(), actual.pairs().length);
        for (int k = 0; k < actual.pairs().length; k++) {
            long pair = actual.pairs()[k];
            if (k > 0) {
                assertTrue(actual.pairs()[k - 1] < pair, "pairs in increasing order");
            }
            assertEquals(Double.doubleToRawLongBits(expected.get(pair)),
                    Double.doubleToRawLongBits(actual.probabilities()[k]), "t of pair " + Long.toHexString(pair));
        }
    }
}
