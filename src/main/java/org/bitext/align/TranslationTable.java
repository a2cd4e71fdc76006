package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word translation probabilities t(f | e) learned with IBM Model 1 (Brown et al. 1993) from
 * sentence pairs, with a NULL source word. Kept pruned to the few best translations of each
 * source word, which is all the aligner's similarity needs.
 */
final class TranslationTable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final int MAX_TRANSLATIONS = 8;
    private static final double MIN_PROBABILITY = 0.01;

    private final int[][] targets;
    private final float[][] probabilities;

    private TranslationTable(int[][] targets, float[][] probabilities) {
        this.targets = targets;
        this.probabilities = probabilities;
    }

    int sourceVocabulary() {
        return targets.length;
    }

    int[] targetsOf(int e) {
        return targets[e];
    }

    float[] probabilitiesOf(int e) {
        return probabilities[e];
    }

    /** Trains t(f | e) on aligned sentence pairs of word ids (EM, {@code iterations} rounds). */
    static TranslationTable train(List<int[]> sources, List<int[]> targetsOfPairs, int sourceVocabulary,
                                  int iterations) {
        int nullWord = sourceVocabulary;
        PairCounts t = new PairCounts(1 << 16);
        for (int p = 0; p < sources.size(); p++) {
            for (int f : targetsOfPairs.get(p)) {
                for (int e : sources.get(p)) {
                    t.slot(PairCounts.key(e, f));
                }
                t.slot(PairCounts.key(nullWord, f));
            }
        }
        for (int slot = 0; slot < t.capacity(); slot++) {
            if (t.occupied(slot)) {
                t.set(slot, 1.0);
            }
        }
        PairCounts counts = new PairCounts(t.size());
        double[] totals = new double[sourceVocabulary + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            counts.clearValues();
            Arrays.fill(totals, 0);
            for (int p = 0; p < sources.size(); p++) {
                int[] es = sources.get(p);
                for (int f : targetsOfPairs.get(p)) {
                    double denominator = t.get(t.find(PairCounts.key(nullWord, f)));
                    for (int e : es) {
                        denominator += t.get(t.find(PairCounts.key(e, f)));
                    }
                    if (denominator <= 0) {
                        continue;
                    }
                    addCount(t, counts, totals, nullWord, f, denominator);
                    for (int e : es) {
                        addCount(t, counts, totals, e, f, denominator);
                    }
                }
            }
            for (int slot = 0; slot < t.capacity(); slot++) {
                if (t.occupied(slot)) {
                    long key = t.keyAt(slot);
                    int e = (int) (key >>> 32);
                    int c = counts.find(key);
                    t.set(slot, c < 0 || totals[e] == 0 ? 0 : counts.get(c) / totals[e]);
                }
            }
        }
        return prune(t, sourceVocabulary);
    }

    private static void addCount(PairCounts t, PairCounts counts, double[] totals, int e, int f, double denominator) {
        double share = t.get(t.find(PairCounts.key(e, f))) / denominator;
        counts.add(counts.slot(PairCounts.key(e, f)), share);
        totals[e] += share;
    }

    private static TranslationTable prune(PairCounts t, int sourceVocabulary) {
        List<List<long[]>> best = new ArrayList<>(sourceVocabulary);
        for (int e = 0; e < sourceVocabulary; e++) {
            best.add(new ArrayList<>());
        }
        for (int slot = 0; slot < t.capacity(); slot++) {
            if (!t.occupied(slot)) {
                continue;
            }
            long key = t.keyAt(slot);
            int e = (int) (key >>> 32);
            double prob = t.get(slot);
            if (e < sourceVocabulary && prob >= MIN_PROBABILITY) {
                best.get(e).add(new long[] {(int) key, Double.doubleToLongBits(prob)});
            }
        }
        int[][] targets = new int[sourceVocabulary][];
        float[][] probabilities = new float[sourceVocabulary][];
        for (int e = 0; e < sourceVocabulary; e++) {
            List<long[]> list = best.get(e);
            // Highest probability first; ties broken by id so that the table is deterministic.
            list.sort((a, b) -> {
                int c = Double.compare(Double.longBitsToDouble(b[1]), Double.longBitsToDouble(a[1]));
                return c != 0 ? c : Long.compare(a[0], b[0]);
            });
            int k = Math.min(MAX_TRANSLATIONS, list.size());
            targets[e] = new int[k];
            probabilities[e] = new float[k];
            for (int i = 0; i < k; i++) {
                targets[e][i] = (int) list.get(i)[0];
                probabilities[e][i] = (float) Double.longBitsToDouble(list.get(i)[1]);
            }
        }
        return new TranslationTable(targets, probabilities);
    }
}
