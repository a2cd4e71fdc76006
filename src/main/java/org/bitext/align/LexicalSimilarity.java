package org.bitext.align;

import java.util.function.Supplier;

/**
 * Cosine similarity of beads under a {@link LexicalModel}, averaged over both translation
 * directions. The vectors of a multi-sentence side are sums, so the cosine of any bead follows
 * from dot products of single sentences: cross-side products are memoised per sentence pair
 * (the band visits each a few times) and same-side products of neighbours are precomputed.
 */
final class LexicalSimilarity {
    private final SparseVector[] sourceTranslated;
    private final SparseVector[] targetBag;
    private final SparseVector[] targetTranslated;
    private final SparseVector[] sourceBag;
    /** [c][i]: 1 / the norm of the sum of vectors [i, i + c] ({@link #inverseNorms}). */
    private final double[][] sourceTranslatedInverseNorms;
    private final double[][] targetBagInverseNorms;
    private final double[][] targetTranslatedInverseNorms;
    private final double[][] sourceBagInverseNorms;
    private final PairCache forwardDots;
    private final PairCache backwardDots;
    private final Supplier<Scratch> scratches;

    /**
     * @param scratches the calling thread's {@link Scratch} over the source and target
     *                  vocabularies (the ids of sourceBag and targetTranslated are below the
     *                  source's size, those of targetBag and sourceTranslated below the target's)
     */
    LexicalSimilarity(SparseVector[] sourceTranslated, SparseVector[] targetBag, SparseVector[] targetTranslated,
                      SparseVector[] sourceBag, Supplier<Scratch> scratches) {
        this.scratches = scratches;
        this.sourceTranslated = sourceTranslated;
        this.targetBag = targetBag;
        this.targetTranslated = targetTranslated;
        this.sourceBag = sourceBag;
        Scratch scratch = scratches.get();
        this.sourceTranslatedInverseNorms = inverseNorms(neighbourDots(sourceTranslated, scratch.target));
        this.targetBagInverseNorms = inverseNorms(neighbourDots(targetBag, scratch.target));
        this.targetTranslatedInverseNorms = inverseNorms(neighbourDots(targetTranslated, scratch.source));
        this.sourceBagInverseNorms = inverseNorms(neighbourDots(sourceBag, scratch.source));
        this.forwardDots = new PairCache(sourceTranslated.length);
        this.backwardDots = new PairCache(sourceTranslated.length);
    }

    /**
     * sums[c][i] = |v[i] + ... + v[i + c]|², the squared norm of the sum of c+1 neighbours, from
     * the dot products of neighbours: a bead's norm is then one array read. {@code spread} is
     * all zero scratch over the vectors' ids (and left so).
     */
    private static double[][] neighbourDots(SparseVector[] v, float[] spread) {
        int max = SentenceAligner.MAX_SHAPE;
        double[][] near = new double[max][v.length];
        for (int i = 0; i < v.length; i++) {
            near[0][i] = v[i].squaredNorm();
            v[i].scatter(spread);
            for (int d = 1; d < max && i + d < v.length; d++) {
                near[d][i] = v[i + d].dotDense(spread);  // bit for bit v[i].dot(v[i + d])
            }
            v[i].unscatter(spread);
        }
        double[][] sums = new double[max][v.length];
        for (int i = 0; i < v.length; i++) {
            for (int c = 0; c < max && i + c < v.length; c++) {
                double sum = 0;
                for (int a = i; a <= i + c; a++) {
                    sum += near[0][a];
                    for (int b = a + 1; b <= i + c; b++) {
                        sum += 2 * near[b - a][a];
                    }
                }
                sums[c][i] = sum;
            }
        }
        return sums;
    }

    /**
     * Dense arrays over the two vocabularies, for a sentence's vectors spread out: one per thread,
     * kept by the model from document to document (allocating and zeroing them for each document
     * cost more than the dot products they serve on a short one), and all zero between uses.
     */
    static final class Scratch {
        private final float[] source;
        private final float[] target;

        Scratch(int sourceVocabulary, int targetVocabulary) {
            this.source = new float[sourceVocabulary];
            this.target = new float[targetVocabulary];
        }
    }

    /** The calling thread's scratch, for {@link #rowDots}. */
    Scratch scratch() {
        return scratches.get();
    }

    /**
     * Stores the dot products of source sentence i and target sentences [j0, j0 + count): forward
     * (source translated · target words) in {@code forward[at + d]} and backward in
     * {@code backward[at + d]}, memoised. Those not in the memo are computed against sentence i's
     * vectors spread out in {@code scratch} ({@link SparseVector#dotDense}), or merged one by one
     * when it is null (a few pairs, where spreading would not pay).
     */
    void rowDots(int i, int j0, int count, float[] forward, float[] backward, int at, Scratch scratch) {
        boolean missing = false;
        for (int d = 0; d < count; d++) {
            int j = j0 + d;
            float f = forwardDots.get(i, j);
            float g = backwardDots.get(i, j);
            // both looked at: on another thread, one of the pair may be stored before the other
            if (Float.isNaN(f) || Float.isNaN(g)) {
                missing = true;
                f = Float.NaN;
            }
            forward[at + d] = f;
            backward[at + d] = g;
        }
        if (!missing) {
            return;
        }
        if (scratch == null) {
            for (int d = 0; d < count; d++) {
                if (Float.isNaN(forward[at + d])) {
                    forward[at + d] = (float) sourceTranslated[i].dot(targetBag[j0 + d]);
                    backward[at + d] = (float) targetTranslated[j0 + d].dot(sourceBag[i]);
                }
            }
        } else {
            spreadDots(i, j0, count, forward, backward, at, scratch);
        }
        forwardDots.putAll(i, j0, forward, at, count);
        backwardDots.putAll(i, j0, backward, at, count);
    }

    private void spreadDots(int i, int j0, int count, float[] forward, float[] backward, int at, Scratch scratch) {
        sourceTranslated[i].scatter(scratch.target);
        sourceBag[i].scatter(scratch.source);
        for (int d = 0; d < count; d++) {
            if (Float.isNaN(forward[at + d])) {
                forward[at + d] = (float) targetBag[j0 + d].dotDense(scratch.target);
                backward[at + d] = (float) targetTranslated[j0 + d].dotDense(scratch.source);
            }
        }
        sourceTranslated[i].unscatter(scratch.target);
        sourceBag[i].unscatter(scratch.source);
    }

    /**
     * Mean of the two directions' cosines for source [s, s+a) against target [t, t+b), from the
     * sums of its sentence pairs' dot products ({@link #rowDots}).
     */
    double similarityOfSums(int s, int a, int t, int b, double forward, double backward) {
        double cosForward = forward * inverseNorm(sourceTranslatedInverseNorms, s, a)
                * inverseNorm(targetBagInverseNorms, t, b);
        double cosBackward = backward * inverseNorm(targetTranslatedInverseNorms, t, b)
                * inverseNorm(sourceBagInverseNorms, s, a);
        return (cosForward + cosBackward) * 0.5;  // exactly the halving, without a division
    }

    private static double inverseNorm(double[][] inverses, int start, int count) {
        return inverses[count - 1][start];
    }

    /**
     * The inverse norm {@code 1 / √sums[c][i]} of each sum of neighbours, or 0 for an empty one
     * (whose cosine with anything is 0): a bead's cosine is then its dot product times two of
     * these, without the two square roots and the division per bead that the cosine took.
     */
    private static double[][] inverseNorms(double[][] sums) {
        double[][] inverses = new double[sums.length][];
        for (int c = 0; c < sums.length; c++) {
            inverses[c] = new double[sums[c].length];
            for (int i = 0; i < sums[c].length; i++) {
                inverses[c][i] = sums[c][i] > 0 ? 1 / Math.sqrt(sums[c][i]) : 0;
            }
        }
        return inverses;
    }
}
