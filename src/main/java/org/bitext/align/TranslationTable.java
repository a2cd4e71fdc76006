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
     * <p>The co-occurring (e, f) pairs are numbered once, target word by target word
     * ({@link #number}), and each co-occurrence keeps its pair's number (its slot), in training
     * order (target word by target word, the NULL word last). The EM rounds are then plain array
     * arithmetic: no hashing, and four bytes per co-occurrence instead of a hash table's dozens.
     *
     * <p>The counts are accumulated co-occurrence by co-occurrence in training order, which fixes
     * every floating-point sum: the table does not depend on how the work is laid out.
     */
    static TranslationTable train(List<int[]> sources, List<int[]> targetsOfPairs, int sourceVocabulary,
                                  int iterations) {
        Estimate estimate = estimate(sources, targetsOfPairs, sourceVocabulary, iterations);
        return prune(estimate.pairs(), estimate.probabilities(), sourceVocabulary);
    }

    /** Every co-occurring (e, f), packed by {@link #key} in increasing order, and its t(f | e). */
    record Estimate(long[] pairs, double[] probabilities) {
    }

    /** The unpruned table of {@link #train}. */
    static Estimate estimate(List<int[]> sources, List<int[]> targetsOfPairs, int sourceVocabulary,
                             int iterations) {
        long counted = 0;
        int targetVocabulary = 0;
        for (int p = 0; p < sources.size(); p++) {
            int[] fs = targetsOfPairs.get(p);
            counted += (long) fs.length * (sources.get(p).length + 1);
            for (int f : fs) {
                targetVocabulary = Math.max(targetVocabulary, f + 1);
            }
        }
        if (counted > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many co-occurrences to train on: " + counted);
        }
        Slots slots = number(sources, targetsOfPairs, sourceVocabulary, targetVocabulary, (int) counted);
        int[] slot = slots.ofOccurrence;
        // Each pair's t(f | e) at 2 * slot and its expected count at 2 * slot + 1: a co-occurrence
        // reads the one and adds to the other, at a random place of a table of megabytes, and
        // side by side they come in one cache line (apart, the counts missed the cache as often
        // as the probabilities did). The arithmetic is the same.
        double[] tAndCount = uniform(slots.pairs.length);
        double[] totals = new double[sourceVocabulary + 1];
        for (int iteration = 0; iteration < iterations; iteration++) {
            Arrays.fill(totals, 0);
            int at = 0;
            for (int p = 0; p < sources.size(); p += PAIRS_PER_CALL) {
                at = expectPairs(sources, targetsOfPairs, p, Math.min(sources.size(), p + PAIRS_PER_CALL), slot, at,
                        tAndCount, totals);
            }
            maximize(slots.sourceOf, tAndCount, totals);
        }
        return bySource(slots, tAndCount, sourceVocabulary);
    }

    /** Every slot's t(f | e) 1 and its expected count 0, side by side. */
    private static double[] uniform(int size) {
        double[] tAndCount = new double[2 * size];
        for (int k = 0; k < size; k++) {
            tAndCount[2 * k] = 1.0;
        }
        return tAndCount;
    }

    /**
     * The estimate from the trained slots. The slots go target word by target word; the
     * estimate lists the pairs by key, source word by source word: a counting sort by source
     * word, stable, so each word's pairs stay in increasing order of target word.
     */
    private static Estimate bySource(Slots slots, double[] tAndCount, int sourceVocabulary) {
        int[] sourceOf = slots.sourceOf;
        int size = sourceOf.length;
        int[] start = new int[sourceVocabulary + 2];
        for (int k = 0; k < size; k++) {
            start[sourceOf[k] + 1]++;
        }
        for (int e = 0; e <= sourceVocabulary; e++) {
            start[e + 1] += start[e];
        }
        long[] pairs = new long[size];
        double[] t = new double[size];
        for (int k = 0; k < size; k++) {
            int at = start[sourceOf[k]]++;
            pairs[at] = slots.pairs[k];
            t[at] = tAndCount[2 * k];
        }
        return new Estimate(pairs, t);
    }

    /**
     * Pairs in one call of {@link #expectPairs}: few enough that no frame loops over the pairs
     * for long. A loop over all 20,000 pairs of a round ran in code compiled on the stack, and
     * when the other direction's thread threw that code away (a branch it met first), this
     * thread's frame stayed in it, and its calls of {@link #expect} were never linked to the
     * compiled method: each ran in the interpreter for the rest of the training. With --jobs 2
     * one direction took 3.2-4.1 s instead of 0.7-1.2 s in four runs of five.
     */
    private static final int PAIRS_PER_CALL = 256;

    /** {@link #expect} of pairs [from, to), whose first co-occurrence is at {@code at} in {@code slot}. */
    private static int expectPairs(List<int[]> sources, List<int[]> targetsOfPairs, int from, int to, int[] slot,
                                   int at, double[] tAndCount, double[] totals) {
        for (int p = from; p < to; p++) {
            at = expect(sources.get(p), targetsOfPairs.get(p).length, slot, at, tAndCount, totals);
        }
        return at;
    }

    /**
     * The E-step of one sentence pair: adds each co-occurrence's share of its target word to the
     * expected count of its slot and to the total of its source word. A method of its own, called
     * once per pair and round, so that the compiler sees a short, often-called method: as one
     * loop of {@link #estimate}, called twice a batch, it was compiled on the stack again and
     * again (ten times in a batch, the costliest of the compiler's work), each time a branch or
     * class first met in the long loop invalidated the code.
     *
     * @param es          the pair's source words (the NULL word is implicit, last)
     * @param targetCount the number of the pair's target words
     * @param at          the index in {@code slot} of the pair's first co-occurrence
     * @return the index of the next pair's first co-occurrence
     */
    private static int expect(int[] es, int targetCount, int[] slot, int at, double[] tAndCount, double[] totals) {
        int nullWord = totals.length - 1;
        int width = es.length + 1;
        for (int f = 0; f < targetCount; f++) {
            double denominator = 0;
            for (int k = at; k < at + width; k++) {
                denominator += tAndCount[2 * slot[k]];
            }
            if (denominator > 0) {
                // The slot of the i-th co-occurrence belongs to source word es[i] (the NULL
                // word last), so the totals need no lookup of the slot's source word.
                for (int i = 0; i < es.length; i++) {
                    int s = 2 * slot[at + i];
                    double share = tAndCount[s] / denominator;
                    tAndCount[s + 1] += share;
                    totals[es[i]] += share;
                }
                int s = 2 * slot[at + es.length];
                double share = tAndCount[s] / denominator;
                tAndCount[s + 1] += share;
                totals[nullWord] += share;
            }
            at += width;
        }
        return at;
    }

    /**
     * The M-step: each slot's t(f | e) is its expected count over its source word's total; the
     * count is then cleared for the next round.
     */
    private static void maximize(int[] sourceOf, double[] tAndCount, double[] totals) {
        for (int k = 0; k < sourceOf.length; k++) {
            double total = totals[sourceOf[k]];
            tAndCount[2 * k] = total == 0 ? 0 : tAndCount[2 * k + 1] / total;
            tAndCount[2 * k + 1] = 0;
        }
    }

    /**
     * The distinct (e, f) pairs, numbered target word by target word (the slots of one f side by
     * side), packed by {@link #key}; each slot's source word; and the slot, an index into
     * {@code pairs}, of every co-occurrence in training order.
     */
    private record Slots(long[] pairs, int[] sourceOf, int[] ofOccurrence) {
    }

    /**
     * Numbers the co-occurrences. Slots go target word by target word: the E-step reads, for
     * each target word of a pair, the slots of that word with every source word of the pair, and
     * with a target word's slots side by side those reads fall in a few cache lines (numbered
     * source word by source word, they were spread over a table of tens of megabytes, and the
     * training waited on memory). The target words' tokens are bucketed by word, a counting sort
     * over tokens rather than co-occurrences; a bucket's pairs give the word's distinct source
     * words (the NULL word among them), only these are sorted, and a table indexed by source word
     * then writes each co-occurrence's slot straight to its place in training order. Four bytes
     * per co-occurrence, the slots themselves, are all the memory that grows with them.
     */
    private static Slots number(List<int[]> sources, List<int[]> targetsOfPairs, int sourceVocabulary,
                                int targetVocabulary, int occurrences) {
        int nullWord = sourceVocabulary;
        int pairCount = sources.size();
        int[] pairStart = new int[pairCount + 1];
        int[] bucketStart = new int[targetVocabulary + 1];
        for (int p = 0; p < pairCount; p++) {
            int[] fs = targetsOfPairs.get(p);
            pairStart[p + 1] = pairStart[p] + fs.length * (sources.get(p).length + 1);
            for (int f : fs) {
                bucketStart[f + 1]++;
            }
        }
        for (int f = 0; f < targetVocabulary; f++) {
            bucketStart[f + 1] += bucketStart[f];
        }
        int[] fill = Arrays.copyOf(bucketStart, bucketStart.length);
        int[] tokenPair = new int[bucketStart[targetVocabulary]];
        int[] tokenPosition = new int[tokenPair.length];
        for (int p = 0; p < pairCount; p++) {
            int[] fs = targetsOfPairs.get(p);
            for (int j = 0; j < fs.length; j++) {
                int x = fill[fs[j]]++;
                tokenPair[x] = p;
                tokenPosition[x] = j;
            }
        }
        int[] slot = new int[occurrences];
        int[] seenIn = new int[nullWord + 1];
        Arrays.fill(seenIn, -1);
        int[] slotOfSource = new int[nullWord + 1];
        int[] found = new int[nullWord + 1];
        long[] pairs = new long[Math.min(occurrences, 1 << 20)];
        int[] sourceOf = new int[pairs.length];
        int size = 0;
        for (int f = 0; f < targetVocabulary; f++) {
            int from = bucketStart[f];
            int to = bucketStart[f + 1];
            int distinct = 0;
            for (int x = from; x < to; x++) {
                if (x > from && tokenPair[x - 1] == tokenPair[x]) {
                    continue;  // the word again in the same pair: same source words
                }
                int[] es = sources.get(tokenPair[x]);
                for (int i = 0; i <= es.length; i++) {
                    int e = i < es.length ? es[i] : nullWord;
                    if (seenIn[e] != f) {
                        seenIn[e] = f;
                        found[distinct++] = e;
                    }
                }
            }
            Arrays.sort(found, 0, distinct);
            if (size + distinct > pairs.length) {
                int grown = Math.max(size + distinct, pairs.length * 2);
                pairs = Arrays.copyOf(pairs, grown);
                sourceOf = Arrays.copyOf(sourceOf, grown);
            }
            for (int i = 0; i < distinct; i++) {
                slotOfSource[found[i]] = size + i;
                pairs[size + i] = key(found[i], f);
                sourceOf[size + i] = found[i];
            }
            size += distinct;
            for (int x = from; x < to; x++) {
                int p = tokenPair[x];
                int[] es = sources.get(p);
                int k = pairStart[p] + tokenPosition[x] * (es.length + 1);
                for (int i = 0; i <= es.length; i++) {
                    slot[k + i] = slotOfSource[i < es.length ? es[i] : nullWord];
                }
            }
        }
        return new Slots(Arrays.copyOf(pairs, size), Arrays.copyOf(sourceOf, size), slot);
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
