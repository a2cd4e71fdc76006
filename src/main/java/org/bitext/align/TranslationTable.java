package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word translation probabilities t(f | e) learned with IBM Model 1 (Brown et al. 1993) from
 * sentence pairs, with a NULL source word. Kept pruned to the few best translations of each
 * source word, which is all the aligner's similarity needs; a few more, and each word's
 * expected count, are kept for {@link #without}.
 */
final class TranslationTable implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    private static final int MAX_TRANSLATIONS = 4;
    private static final double MIN_PROBABILITY = 0.01;
    /**
     * The translations kept for {@link #without}: more than the similarity reads, since taking
     * a document's own counts away lowers some of a word's best translations, and others, kept
     * here, may take their place.
     */
    private static final int MAX_KEPT_TRANSLATIONS = 16;
    private static final double MIN_KEPT_PROBABILITY = 0.001;

    private final int[][] targets;
    private final float[][] probabilities;
    /** Per source word, the NULL word last: up to {@link #MAX_KEPT_TRANSLATIONS} translations, best first. */
    private final int[][] keptTargets;
    private final float[][] keptProbabilities;
    /** Per source word, the NULL word last: its expected count in the last round of training. */
    private final float[] totals;

    private TranslationTable(int[][] targets, float[][] probabilities, int[][] keptTargets,
                             float[][] keptProbabilities, float[] totals) {
        this.targets = targets;
        this.probabilities = probabilities;
        this.keptTargets = keptTargets;
        this.keptProbabilities = keptProbabilities;
        this.totals = totals;
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
        Rows best = prune(estimate.pairs(), estimate.probabilities(), sourceVocabulary, MAX_TRANSLATIONS,
                MIN_PROBABILITY);
        Rows kept = prune(estimate.pairs(), estimate.probabilities(), sourceVocabulary + 1, MAX_KEPT_TRANSLATIONS,
                MIN_KEPT_PROBABILITY);
        float[] totals = new float[sourceVocabulary + 1];
        for (int e = 0; e <= sourceVocabulary; e++) {
            totals[e] = (float) estimate.totals()[e];
        }
        return new TranslationTable(best.targets, best.probabilities, kept.targets, kept.probabilities, totals);
    }

    /**
     * Every co-occurring (e, f), packed by {@link #key} in increasing order, and its t(f | e);
     * and each source word's expected count in the last round (the NULL word last).
     */
    record Estimate(long[] pairs, double[] probabilities, double[] totals) {
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
        return bySource(slots, tAndCount, sourceVocabulary, totals);
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
    private static Estimate bySource(Slots slots, double[] tAndCount, int sourceVocabulary, double[] totals) {
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
        return new Estimate(pairs, t, totals);
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

    /** Per source word, its best translations and their probabilities, best first. */
    private record Rows(int[][] targets, float[][] probabilities) {
    }

    /** Each of the first {@code words} source words' {@code max} best translations of at least {@code min}. */
    private static Rows prune(long[] pairs, double[] t, int words, int max, double min) {
        int[][] targets = new int[words][];
        float[][] probabilities = new float[words][];
        int k = 0;
        for (int e = 0; e < words; e++) {
            int from = k;
            while (k < pairs.length && (int) (pairs[k] >>> 32) == e) {
                k++;
            }
            List<Integer> kept = new ArrayList<>();
            for (int x = from; x < k; x++) {
                if (t[x] >= min) {
                    kept.add(x);
                }
            }
            // Highest probability first; ties broken by target id so that the table is deterministic.
            kept.sort((a, b) -> {
                int c = Double.compare(t[b], t[a]);
                return c != 0 ? c : Long.compare(pairs[a], pairs[b]);
            });
            int keep = Math.min(max, kept.size());
            targets[e] = new int[keep];
            probabilities[e] = new float[keep];
            for (int i = 0; i < keep; i++) {
                targets[e][i] = (int) pairs[kept.get(i)];
                probabilities[e][i] = (float) t[kept.get(i)];
            }
        }
        return new Rows(targets, probabilities);
    }

    /**
     * This table as if the given sentence pairs had not been in its training (leave one out):
     * each pair's expected counts under the trained t(f | e) (one E-step) are taken from the
     * counts of the last round, and the words of those pairs get their translations again from
     * what is left, among the {@value #MAX_KEPT_TRANSLATIONS} kept per word. A word whose count
     * came from these pairs alone is left without translations. Used to align a document with a
     * lexicon that its own first-pass pairs did not teach: trained on a wrong pair (two
     * neighbouring sentences shifted by one), IBM Model 1 learns their words as translations of
     * each other and then confirms the shift in the second pass.
     */
    TranslationTable without(List<int[]> sources, List<int[]> targetsOfPairs, java.util.function.IntPredicate dropped) {
        int nullWord = totals.length - 1;
        // per source word of the pairs (in order of first sight): the expected counts of its kept
        // translations, then its total; slot[e] is its index there, -1 for no word of the pairs
        int[] slot = new int[nullWord];
        Arrays.fill(slot, -1);
        List<double[]> counts = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        int[] at = new int[0];
        for (int p = 0; p < sources.size(); p++) {
            int[] es = sources.get(p);
            if (at.length < es.length) {
                at = new int[es.length];
            }
            for (int f : targetsOfPairs.get(p)) {
                int nullAt = indexOf(keptTargets[nullWord], f);
                double denominator = nullAt < 0 ? 0 : keptProbabilities[nullWord][nullAt];
                for (int i = 0; i < es.length; i++) {
                    at[i] = indexOf(keptTargets[es[i]], f);
                    if (at[i] >= 0) {
                        denominator += keptProbabilities[es[i]][at[i]];
                    }
                }
                for (int i = 0; i < es.length && denominator > 0; i++) {
                    if (at[i] >= 0) {
                        int e = es[i];
                        if (slot[e] < 0) {
                            slot[e] = counts.size();
                            counts.add(new double[keptTargets[e].length + 1]);
                            words.add(e);
                        }
                        double[] count = counts.get(slot[e]);
                        double share = keptProbabilities[e][at[i]] / denominator;
                        count[at[i]] += share;
                        count[count.length - 1] += share;
                    }
                }
            }
        }
        if (counts.isEmpty()) {
            return this;
        }
        int[][] newTargets = targets.clone();
        float[][] newProbabilities = probabilities.clone();
        for (int n = 0; n < counts.size(); n++) {
            int e = words.get(n);
            double[] count = counts.get(n);
            double total = totals[e];
            double left = total - count[count.length - 1];
            int[] fs = keptTargets[e];
            float[] ps = keptProbabilities[e];
            double[] value = new double[fs.length];
            int kept = 0;
            // a word seen only in these pairs (up to float rounding), or too rarely without them, keeps nothing
            if (left > 1e-4 * total && !dropped.test(e)) {
                for (int k = 0; k < fs.length; k++) {
                    value[k] = (ps[k] * total - count[k]) / left;
                    kept += value[k] >= MIN_PROBABILITY ? 1 : 0;
                }
            }
            // the best MAX_TRANSLATIONS, highest first, ties by target id (a selection: rows are short)
            int keep = Math.min(MAX_TRANSLATIONS, kept);
            newTargets[e] = new int[keep];
            newProbabilities[e] = new float[keep];
            boolean[] taken = new boolean[fs.length];
            for (int i = 0; i < keep; i++) {
                int best = -1;
                for (int k = 0; k < fs.length; k++) {
                    if (!taken[k] && value[k] >= MIN_PROBABILITY && (best < 0 || value[k] > value[best]
                            || value[k] == value[best] && fs[k] < fs[best])) {
                        best = k;
                    }
                }
                taken[best] = true;
                newTargets[e][i] = fs[best];
                newProbabilities[e][i] = (float) value[best];
            }
        }
        return new TranslationTable(newTargets, newProbabilities, keptTargets, keptProbabilities, totals);
    }

    private static int indexOf(int[] values, int value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }

}
