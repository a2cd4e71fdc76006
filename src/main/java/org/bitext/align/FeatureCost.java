package org.bitext.align;

import java.util.List;

/**
 * The bead cost used by {@link SentenceAligner}: a negative log-likelihood made of
 * <ol>
 *   <li>the bead shape's prior;</li>
 *   <li>the Gale–Church length model: the target length of a translation is normal around
 *       {@code ratio × source length}, with a variance that grows with the length (Huber-softened
 *       so that one odd sentence pair cannot dominate a document);</li>
 *   <li>numbers as anchors: rewarded when they appear on both sides, penalised when only on one;</li>
 *   <li>punctuation that survives translation ({@link Punctuation}): each question mark, quote,
 *       bracket or colon on one side only costs {@link #PUNCTUATION_MISMATCH};</li>
 *   <li>paragraphs as soft anchors: a link whose first sentences start a paragraph on one side
 *       only pays a penalty, and a merge never crosses a paragraph boundary;</li>
 *   <li>in the second pass, lexical similarity under the learned {@link LexicalModel}: links
 *       whose words translate each other better than {@code lexicalCenter} get cheaper, others
 *       dearer, so that an unrelated pair of sentences is left as a deletion and an insertion.</li>
 * </ol>
 * Prefix sums make the length of any span O(1); nothing is allocated per call.
 */
final class FeatureCost implements BeadCost {
    private static final double HUBER_KNEE = 2.5;
    /** Nats per punctuation mark on one side of a bead only; 0.5 measured best over the dev sets (0.3 to 1.0 tried). */
    static final double PUNCTUATION_MISMATCH = 0.5;

    /** Per-sentence features as flat arrays: the cost runs for every cell and shape, and a list of records costs a pointer chase per read. */
    private final int[] sourceParagraph;
    private final int[] targetParagraph;
    private final boolean[] sourceStartsParagraph;
    private final boolean[] targetStartsParagraph;
    private final int[][] sourceWords;
    private final int[][] targetWords;
    /** Prefix sums of shared words per sentence: between scripts most beads have none on a side, and skip the Dice. */
    private final int[] sourceWordCounts;
    private final int[] targetWordCounts;
    private final long[][] sourceNumberKeys;
    private final long[][] targetNumberKeys;
    private final CostParameters p;
    private final long[] sourcePrefix;
    private final long[] targetPrefix;
    /** Prefix sums of the count of numbers per sentence: most beads have none, and skip the work. */
    private final int[] sourceNumbers;
    private final int[] targetNumbers;
    /** Numbers shared by source sentence i and target sentence j, memoised per pair. */
    private final PairCache matchedNumbers;
    /** Prefix sums per {@link Punctuation} class: [class][sentence]. */
    private final int[][] sourcePunctuation;
    private final int[][] targetPunctuation;
    private final double[][] priorCost;
    private final double deletionCost;

    private final LexicalSimilarity lexical;

    private final NameAnchors names;

    /**
     * @param lexical similarity under a learned lexicon, or null for the first pass
     * @param names   names shared across scripts, or null when both sides share a script
     */
    FeatureCost(List<SentenceFeatures> source, List<SentenceFeatures> target, CostParameters parameters,
                int maxShape, LexicalSimilarity lexical, NameAnchors names) {
        this.lexical = lexical;
        this.names = names;
        this.sourceParagraph = source.stream().mapToInt(SentenceFeatures::paragraph).toArray();
        this.targetParagraph = target.stream().mapToInt(SentenceFeatures::paragraph).toArray();
        this.sourceStartsParagraph = startsParagraph(source);
        this.targetStartsParagraph = startsParagraph(target);
        this.sourceWords = source.stream().map(SentenceFeatures::words).toArray(int[][]::new);
        this.targetWords = target.stream().map(SentenceFeatures::words).toArray(int[][]::new);
        this.sourceWordCounts = lengthPrefix(sourceWords);
        this.targetWordCounts = lengthPrefix(targetWords);
        this.sourceNumberKeys = source.stream().map(SentenceFeatures::numbers).toArray(long[][]::new);
        this.targetNumberKeys = target.stream().map(SentenceFeatures::numbers).toArray(long[][]::new);
        this.p = parameters;
        this.sourcePrefix = prefix(source);
        this.targetPrefix = prefix(target);
        this.sourceNumbers = numberPrefix(source);
        this.targetNumbers = numberPrefix(target);
        this.matchedNumbers = new PairCache(source.size());
        this.sourcePunctuation = punctuationPrefix(source);
        this.targetPunctuation = punctuationPrefix(target);
        this.priorCost = new double[maxShape + 1][maxShape + 1];
        for (int s = 0; s <= maxShape; s++) {
            for (int t = 0; t <= maxShape; t++) {
                priorCost[s][t] = s + t == 0 || (s > 1 && t == 0) || (t > 1 && s == 0)
                        ? Double.POSITIVE_INFINITY : -Math.log(parameters.prior(new BeadShape(s, t)));
            }
        }
        // A deleted sentence pays the prior plus the length cost of an average match, so that
        // deleting is never cheaper than a plausible link of the same sentences.
        this.deletionCost = -Math.log(parameters.deletionPrior()) + 1.0;
    }

    private static int[] lengthPrefix(int[][] arrays) {
        int[] sums = new int[arrays.length + 1];
        for (int i = 0; i < arrays.length; i++) {
            sums[i + 1] = sums[i] + arrays[i].length;
        }
        return sums;
    }

    private static boolean[] startsParagraph(List<SentenceFeatures> sentences) {
        boolean[] starts = new boolean[sentences.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sentences.get(i).paragraphStart();
        }
        return starts;
    }

    private static int[][] punctuationPrefix(List<SentenceFeatures> sentences) {
        int[][] sums = new int[Punctuation.CLASSES][sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            for (int c = 0; c < Punctuation.CLASSES; c++) {
                sums[c][i + 1] = sums[c][i] + sentences.get(i).punctuation()[c];
            }
        }
        return sums;
    }

    private static int[] numberPrefix(List<SentenceFeatures> sentences) {
        int[] sums = new int[sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            sums[i + 1] = sums[i] + sentences.get(i).numbers().length;
        }
        return sums;
    }

    private static long[] prefix(List<SentenceFeatures> sentences) {
        long[] sums = new long[sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            sums[i + 1] = sums[i] + sentences.get(i).length();
        }
        return sums;
    }

    @Override
    public double cost(int s, int sourceCount, int t, int targetCount) {
        double prior = priorCost[sourceCount][targetCount];
        if (prior == Double.POSITIVE_INFINITY) {
            return prior;
        }
        if (sourceCount == 0 || targetCount == 0) {
            return deletionCost(s, sourceCount, t, targetCount);
        }
        float[] block = new float[PAIR_FEATURES * BLOCK * BLOCK];
        fillPairs(block, s, t, s + sourceCount, t + targetCount);
        return linkCost(s, sourceCount, t, targetCount, prior, block, s, t);
    }

    /**
     * All shapes at once: the values of the sentence pairs that the beads ending at (i, j) cover
     * (at most the {@value #BLOCK}×{@value #BLOCK} pairs before it) are fetched once and shared by
     * the shapes, instead of once per bead; each bead's sums run in the same order as in
     * {@link #cost}, so the floats are the same.
     */
    @Override
    public void costsEndingAt(int i, int j, int[] sourceSteps, int[] targetSteps, boolean[] allowed, float[] out,
                              int at) {
        float[] block = new float[PAIR_FEATURES * BLOCK * BLOCK];
        int u0 = i - BLOCK;
        int v0 = j - BLOCK;
        boolean filled = false;
        for (int k = 0; k < sourceSteps.length; k++) {
            int a = sourceSteps[k];
            int b = targetSteps[k];
            double prior = priorCost[a][b];
            if (!allowed[k] || prior == Double.POSITIVE_INFINITY) {
                out[at + k] = Float.POSITIVE_INFINITY;
            } else if (a == 0 || b == 0) {
                out[at + k] = (float) deletionCost(i - a, a, j - b, b);
            } else {
                if (!filled) {
                    fillPairs(block, u0, v0, i, j);
                    filled = true;
                }
                out[at + k] = (float) linkCost(i - a, a, j - b, b, prior, block, u0, v0);
            }
        }
    }

    /** Pair values per block cell: forward dot, backward dot, shared names, shared numbers. */
    private static final int PAIR_FEATURES = 4;
    /** The block's side: the largest bead shape. */
    private static final int BLOCK = SentenceAligner.MAX_SHAPE;

    private static int pairIndex(int feature, int du, int dv) {
        return (feature * BLOCK + du) * BLOCK + dv;
    }

    /** Fills the values of the pairs (u, v) for u in [max(0, u0), u1) and v in [max(0, v0), v1), relative to (u0, v0). */
    private void fillPairs(float[] block, int u0, int v0, int u1, int v1) {
        for (int u = Math.max(0, u0); u < u1; u++) {
            boolean sourceNumbered = sourceNumbers[u + 1] > sourceNumbers[u];
            for (int v = Math.max(0, v0); v < v1; v++) {
                int du = u - u0;
                int dv = v - v0;
                if (lexical != null) {
                    lexical.pairDots(u, v, block, pairIndex(0, du, dv), pairIndex(1, du, dv));
                }
                if (names != null) {
                    block[pairIndex(2, du, dv)] = names.pairShared(u, v);
                }
                if (sourceNumbered && targetNumbers[v + 1] > targetNumbers[v]) {
                    block[pairIndex(3, du, dv)] = numbersInCommon(u, v);
                }
            }
        }
    }

    private double deletionCost(int s, int sourceCount, int t, int targetCount) {
        return deletionCost + anchorsLeftAlone(sourceCount == 0 ? targetNumbers : sourceNumbers,
                sourceCount == 0 ? t : s, Math.max(sourceCount, targetCount));
    }

    /** The cost of the link bead [s, s+a) × [t, t+b), its pairs' values in {@code block} relative to (u0, v0). */
    private double linkCost(int s, int sourceCount, int t, int targetCount, double prior, float[] block, int u0,
                            int v0) {
        if (crossesParagraph(sourceParagraph, s, sourceCount) || crossesParagraph(targetParagraph, t, targetCount)) {
            return Double.POSITIVE_INFINITY;
        }
        double cost = prior + lengthCost(sourcePrefix[s + sourceCount] - sourcePrefix[s],
                targetPrefix[t + targetCount] - targetPrefix[t]);
        cost += numberCost(s, sourceCount, t, targetCount, block, u0, v0);
        if (sourceStartsParagraph[s] != targetStartsParagraph[t]) {
            cost += p.paragraphShift();
        }
        if (p.sharedWordWeight() > 0 && sourceWordCounts[s + sourceCount] > sourceWordCounts[s]
                && targetWordCounts[t + targetCount] > targetWordCounts[t]) {
            cost -= p.sharedWordWeight() * SharedWords.dice(sourceWords, s, sourceCount, targetWords, t, targetCount);
        }
        cost += PUNCTUATION_MISMATCH
                * Punctuation.mismatch(sourcePunctuation, s, sourceCount, targetPunctuation, t, targetCount);
        if (names != null) {
            int shared = 0;
            for (int u = s; u < s + sourceCount; u++) {
                for (int v = t; v < t + targetCount; v++) {
                    shared += (int) block[pairIndex(2, u - u0, v - v0)];
                }
            }
            cost -= p.nameWeight() * shared;
        }
        if (lexical != null) {
            double forward = 0;
            double backward = 0;
            for (int u = s; u < s + sourceCount; u++) {
                for (int v = t; v < t + targetCount; v++) {
                    forward += block[pairIndex(0, u - u0, v - v0)];
                    backward += block[pairIndex(1, u - u0, v - v0)];
                }
            }
            double similarity = lexical.similarityOfSums(s, sourceCount, t, targetCount, forward, backward);
            cost -= p.lexicalWeight() * (similarity - p.lexicalCenter());
        }
        return cost;
    }

    /** A deleted sentence that carries numbers is a little less likely to be untranslated. */
    private double anchorsLeftAlone(int[] numberPrefix, int start, int count) {
        return 0.2 * (numberPrefix[start + count] - numberPrefix[start]);
    }

    private static boolean crossesParagraph(int[] paragraph, int start, int count) {
        return count > 1 && paragraph[start] != paragraph[start + count - 1];
    }

    double lengthCost(long sourceLength, long targetLength) {
        double expected = sourceLength * p.lengthRatio();
        double mean = (sourceLength + targetLength / p.lengthRatio()) / 2.0;
        double delta = (targetLength - expected) / Math.sqrt(p.lengthVariance() * Math.max(mean, 1.0));
        double a = Math.abs(delta);
        return a <= HUBER_KNEE ? a * a / 2 : HUBER_KNEE * a - HUBER_KNEE * HUBER_KNEE / 2;
    }

    private double numberCost(int s, int sourceCount, int t, int targetCount, float[] block, int u0, int v0) {
        int sourceCountOfNumbers = sourceNumbers[s + sourceCount] - sourceNumbers[s];
        int targetCountOfNumbers = targetNumbers[t + targetCount] - targetNumbers[t];
        if (sourceCountOfNumbers == 0 || targetCountOfNumbers == 0) {
            return p.numberMismatch() * (sourceCountOfNumbers + targetCountOfNumbers);
        }
        int matched = 0;
        for (int u = s; u < s + sourceCount; u++) {
            for (int v = t; v < t + targetCount; v++) {
                matched += (int) block[pairIndex(3, u - u0, v - v0)];
            }
        }
        int unmatched = sourceCountOfNumbers + targetCountOfNumbers - 2 * matched;
        return -p.numberMatch() * matched + p.numberMismatch() * Math.max(0, unmatched);
    }

    /** Numbers shared by source sentence u and target sentence v (both have some), memoised. */
    private float numbersInCommon(int u, int v) {
        float common = matchedNumbers.get(u, v);
        if (Float.isNaN(common)) {
            common = commonCount(sourceNumberKeys[u], targetNumberKeys[v]);
            matchedNumbers.put(u, v, common);
        }
        return common;
    }

    /** Size of the multiset intersection of two sorted arrays. */
    static int commonCount(long[] x, long[] y) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
