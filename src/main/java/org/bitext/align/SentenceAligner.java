package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.bitext.names.RecentNames;

/**
 * Aligns the sentences of a document pair in two passes (after Moore 2002 and bertalign):
 * the first with the length ratio of the whole pair and default variance, the second with the
 * ratio and variance re-estimated from the first pass's confident 1-1 beads, so that each
 * document pair gets the length model that fits its own translation.
 *
 * <p>Nothing here assumes a language: lengths are counted in letters and digits, numbers in
 * any script's digits.
 */
public final class SentenceAligner {
    /**
     * The most sentences a bead takes from one side. Beads up to 3-3 take any shape; 1-4 and 4-1
     * were added for texts that render one sentence as four: Text+Berg strict F1 0.875 → 0.892
     * (1-5 and 5-1 too: 0.883), the Arabic–English dev sets' beads the same, 2 to 3 % more
     * time. {@link CostParameters#prior} shares the merges' prior over exactly these shapes.
     */
    static final int MAX_SHAPE = 4;
    /** The shapes of beads the aligner makes (see {@link #MAX_SHAPE}). */
    static final List<BeadShape> SHAPES = BeadShape.upTo(3, MAX_SHAPE);
    /** Documents with more sentences than this on a side are aligned coarse to fine. */
    static final int COARSE_ABOVE = 1_500;
    /** Sentences joined into one at each coarser level. */
    static final int COARSE_FACTOR = 8;
    private static final double CONFIDENT = 0.9;
    private static final int MIN_BEADS_TO_REESTIMATE = 3;
    private static final double PRIOR_STRENGTH = 30;
    /**
     * Pseudo-merges per shape behind the default merge decay. Text+Berg strict F1 with the
     * lexicon's training confidence at 0.75/0.8/0.85/0.9: 0.875/0.875/0.876/0.863 with 40,
     * 0.873/0.873/0.873/0.857 with 20, 0.876/0.866/0.867/0.866 with 80.
     */
    private static final double DECAY_STRENGTH = 40;
    /** A merge of two extra sentences is never taken as likely as one of one extra. */
    private static final double MAX_DECAY = 0.5;
    /** Sides with at least this many sentences compute their features on all cores (fewer would not pay for the fork). */
    static final int PARALLEL_SENTENCES = 2_000;
    /**
     * Half-width of the band around the path of an earlier run on the same pair: a later run
     * only moves beads where its costs disagree locally, and the band doubles wherever its path
     * reaches the edge. 5 and 8 gave the same F1 on every dev set and on a 20,000-sentence
     * concatenation of them; 5 took a third less time than 8. 3 gives the same paths and the
     * same {@code bench/quality} figures as 5, and the same bytes on the 10,000-document batch,
     * the seeds and the 40k presegmented pair; only posteriors of ambiguous beads move, by 0.001
     * in four beads of one dev document (paths four or five sentences off the best one no longer
     * count). It took 3 % off the batch's CPU time. (2 also kept the figures, but moved more
     * scores, for no gain measurable on a 3,000-document batch.)
     */
    static final int GUIDED_HALF_WIDTH = 3;
    /**
     * Half-width of the first band around the diagonal, for documents without a coarse path (the
     * kernel widens it to cover the diagonal's slope, {@link BandedAligner}). 4 and 10 gave the
     * same bytes on the 10,000-document benchmark batch (10 and 20 on the 1,000-document one)
     * and the same figures in {@code bench/quality}: where a translation drifts further, the path
     * reaches the edge and the band widens there. 4 instead of 10 took 3.5 % off the batch's CPU
     * time.
     */
    static final int DIAGONAL_HALF_WIDTH = 4;
    /**
     * Half-width of the first band around a coarse path: its error is within a coarse sentence
     * ({@link #COARSE_FACTOR}) or so; 6, 10 and 20 gave the same F1 on the 20,000-sentence test,
     * and the band widens by itself where the path reaches its edge. (A single run in the first
     * pass, without the lexicon, was tried too: NTREX strict F1 fell from 0.967 to 0.961.)
     */
    static final int COARSE_HALF_WIDTH = 6;

    /**
     * The most source sentences for which the first run keeps its tables of sentence-pair values
     * for the second ({@link FeatureCost#withParameters}): they are what it built anyway, kept
     * until the second run ends; a longer pair's second run builds its own.
     */
    static final int MAX_KEPT_PAIR_ROWS = 20_000;

    private final BandedAligner kernel;
    /** Name and word folds shared by the documents this aligner sees (pure, bounded memo). */
    private final NameAnchors.Folds folds;
    private final CostParameters base;
    private final UnspacedRuns unspaced;

    public SentenceAligner() {
        this(new RecentNames(), UnspacedRuns.NONE);
    }

    /**
     * @param names    where the anchors find the names of Latin-script sentences, shared with other readers of them
     * @param unspaced where a sentence's words are run together without spaces, for the lexicon to look inside
     */
    public SentenceAligner(RecentNames names, UnspacedRuns unspaced) {
        this(CostParameters.defaults(1.0), 1.0, names, unspaced);
    }

    /**
     * @param base        the cost parameters; the length ratio and variance are re-estimated per pair
     * @param temperature divides costs before the posterior scores are computed
     */
    SentenceAligner(CostParameters base, double temperature) {
        this(base, temperature, new RecentNames(), UnspacedRuns.NONE);
    }

    private SentenceAligner(CostParameters base, double temperature, RecentNames names, UnspacedRuns unspaced) {
        this.folds = new NameAnchors.Folds(names);
        this.kernel = new BandedAligner(SHAPES, DIAGONAL_HALF_WIDTH, temperature);
        this.base = base;
        this.unspaced = unspaced;
    }

    /** Aligns by length and anchors only: the first pass of a batch. */
    public Alignment align(AlignmentInput source, AlignmentInput target) {
        return align(source, target, null);
    }

    /**
     * Aligns a document pair.
     *
     * @param lexicon a model learned from the batch's first pass, or null
     */
    public Alignment align(AlignmentInput source, AlignmentInput target, LexicalModel lexicon) {
        return align(prepare(source, target), lexicon);
    }

    /**
     * A document pair with what every pass over it computes alike: each sentence's features and
     * the names shared across scripts. A caller that aligns a pair more than once (a first pass,
     * then one with the lexicon) prepares it once. Safe to share between threads.
     */
    public static final class Pair {
        private final AlignmentInput source;
        private final AlignmentInput target;
        private final List<SentenceFeatures> sourceFeatures;
        private final List<SentenceFeatures> targetFeatures;
        /** Null at coarse levels (no folds given), and when the sides are not one Latin, one Arabic script. */
        private final NameAnchors names;

        private Pair(AlignmentInput source, AlignmentInput target, NameAnchors.Folds folds) {
            this.source = source;
            this.target = target;
            int[][][] shared = SharedWords.ids(source.tokens(), target.tokens());
            this.sourceFeatures = features(source, shared[0]);
            this.targetFeatures = features(target, shared[1]);
            this.names = folds != null && source.size() > 0 && target.size() > 0
                    ? NameAnchors.of(source.sentences(), target.sentences(), folds) : null;
        }

        /**
         * The pair with every {@link #COARSE_FACTOR} sentences joined into one ({@link #coarsen}),
         * without names. Its features are merged from this pair's instead of computed again from
         * the joined text: the same values, since a joining space is neither a letter, a digit, a
         * number's separator nor a word, and the shared words are numbered in the same order.
         */
        Pair coarsened() {
            return new Pair(coarsen(source), coarsen(target), coarsen(sourceFeatures), coarsen(targetFeatures));
        }

        private Pair(AlignmentInput source, AlignmentInput target, List<SentenceFeatures> sourceFeatures,
                     List<SentenceFeatures> targetFeatures) {
            this.source = source;
            this.target = target;
            this.sourceFeatures = sourceFeatures;
            this.targetFeatures = targetFeatures;
            this.names = null;
        }
    }

    /** Prepares a pair for {@link #align(Pair, LexicalModel)}. */
    public Pair prepare(AlignmentInput source, AlignmentInput target) {
        return new Pair(source, target, folds);
    }

    /** Aligns a prepared pair (see {@link #align(AlignmentInput, AlignmentInput, LexicalModel)}). */
    public Alignment align(Pair pair, LexicalModel lexicon) {
        return align(pair, lexicon, true);
    }

    /**
     * Aligns a document pair again, in a narrow band around {@code guide}: an alignment of the same
     * pair from an earlier pass (without the lexicon). Its path replaces the coarse-to-fine search
     * and the wide band around the diagonal; the two runs (the second with the length model and
     * priors re-estimated from the first) are as in {@link #align(Pair, LexicalModel)}.
     * Re-estimating from the guide instead, to save the first run, cost 1.4 points of strict F1
     * on the NTREX dev set: the lexicon's own first run gives better confident beads.
     */
    public Alignment align(Pair pair, LexicalModel lexicon, Alignment guide) {
        if (guide.sourceSize() != pair.source.size() || guide.targetSize() != pair.target.size()) {
            throw new IllegalArgumentException("the guide aligns another pair of documents");
        }
        return runs(pair, lexicon, pathCenter(guide, 1, pair.source.size(), pair.target.size()), GUIDED_HALF_WIDTH,
                true);
    }

    /**
     * @param fine false at coarse levels, where joined sentences make name anchors meaningless
     *             (a coarse pair has none) and one run is enough, since only the band's centre is
     *             wanted from them
     */
    private Alignment align(Pair pair, LexicalModel lexicon, boolean fine) {
        int[] center = coarsePath(pair, lexicon);
        return runs(pair, lexicon, center, center == null ? DIAGONAL_HALF_WIDTH : COARSE_HALF_WIDTH, fine);
    }

    /**
     * The first run with the pair's length ratio, then, when {@code refine}, a second in a narrow
     * band around its path with the length model and priors re-estimated from its confident beads.
     */
    private Alignment runs(Pair pair, LexicalModel lexicon, int[] center, int halfWidth, boolean refine) {
        List<SentenceFeatures> src = pair.sourceFeatures;
        List<SentenceFeatures> tgt = pair.targetFeatures;
        if (src.isEmpty() || tgt.isEmpty()) {
            return kernel.align(src.size(), tgt.size(), new FeatureCost(src, tgt, base, MAX_SHAPE, null, null));
        }
        LexicalSimilarity lexical = lexicon == null ? null : lexicon.similarity(pair.source, pair.target, unspaced);
        CostParameters first = firstParameters(src, tgt, lexicon);
        FeatureCost roughCost = new FeatureCost(src, tgt, first, MAX_SHAPE, lexical, pair.names,
                refine && src.size() <= MAX_KEPT_PAIR_ROWS);
        Alignment rough = kernel.align(src.size(), tgt.size(), roughCost, center, halfWidth);
        if (!refine) {
            return rough;
        }
        CostParameters second = reestimate(first, rough, src, tgt);
        return kernel.align(src.size(), tgt.size(), roughCost.withParameters(second),
                pathCenter(rough, 1, src.size(), tgt.size()), GUIDED_HALF_WIDTH);
    }

    /**
     * The base parameters with the length ratio of the whole pair, and the lexicon's weight as
     * much as its training supports ({@link LexicalModel#evidence()}).
     */
    private CostParameters firstParameters(List<SentenceFeatures> src, List<SentenceFeatures> tgt,
                                           LexicalModel lexicon) {
        double ratio = (double) Math.max(1, totalLength(tgt)) / Math.max(1, totalLength(src));
        CostParameters first = base.withLength(ratio, base.lengthVariance());
        return lexicon == null ? first : first.withLexicalWeight(base.lexicalWeight() * lexicon.evidence());
    }

    /**
     * The path the band follows for a long document, found coarse to fine (after vecalign): runs
     * of {@link #COARSE_FACTOR} sentences are joined into one, the joined document is aligned
     * (itself coarse to fine when still long), and each coarse bead is drawn as a straight line
     * through the fine sentences it covers. The fine band then only has to absorb the error of
     * that line, so time and memory stay linear however far the translation drifts from the
     * diagonal. Returns null for short documents, whose band simply follows the diagonal.
     */
    int[] coarsePath(Pair pair, LexicalModel lexicon) {
        int n = pair.source.size();
        int m = pair.target.size();
        if (Math.max(n, m) <= COARSE_ABOVE) {
            return null;
        }
        return pathCenter(align(pair.coarsened(), lexicon, false), COARSE_FACTOR, n, m);
    }

    /**
     * The target position expected at each source position 0..n along an alignment of sentences
     * joined {@code factor} at a time: each bead drawn as a straight line through the sentences
     * it covers, never decreasing.
     */
    static int[] pathCenter(Alignment alignment, int factor, int n, int m) {
        int[] center = new int[n + 1];
        for (Bead bead : alignment.beads()) {
            int s0 = Math.min(n, bead.sourceStart() * factor);
            int s1 = Math.min(n, bead.sourceEnd() * factor);
            int t0 = Math.min(m, bead.targetStart() * factor);
            int t1 = Math.min(m, bead.targetEnd() * factor);
            for (int i = s0; i <= s1; i++) {
                center[i] = s1 == s0 ? t1 : t0 + (int) ((long) (i - s0) * (t1 - t0) / (s1 - s0));
            }
        }
        center[n] = m;
        for (int i = 1; i <= n; i++) {
            center[i] = Math.max(center[i], center[i - 1]);
        }
        return center;
    }

    /** Every {@link #COARSE_FACTOR} sentences as one, without paragraph structure. */
    static AlignmentInput coarsen(AlignmentInput side) {
        List<String> sentences = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (int i = 0; i < side.size(); i += COARSE_FACTOR) {
            int end = Math.min(side.size(), i + COARSE_FACTOR);
            sentences.add(String.join(" ", side.sentences().subList(i, end)));
            List<String> joined = new ArrayList<>();
            for (int k = i; k < end; k++) {
                joined.addAll(side.tokens().get(k));
            }
            tokens.add(joined);
        }
        return AlignmentInput.unstructured(sentences, tokens);
    }

    /**
     * The features of {@link #coarsen}'s sentences, from those of the sentences it joins: lengths,
     * numbers and punctuation add up, shared words unite; one paragraph, as in
     * {@link AlignmentInput#unstructured}.
     */
    static List<SentenceFeatures> coarsen(List<SentenceFeatures> side) {
        List<SentenceFeatures> out = new ArrayList<>();
        for (int i = 0; i < side.size(); i += COARSE_FACTOR) {
            List<SentenceFeatures> run = side.subList(i, Math.min(side.size(), i + COARSE_FACTOR));
            int length = 0;
            int[] punctuation = new int[Punctuation.CLASSES];
            for (SentenceFeatures f : run) {
                length += f.length();
                for (int c = 0; c < punctuation.length; c++) {
                    punctuation[c] += f.punctuation()[c];
                }
            }
            long[] numbers = run.stream().flatMapToLong(f -> Arrays.stream(f.numbers())).sorted().toArray();
            int[] words = run.stream().flatMapToInt(f -> Arrays.stream(f.words())).sorted().distinct().toArray();
            out.add(new SentenceFeatures(length, 0, i == 0, numbers, words, punctuation));
        }
        return out;
    }

    /** Length ratio and variance from the confident 1-1 beads of a first pass. */
    static CostParameters reestimate(CostParameters first, Alignment rough, List<SentenceFeatures> src,
                                     List<SentenceFeatures> tgt) {
        long sourceSum = 0;
        long targetSum = 0;
        List<long[]> pairs = new ArrayList<>();
        for (Bead bead : rough.beads()) {
            if (bead.sourceCount() == 1 && bead.targetCount() == 1 && bead.score() >= CONFIDENT) {
                long ls = src.get(bead.sourceStart()).length();
                long lt = tgt.get(bead.targetStart()).length();
                sourceSum += ls;
                targetSum += lt;
                pairs.add(new long[] {ls, lt});
            }
        }
        CostParameters withPriors = reestimatePriors(first, rough);
        if (pairs.size() < MIN_BEADS_TO_REESTIMATE || sourceSum == 0 || targetSum == 0) {
            return withPriors;
        }
        double ratio = (double) targetSum / sourceSum;
        double squares = 0;
        for (long[] pair : pairs) {
            double mean = (pair[0] + pair[1] / ratio) / 2.0;
            double diff = pair[1] - ratio * pair[0];
            squares += diff * diff / Math.max(mean, 1.0);
        }
        // Shrink towards the default so that a handful of beads cannot make the model overconfident.
        double k = pairs.size();
        double variance = (squares + 10 * first.lengthVariance()) / (k + 10);
        return withPriors.withLength(ratio, Math.max(variance, 1.0));
    }

    /**
     * Deletion and merge priors from the bead shapes of a first pass, shrunk towards the given
     * ones by {@link #PRIOR_STRENGTH} pseudo-beads: documents differ a lot in how much of them is
     * left untranslated, and a constant penalty either drops good links or forces bad ones.
     * Likewise the merge decay ({@link #mergeDecay}).
     */
    static CostParameters reestimatePriors(CostParameters first, Alignment rough) {
        int deletions = 0;
        int merges = 0;
        int oneExtra = 0;
        int twoExtra = 0;
        for (Bead bead : rough.beads()) {
            if (!bead.isLink()) {
                deletions++;
            } else if (bead.sourceCount() + bead.targetCount() > 2) {
                merges++;
                oneExtra += bead.sourceCount() + bead.targetCount() == 3 ? 1 : 0;
                twoExtra += bead.sourceCount() + bead.targetCount() == 4 ? 1 : 0;
            }
        }
        double n = rough.beads().size() + PRIOR_STRENGTH;
        double deletion = (deletions / 2.0 + PRIOR_STRENGTH * first.deletionPrior()) / n;
        double merge = (merges + PRIOR_STRENGTH * first.mergePrior()) / n;
        return first.withPriors(Math.min(deletion, 0.2), Math.min(merge, 0.3))
                .withMergeDecay(mergeDecay(first.mergeDecay(), oneExtra, twoExtra));
    }

    /**
     * How much rarer a second extra sentence makes a merge, from a first pass's merges with one
     * extra sentence (2 shapes: 1-2, 2-1) and with two (3 shapes: 1-3, 3-1, 2-2): the ratio of
     * their counts per shape, shrunk towards {@code prior} by {@link #DECAY_STRENGTH} pseudo-merges
     * per shape. Texts differ: the Arabic-English dev sets' gold holds no merge of two extra
     * sentences at all, Text+Berg's German-French one 32 for 82 of one (a decay near 0.25); with
     * the default 0.12 the lexicon, which rewards each 1-1 bead once, splits many true 2-2 merges
     * of Text+Berg into two 1-1 beads. The first pass can only raise the decay: lowering it too
     * moved no dev figure by more than 0.001 either way, and would move every document's scores.
     */
    static double mergeDecay(double prior, int oneExtra, int twoExtra) {
        double decay = (twoExtra / 3.0 + DECAY_STRENGTH * prior) / (oneExtra / 2.0 + DECAY_STRENGTH);
        return Math.min(Math.max(decay, prior), MAX_DECAY);
    }

    private static long totalLength(List<SentenceFeatures> features) {
        long sum = 0;
        for (SentenceFeatures f : features) {
            sum += f.length();
        }
        return sum;
    }

    /** @param words each sentence's shared-word ids ({@link SharedWords}) */
    static List<SentenceFeatures> features(AlignmentInput side, int[][] words) {
        IntStream indices = IntStream.range(0, side.size());
        return (side.size() >= PARALLEL_SENTENCES ? indices.parallel() : indices).mapToObj(i -> {
            String text = side.sentences().get(i);
            int paragraph = side.paragraphs().get(i);
            long[] numbers = NumberExtractor.keys(text);
            Arrays.sort(numbers);
            boolean starts = i == 0 || paragraph != side.paragraphs().get(i - 1);
            return new SentenceFeatures(letterCount(text), paragraph, starts, numbers, words[i], Punctuation.counts(text));
        }).toList();
    }

    /** In {@link #LETTER_OR_DIGIT}: a surrogate, which its pair's code point decides. */
    private static final byte SURROGATE = 2;
    /**
     * Per char: 1 for a letter or digit, 0 for anything else, {@link #SURROGATE}. A look-up rather
     * than range tests: text alternates letters with spaces and punctuation, and the tests'
     * branches were mispredicted at each change (about 5 ns a char; 0.55 ns with the table, over
     * the 42 million chars of 4,000 documents' sentences).
     */
    private static final byte[] LETTER_OR_DIGIT = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_OR_DIGIT[c] = Character.isSurrogate((char) c) ? SURROGATE : Character.isLetterOrDigit(c) ? (byte) 1 : 0;
        }
    }

    /** The code points of {@code text} that are letters or digits. */
    static int letterCount(String text) {
        int count = 0;
        int n = text.length();
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            int kind = LETTER_OR_DIGIT[c];
            if (kind == SURROGATE) {
                if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(text.charAt(k + 1))) {
                    count += Character.isLetterOrDigit(Character.toCodePoint(c, text.charAt(++k))) ? 1 : 0;
                }
                continue;
            }
            count += kind;
        }
        return count;
    }
}
