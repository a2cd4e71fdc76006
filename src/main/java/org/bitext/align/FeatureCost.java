package org.bitext.align;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

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
 * Prefix sums make the length of any span O(1); the values of sentence pairs (dot products, shared
 * names and numbers) are fetched once per pair into a table for the rows being filled.
 */
final class FeatureCost implements BeadCost {
    static final double HUBER_KNEE = 2.5;
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
    /**
     * [c - 1][i]: the sorted number keys of sentences [i, i + c), for c up to the largest shape:
     * a merge bead's numbers in common are then one pass over two sorted arrays. Merging them
     * per bead instead (several times per cell and shape) was a fifth of a long pair's time.
     */
    private final long[][][] sourceNumberWindows;
    private final long[][][] targetNumberWindows;
    private final CostParameters p;
    /** 1 / the length ratio and 1 / the length variance, for {@link #lengthCost}. */
    private final double inverseRatio;
    private final double inverseVariance;
    private final long[] sourcePrefix;
    private final long[] targetPrefix;
    /** Prefix sums of the count of numbers per sentence: most beads have none, and skip the work. */
    private final int[] sourceNumbers;
    private final int[] targetNumbers;
    /** Prefix sums per {@link Punctuation} class: [class][sentence]. */
    private final int[][] sourcePunctuation;
    private final int[][] targetPunctuation;
    /** Prefix sums of all punctuation classes together: most beads have none on a side, and need no class by class. */
    private final int[] sourceMarks;
    private final int[] targetMarks;
    private final double[][] priorCost;
    private final double deletionCost;

    private final LexicalSimilarity lexical;

    private final NameAnchors names;
    /**
     * The tables of sentence-pair values {@link #fillRows} built, kept for a second run over the
     * pair ({@link #withParameters}); null when not kept. Added to by the threads that fill.
     */
    private final List<Pairs> built;
    /** Tables an earlier run over the same pair built, read wherever they cover a row. */
    private final List<Pairs> earlier;

    /**
     * @param lexical similarity under a learned lexicon, or null for the first pass
     * @param names   names shared across scripts, or null when both sides share a script
     */
    FeatureCost(List<SentenceFeatures> source, List<SentenceFeatures> target, CostParameters parameters,
                int maxShape, LexicalSimilarity lexical, NameAnchors names) {
        this(source, target, parameters, maxShape, lexical, names, false);
    }

    /**
     * @param keepPairs whether {@link #fillRows} keeps the tables of sentence-pair values it
     *                  builds, for {@link #withParameters}
     */
    FeatureCost(List<SentenceFeatures> source, List<SentenceFeatures> target, CostParameters parameters,
                int maxShape, LexicalSimilarity lexical, NameAnchors names, boolean keepPairs) {
        this.lexical = lexical;
        this.names = names;
        this.built = keepPairs ? java.util.Collections.synchronizedList(new java.util.ArrayList<>()) : null;
        this.earlier = List.of();
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
        this.sourceNumberWindows = numberWindows(sourceNumberKeys, maxShape);
        this.targetNumberWindows = numberWindows(targetNumberKeys, maxShape);
        this.p = parameters;
        this.inverseRatio = 1 / parameters.lengthRatio();
        this.inverseVariance = 1 / parameters.lengthVariance();
        this.sourcePrefix = prefix(source);
        this.targetPrefix = prefix(target);
        this.sourceNumbers = numberPrefix(source);
        this.targetNumbers = numberPrefix(target);
        this.sourcePunctuation = punctuationPrefix(source);
        this.targetPunctuation = punctuationPrefix(target);
        this.sourceMarks = marksPrefix(sourcePunctuation);
        this.targetMarks = marksPrefix(targetPunctuation);
        this.priorCost = priorCosts(parameters, maxShape);
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

    private static int[] marksPrefix(int[][] punctuationPrefix) {
        int[] sums = new int[punctuationPrefix[0].length];
        for (int[] perClass : punctuationPrefix) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += perClass[i];
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

    /**
     * This pair's cost under other length and prior parameters (the second run of
     * {@link SentenceAligner}), reading the sentence-pair values (lexical dot products, shared
     * names and numbers) from the tables this cost kept wherever they cover a row: they do not
     * depend on the parameters. The second run's band lies mostly inside the first's, so most of
     * its rows fetch no pair again. Only the length ratio and variance, the bead priors and the
     * merge decay may differ.
     */
    FeatureCost withParameters(CostParameters parameters) {
        if (parameters.numberMatch() != p.numberMatch() || parameters.numberMismatch() != p.numberMismatch()
                || parameters.paragraphShift() != p.paragraphShift() || parameters.lexicalWeight() != p.lexicalWeight()
                || parameters.lexicalCenter() != p.lexicalCenter()
                || parameters.sharedWordWeight() != p.sharedWordWeight() || parameters.nameWeight() != p.nameWeight()) {
            throw new IllegalArgumentException("only the length model and the priors may change between runs");
        }
        return new FeatureCost(this, parameters);
    }

    private FeatureCost(FeatureCost first, CostParameters parameters) {
        this.lexical = first.lexical;
        this.names = first.names;
        this.built = null;
        this.earlier = first.built == null ? List.of() : List.copyOf(first.built);
        this.sourceParagraph = first.sourceParagraph;
        this.targetParagraph = first.targetParagraph;
        this.sourceStartsParagraph = first.sourceStartsParagraph;
        this.targetStartsParagraph = first.targetStartsParagraph;
        this.sourceWords = first.sourceWords;
        this.targetWords = first.targetWords;
        this.sourceWordCounts = first.sourceWordCounts;
        this.targetWordCounts = first.targetWordCounts;
        this.sourceNumberKeys = first.sourceNumberKeys;
        this.targetNumberKeys = first.targetNumberKeys;
        this.sourceNumberWindows = first.sourceNumberWindows;
        this.targetNumberWindows = first.targetNumberWindows;
        this.p = parameters;
        this.inverseRatio = 1 / parameters.lengthRatio();
        this.inverseVariance = 1 / parameters.lengthVariance();
        this.sourcePrefix = first.sourcePrefix;
        this.targetPrefix = first.targetPrefix;
        this.sourceNumbers = first.sourceNumbers;
        this.targetNumbers = first.targetNumbers;
        this.sourcePunctuation = first.sourcePunctuation;
        this.targetPunctuation = first.targetPunctuation;
        this.sourceMarks = first.sourceMarks;
        this.targetMarks = first.targetMarks;
        int maxShape = first.priorCost.length - 1;
        this.priorCost = priorCosts(parameters, maxShape);
        this.deletionCost = -Math.log(parameters.deletionPrior()) + 1.0;
    }

    private static double[][] priorCosts(CostParameters parameters, int maxShape) {
        double[][] costs = new double[maxShape + 1][maxShape + 1];
        for (int s = 0; s <= maxShape; s++) {
            for (int t = 0; t <= maxShape; t++) {
                costs[s][t] = s + t == 0 || (s > 1 && t == 0) || (t > 1 && s == 0)
                        ? Double.POSITIVE_INFINITY : -Math.log(parameters.prior(new BeadShape(s, t)));
            }
        }
        return costs;
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
        int[] from = {t};
        int[] to = {t + targetCount - 1};
        Pairs pairs = new Pairs(s, s + sourceCount - 1, u -> from[0], u -> to[0], false);
        return linkCost(s, sourceCount, t, targetCount, prior, pairs);
    }

    /**
     * All cells of the rows at once: the values of the sentence pairs that their beads cover are
     * fetched once into a table and shared by the beads of every shape and cell (each pair is
     * covered by up to {@value #BLOCK}² cells and {@value #BLOCK}² shapes); each bead's sums run in
     * the same order as in {@link #cost}, so the floats are the same. Rows that a table of an
     * earlier run covers read it; the others get a table of their own.
     */
    @Override
    public void fillRows(Band band, int from, int to, int[] sourceSteps, int[] targetSteps, float[] out,
                         int firstCell) {
        fillRows(band, from, to, sourceSteps, targetSteps, out, firstCell, null, null);
    }

    /**
     * Copies what {@code known} holds: a bead's cost depends on its sentences alone (the pairs'
     * values come from the same memos), so a bead that starts inside the known band and ends in
     * one of its cells has the cost computed there, to the bit.
     */
    @Override
    public void fillRows(Band band, int from, int to, int[] sourceSteps, int[] targetSteps, float[] out,
                         int firstCell, Band known, float[] knownCosts) {
        int i = from;
        while (i < to) {
            Pairs pairs = earlierCovering(band, i);
            int end = i + 1;
            if (pairs != null) {
                while (end < to && pairs.coversRow(band, end)) {
                    end++;
                }
            } else {
                while (end < to && earlierCovering(band, end) == null) {
                    end++;
                }
                pairs = pairsFor(band, i, end);
            }
            fillRows(band, i, end, sourceSteps, targetSteps, out, firstCell, pairs, known, knownCosts);
            i = end;
        }
    }

    /** A table of {@link #earlier} that holds every pair the beads ending in row i read, or null. */
    private Pairs earlierCovering(Band band, int i) {
        for (Pairs pairs : earlier) {
            if (pairs.coversRow(band, i)) {
                return pairs;
            }
        }
        return null;
    }

    /** A new table of the pairs the beads ending in rows [from, to) read, kept when this cost keeps them. */
    private Pairs pairsFor(Band band, int from, int to) {
        int n = sourceParagraph.length;
        int m = targetParagraph.length;
        // Beads ending in rows [from, to) cover source sentences [from - BLOCK, to - 1); sentence u is
        // covered from row u + 1 to row u + BLOCK, against target sentences up to BLOCK before their cells.
        Pairs pairs = new Pairs(Math.max(0, from - BLOCK), Math.min(n, to - 1) - 1,
                u -> Math.max(0, band.lo(Math.max(from, u + 1)) - BLOCK),
                u -> Math.min(m, band.hi(Math.min(to - 1, u + BLOCK))) - 1, true);
        if (built != null) {
            built.add(pairs);
        }
        return pairs;
    }

    private void fillRows(Band band, int from, int to, int[] sourceSteps, int[] targetSteps, float[] out,
                          int firstCell, Pairs pairs, Band known, float[] knownCosts) {
        int shapeCount = sourceSteps.length;
        for (int i = from; i < to; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                int at = (band.index(i, j) - firstCell) * shapeCount;
                boolean inKnown = known != null && known.contains(i, j);
                int knownAt = inKnown ? known.index(i, j) * shapeCount : -1;
                for (int k = 0; k < shapeCount; k++) {
                    int a = sourceSteps[k];
                    int b = targetSteps[k];
                    double prior = priorCost[a][b];
                    if (prior == Double.POSITIVE_INFINITY || !band.allows(i, j, a, b)) {
                        out[at + k] = Float.POSITIVE_INFINITY;
                    } else if (inKnown && known.allows(i, j, a, b)) {
                        out[at + k] = knownCosts[knownAt + k];
                    } else if (a == 0 || b == 0) {
                        out[at + k] = (float) deletionCost(i - a, a, j - b, b);
                    } else {
                        out[at + k] = (float) linkCost(i - a, a, j - b, b, prior, pairs);
                    }
                }
            }
        }
    }

    /**
     * Cells one by one (see {@link #fillRows}): the pairs of the {@value #BLOCK}×{@value #BLOCK}
     * block before (i, j) are fetched once and shared by the shapes.
     */
    @Override
    public void costsEndingAt(int i, int j, int[] sourceSteps, int[] targetSteps, boolean[] allowed, float[] out,
                              int at) {
        Pairs pairs = null;
        for (int k = 0; k < sourceSteps.length; k++) {
            int a = sourceSteps[k];
            int b = targetSteps[k];
            double prior = priorCost[a][b];
            if (!allowed[k] || prior == Double.POSITIVE_INFINITY) {
                out[at + k] = Float.POSITIVE_INFINITY;
            } else if (a == 0 || b == 0) {
                out[at + k] = (float) deletionCost(i - a, a, j - b, b);
            } else {
                if (pairs == null) {
                    int v0 = Math.max(0, j - BLOCK);
                    pairs = new Pairs(Math.max(0, i - BLOCK), i - 1, u -> v0, u -> j - 1, false);
                }
                out[at + k] = (float) linkCost(i - a, a, j - b, b, prior, pairs);
            }
        }
    }

    /** The block's side: the largest bead shape. */
    private static final int BLOCK = SentenceAligner.MAX_SHAPE;

    /**
     * The values of the sentence pairs (u, v) for source sentences u in [first, last] and, for
     * each, target sentences v in [from(u), to(u)]: forward and backward lexical dot products,
     * shared names, shared numbers. Row by row in one array, like the band's cells.
     */
    private final class Pairs {
        private final int first;
        private final int[] rowStart;
        private final int[] rowFrom;
        private final float[] forward;
        private final float[] backward;
        private final int[] names;
        private final int[] numbers;

        /** @param wide whether the rows are a band's: the lexical dots are then computed a row at a time */
        Pairs(int first, int last, IntUnaryOperator from, IntUnaryOperator to, boolean wide) {
            this.first = first;
            int rows = Math.max(0, last - first + 1);
            rowStart = new int[rows + 1];
            rowFrom = new int[rows];
            for (int r = 0; r < rows; r++) {
                rowFrom[r] = from.applyAsInt(first + r);
                rowStart[r + 1] = rowStart[r] + Math.max(0, to.applyAsInt(first + r) - rowFrom[r] + 1);
            }
            int size = rowStart[rows];
            forward = lexical == null ? null : new float[size];
            backward = lexical == null ? null : new float[size];
            names = FeatureCost.this.names == null ? null : new int[size];
            numbers = new int[size];
            LexicalSimilarity.Scratch scratch = lexical == null || !wide ? null : lexical.scratch();
            for (int r = 0; r < rows; r++) {
                int u = first + r;
                int v0 = rowFrom[r];
                int count = rowStart[r + 1] - rowStart[r];
                int at = rowStart[r];
                if (lexical != null && count > 0) {
                    lexical.rowDots(u, v0, count, forward, backward, at, scratch);
                }
                if (FeatureCost.this.names != null) {
                    for (int d = 0; d < count; d++) {
                        names[at + d] = FeatureCost.this.names.pairShared(u, v0 + d);
                    }
                }
                if (sourceNumbers[u + 1] > sourceNumbers[u]) {
                    for (int d = 0; d < count; d++) {
                        int v = v0 + d;
                        if (targetNumbers[v + 1] > targetNumbers[v]) {
                            numbers[at + d] = commonCount(sourceNumberKeys[u], targetNumberKeys[v]);
                        }
                    }
                }
            }
        }

        /**
         * Whether the table holds every pair that a bead ending in row i of {@code band} reads:
         * source sentences [i - {@value #BLOCK}, i) against target sentences from
         * {@value #BLOCK} before the row's first cell to its last cell's.
         */
        boolean coversRow(Band band, int i) {
            int vFrom = Math.max(0, band.lo(i) - BLOCK);
            int vTo = Math.min(targetParagraph.length, band.hi(i)) - 1;
            if (vTo < vFrom) {
                return true;
            }
            for (int u = Math.max(0, i - BLOCK); u < i; u++) {
                int r = u - first;
                if (r < 0 || r >= rowFrom.length || rowFrom[r] > vFrom
                        || rowFrom[r] + rowStart[r + 1] - rowStart[r] - 1 < vTo) {
                    return false;
                }
            }
            return true;
        }

        /** Where the values of pair (u, v) are. */
        int index(int u, int v) {
            int r = u - first;
            return rowStart[r] + v - rowFrom[r];
        }
    }

    private double deletionCost(int s, int sourceCount, int t, int targetCount) {
        return deletionCost + anchorsLeftAlone(sourceCount == 0 ? targetNumbers : sourceNumbers,
                sourceCount == 0 ? t : s, Math.max(sourceCount, targetCount));
    }

    /** The cost of the link bead [s, s+a) × [t, t+b), its pairs' values in {@code pairs}. */
    private double linkCost(int s, int sourceCount, int t, int targetCount, double prior, Pairs pairs) {
        if (crossesParagraph(sourceParagraph, s, sourceCount) || crossesParagraph(targetParagraph, t, targetCount)) {
            return Double.POSITIVE_INFINITY;
        }
        double cost = prior + lengthCost(sourcePrefix[s + sourceCount] - sourcePrefix[s],
                targetPrefix[t + targetCount] - targetPrefix[t]);
        cost += numberCost(s, sourceCount, t, targetCount, pairs);
        if (sourceStartsParagraph[s] != targetStartsParagraph[t]) {
            cost += p.paragraphShift();
        }
        if (p.sharedWordWeight() > 0 && sourceWordCounts[s + sourceCount] > sourceWordCounts[s]
                && targetWordCounts[t + targetCount] > targetWordCounts[t]) {
            cost -= p.sharedWordWeight() * SharedWords.dice(sourceWords, s, sourceCount, targetWords, t, targetCount);
        }
        int sourceMarksHere = sourceMarks[s + sourceCount] - sourceMarks[s];
        int targetMarksHere = targetMarks[t + targetCount] - targetMarks[t];
        if (sourceMarksHere > 0 && targetMarksHere > 0) {
            cost += PUNCTUATION_MISMATCH
                    * Punctuation.mismatch(sourcePunctuation, s, sourceCount, targetPunctuation, t, targetCount);
        } else if (sourceMarksHere + targetMarksHere > 0) {
            // with no mark on one side, every mark of the other is a mismatch
            cost += PUNCTUATION_MISMATCH * (sourceMarksHere + targetMarksHere);
        }
        if (names != null) {
            cost -= p.nameWeight() * sharedNames(s, sourceCount, t, targetCount, pairs);
        }
        if (lexical != null) {
            double forward = 0;
            double backward = 0;
            for (int u = s; u < s + sourceCount; u++) {
                int at = pairs.index(u, t);
                for (int d = 0; d < targetCount; d++) {
                    forward += pairs.forward[at + d];
                    backward += pairs.backward[at + d];
                }
            }
            double similarity = lexical.similarityOfSums(s, sourceCount, t, targetCount, forward, backward);
            cost -= p.lexicalWeight() * (similarity - p.lexicalCenter());
        }
        return cost;
    }

    /**
     * Names of the bead's Latin side found on its Arabic side: for each Latin sentence, the names
     * its pairs share, but never more than the sentence holds. A name that two Arabic sentences of
     * a merge repeat is found once, not once per pair (which made merges of sentences that repeat
     * a name cheaper than their 1-1 beads).
     */
    private int sharedNames(int s, int sourceCount, int t, int targetCount, Pairs pairs) {
        if (names.sourceIsLatin() ? names.nameCount(s, sourceCount) == 0 : names.nameCount(t, targetCount) == 0) {
            return 0;
        }
        int shared = 0;
        if (names.sourceIsLatin()) {
            for (int u = s; u < s + sourceCount; u++) {
                int at = pairs.index(u, t);
                int found = 0;
                for (int d = 0; d < targetCount; d++) {
                    found += pairs.names[at + d];
                }
                shared += targetCount == 1 ? found : Math.min(found, names.nameCount(u));
            }
        } else {
            for (int d = 0; d < targetCount; d++) {
                int found = 0;
                for (int u = s; u < s + sourceCount; u++) {
                    found += pairs.names[pairs.index(u, t) + d];
                }
                shared += sourceCount == 1 ? found : Math.min(found, names.nameCount(t + d));
            }
        }
        return shared;
    }

    /** A deleted sentence that carries numbers is a little less likely to be untranslated. */
    private double anchorsLeftAlone(int[] numberPrefix, int start, int count) {
        return 0.2 * (numberPrefix[start + count] - numberPrefix[start]);
    }

    private static boolean crossesParagraph(int[] paragraph, int start, int count) {
        return count > 1 && paragraph[start] != paragraph[start + count - 1];
    }

    /**
     * The Gale–Church length cost: Huber's loss of the deviation of the target length from
     * {@code ratio × source length}, in standard deviations of {@code variance × mean length}.
     * Computed from the squared deviation, with the ratio's and the variance's inverses taken once
     * per document: one division and one square root per bead, where dividing by the ratio and by
     * the deviation's square root took two divisions and a root on the aligner's hottest path.
     */
    double lengthCost(long sourceLength, long targetLength) {
        double expected = sourceLength * p.lengthRatio();
        // halving by multiplying by 0.5 is exact
        double mean = (sourceLength + targetLength * inverseRatio) * 0.5;
        double deviation = targetLength - expected;
        return huberOfSquare(deviation * deviation * inverseVariance / Math.max(mean, 1.0));
    }

    /**
     * Huber's loss of {@code a = √squared}: {@code a²/2} up to the knee, linear beyond it. Both
     * sides are computed and one is chosen by the sign bit of (knee² - squared), without a branch:
     * the shapes of a cell fall on either side of the knee in no order a predictor learns.
     */
    static double huberOfSquare(double squared) {
        long quadratic = Double.doubleToRawLongBits(squared * 0.5);
        long linear = Double.doubleToRawLongBits(HUBER_KNEE * Math.sqrt(squared) - HUBER_KNEE * HUBER_KNEE / 2);
        long beyondKnee = Double.doubleToRawLongBits(HUBER_KNEE * HUBER_KNEE - squared) >> 63;
        return Double.longBitsToDouble((linear & beyondKnee) | (quadratic & ~beyondKnee));
    }

    private double numberCost(int s, int sourceCount, int t, int targetCount, Pairs pairs) {
        int sourceCountOfNumbers = sourceNumbers[s + sourceCount] - sourceNumbers[s];
        int targetCountOfNumbers = targetNumbers[t + targetCount] - targetNumbers[t];
        if (sourceCountOfNumbers == 0 || targetCountOfNumbers == 0) {
            return p.numberMismatch() * (sourceCountOfNumbers + targetCountOfNumbers);
        }
        int matched = sourceCount == 1 && targetCount == 1 ? pairs.numbers[pairs.index(s, t)]
                : sourceCount <= sourceNumberWindows.length && targetCount <= targetNumberWindows.length
                ? commonCount(sourceNumberWindows[sourceCount - 1][s], targetNumberWindows[targetCount - 1][t])
                : commonCount(sourceNumberKeys, s, sourceCount, targetNumberKeys, t, targetCount);
        int unmatched = sourceCountOfNumbers + targetCountOfNumbers - 2 * matched;
        return -p.numberMatch() * matched + p.numberMismatch() * Math.max(0, unmatched);
    }

    /**
     * Size of the multiset intersection of the numbers of sentences [s, s+a) and those of
     * [t, t+b) (each sentence's keys sorted): a number that two sentences of a side repeat is
     * matched as often as it occurs on both sides, not once per pair of sentences that hold it
     * (which made a merge of sentences that repeat {@code (1) (2) (3)} far cheaper than its
     * 1-1 beads).
     */
    static int commonCount(long[][] source, int s, int a, long[][] target, int t, int b) {
        return commonCount(merged(source, s, a), merged(target, t, b));
    }

    /** {@link #merged} of every window of 1 to {@code maxShape} sentences: [c - 1][i] for [i, i + c). */
    static long[][][] numberWindows(long[][] keys, int maxShape) {
        long[][][] windows = new long[Math.max(1, maxShape)][][];
        windows[0] = keys;
        for (int c = 2; c <= maxShape; c++) {
            long[][] window = new long[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                window[i] = i + c <= keys.length ? merged(keys, i, c) : NONE;
            }
            windows[c - 1] = window;
        }
        return windows;
    }

    /** The sorted keys of sentences [from, from + count) together (each sentence's sorted). */
    private static long[] merged(long[][] keys, int from, int count) {
        if (count == 1) {
            return keys[from];
        }
        int size = 0;
        for (int u = from; u < from + count; u++) {
            size += keys[u].length;
        }
        if (size == 0) {
            return NONE;
        }
        long[] out = new long[size];
        int at = 0;
        for (int u = from; u < from + count; u++) {
            System.arraycopy(keys[u], 0, out, at, keys[u].length);
            at += keys[u].length;
        }
        Arrays.sort(out);
        return out;
    }

    private static final long[] NONE = new long[0];

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
