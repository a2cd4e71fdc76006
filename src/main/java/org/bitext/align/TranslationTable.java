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

    private static final int MAX_TRANSLATIONS = 4;
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

    /**
     * Trains t(f | e) on aligned sentence pairs of word ids (EM, {@code iterations} rounds).
     *
     * <p>The co-occurring (e, f) pairs are numbered once, ordered by e then f, and each
     * co-occurrence keeps its pair's number, in training order (target word by target word, the
     * NULL word last). The EM rounds are then plain array arithmetic: no hashing, and about eight
     * bytes per co-occurrence instead of a hash table's dozens.
     */
    static TranslationTable train(List<int[]> sources, List<int[]> targetsOfPairs, int sourceVocabulary,
                                  int iterations) {
        int nullWord = sourceVocabulary;
        long counted = 0;
        for (int p = 0; p < sources.size(); p++) {
            counted += (long) targetsOfPairs.get(p).length * (sources.get(p).length + 1);
        }
        if (counted > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many co-occurrences to train on: " + counted);
        }
        int occurrences = (int) counted;
        // Bucket the occurrences by source word (a counting sort, no array of keys), then number
        // the distinct target words within each bucket: slots come out ordered by (e, f).
        int[] bucketStart = new int[sourceVocabulary + 2];
        forEachOccurrence(sources, targetsOfPairs, nullWord, (k, e, f) -> bucketStart[e + 1]++);
        for (int e = 0; e <= sourceVocabulary; e++) {
            bucketStart[e + 1] += bucketStart[e];
        }
        int[] fill = Arrays.copyOf(bucketStart, bucketStart.length);
        int[] byBucket = new int[occurrences];
        int[] targetOf = new int[occurrences];
        forEachOccurrence(sources, targetsOfPairs, nullWord, (k, e, f) -> {
            byBucket[fill[e]++] = k;
            targetOf[k] = f;
        });
        int[] slot = targetOf;  // reused: each occurrence's target becomes its slot below
        long[] distinct = new long[Math.min(occurrences, 1 << 20)];
        int size = 0;
        for (int e = 0; e <= sourceVocabulary; e++) {
            int from = bucketStart[e];
            int to = bucketStart[e + 1];
            long[] bucket = new long[to - from];
            for (int x = from; x < to; x++) {
                int k = byBucket[x];
                bucket[x - from] = ((long) targetOf[k] << 32) | k;
            }
            Arrays.sort(bucket);
            int previous = -1;
            for (long entry : bucket) {
                int f = (int) (entry >>> 32);
                if (f != previous) {
                    if (size == distinct.length) {
                        distinct = Arrays.copyOf(distinct, Math.max(16, size * 2));
                    }
                    distinct[size++] = key(e, f);
                    previous = f;
                }
                slot[(int) entry] = size - 1;
            }
        }
        distinct = Arrays.copyOf(distinct, size);
        int[] sourceOf = new int[size];
        for (int k = 0; k < size; k++) {
            sourceOf[k] = (int) (distinct[k] >>> 32);
        }
        double[] t = new double[size];
        Arrays.fill(t, 1.0);
        double[] counts = new double[size];
        double[] totals = new double[sourceVocabulary + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(counts, 0);
            Arrays.fill(totals, 0);
            int at = 0;
            for (int p = 0; p < sources.size(); p++) {
                int width = sources.get(p).length + 1;
                for (int f = 0; f < targetsOfPairs.get(p).length; f++) {
                    double denominator = 0;
                    for (int k = at; k < at + width; k++) {
                        denominator += t[slot[k]];
                    }
                    if (denominator > 0) {
                        for (int k = at; k < at + width; k++) {
                            double share = t[slot[k]] / denominator;
                            counts[slot[k]] += share;
                            totals[sourceOf[slot[k]]] += share;
                        }
                    }
                    at += width;
                }
            }
            for (int k = 0; k < size; k++) {
                double total = totals[sourceOf[k]];
                t[k] = total == 0 ? 0 : counts[k] / total;
            }
        }
        return prune(distinct, t, sourceVocabulary);
    }

    /** Receives the k-th co-occurrence (source word e, target word f) in training order. */
    @FunctionalInterface
    private interface Occurrence {
        void accept(int k, int e, int f);
    }

    /**
     * Visits the co-occurrences in the order the EM rounds read them: pair by pair, target word
     * by target word, its source words and then the NULL word.
     */
    private static void forEachOccurrence(List<int[]> sources, List<int[]> targets, int nullWord,
                                          Occurrence visit) {
        int k = 0;
        for (int p = 0; p < sources.size(); p++) {
            int[] es = sources.get(p);
            for (int f : targets.get(p)) {
                for (int e : es) {
                    visit.accept(k++, e, f);
                }
                visit.accept(k++, nullWord, f);
            }
        }
    }

    /** (e, f) packed so that sorting orders by e, then f (ids are never negative). */
    private static long key(int e, int f) {
        return ((long) e << 32) | (f & 0xFFFFFFFFL);
    }

    private static TranslationTable prune(long[] pairs, double[] t, int sourceVocabulary) {
        int[][] targets = new int[sourceVocabulary][];
        float[][] probabilities = new float[sourceVocabulary][];
        int k = 0;
        for (int e = 0; e < sourceVocabulary; e++) {
            int from = k;
            while (k < pairs.length && (int) (pairs[k] >>> 32) == e) {
                k++;
            }
            List<Integer> kept = new ArrayList<>();
            for (int x = from; x < k; x++) {
                if (t[x] >= MIN_PROBABILITY) {
                    kept.add(x);
                }
            }
            // Highest probability first; ties broken by target id so that the table is deterministic.
            kept.sort((a, b) -> {
                int c = Double.compare(t[b], t[a]);
                return c != 0 ? c : Long.compare(pairs[a], pairs[b]);
            });
            int keep = Math.min(MAX_TRANSLATIONS, kept.size());
            targets[e] = new int[keep];
            probabilities[e] = new float[keep];
            for (int i = 0; i < keep; i++) {
                targets[e][i] = (int) pairs[kept.get(i)];
                probabilities[e][i] = (float) t[kept.get(i)];
            }
        }
        return new TranslationTable(targets, probabilities);
    }
}
