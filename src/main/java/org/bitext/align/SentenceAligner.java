package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

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
    static final int MAX_SHAPE = 3;
    private static final double CONFIDENT = 0.9;
    private static final int MIN_BEADS_TO_REESTIMATE = 3;

    private final BandedAligner kernel;

    public SentenceAligner() {
        this.kernel = new BandedAligner(BeadShape.upTo(MAX_SHAPE), 20, 1.0);
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
        List<SentenceFeatures> src = features(source);
        List<SentenceFeatures> tgt = features(target);
        if (src.isEmpty() || tgt.isEmpty()) {
            return kernel.align(src.size(), tgt.size(), new FeatureCost(src, tgt,
                    CostParameters.defaults(1.0), MAX_SHAPE, null));
        }
        LexicalSimilarity lexical = lexicon == null ? null : lexicon.similarity(source.tokens(), target.tokens());
        double ratio = (double) Math.max(1, totalLength(tgt)) / Math.max(1, totalLength(src));
        CostParameters first = CostParameters.defaults(ratio);
        Alignment rough = kernel.align(src.size(), tgt.size(), new FeatureCost(src, tgt, first, MAX_SHAPE, lexical));
        CostParameters second = reestimate(first, rough, src, tgt);
        return kernel.align(src.size(), tgt.size(), new FeatureCost(src, tgt, second, MAX_SHAPE, lexical));
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
        if (pairs.size() < MIN_BEADS_TO_REESTIMATE || sourceSum == 0 || targetSum == 0) {
            return first;
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
        return first.withLength(ratio, Math.max(variance, 1.0));
    }

    private static long totalLength(List<SentenceFeatures> features) {
        long sum = 0;
        for (SentenceFeatures f : features) {
            sum += f.length();
        }
        return sum;
    }

    static List<SentenceFeatures> features(AlignmentInput side) {
        List<SentenceFeatures> out = new ArrayList<>(side.size());
        int previousParagraph = Integer.MIN_VALUE;
        for (int i = 0; i < side.size(); i++) {
            String text = side.sentences().get(i);
            int paragraph = side.paragraphs().get(i);
            long[] numbers = NumberExtractor.numbers(text).stream().mapToLong(SentenceAligner::numberKey).toArray();
            Arrays.sort(numbers);
            out.add(new SentenceFeatures(letterCount(text), paragraph, paragraph != previousParagraph, numbers,
                    new int[0]));
            previousParagraph = paragraph;
        }
        return out;
    }

    private static long numberKey(String number) {
        long h = 1125899906842597L;
        for (int k = 0; k < number.length(); k++) {
            h = 31 * h + number.charAt(k);
        }
        return h;
    }

    static int letterCount(String text) {
        int count = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            if (Character.isLetterOrDigit(cp)) {
                count++;
            }
            k += Character.charCount(cp);
        }
        return count;
    }
}
