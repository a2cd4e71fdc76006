package org.bitext.align;

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
    private final double[][] sourceTranslatedNear;
    private final double[][] targetBagNear;
    private final double[][] targetTranslatedNear;
    private final double[][] sourceBagNear;
    private final PairCounts forwardDots = new PairCounts(1 << 12);
    private final PairCounts backwardDots = new PairCounts(1 << 12);

    LexicalSimilarity(SparseVector[] sourceTranslated, SparseVector[] targetBag, SparseVector[] targetTranslated,
                      SparseVector[] sourceBag) {
        this.sourceTranslated = sourceTranslated;
        this.targetBag = targetBag;
        this.targetTranslated = targetTranslated;
        this.sourceBag = sourceBag;
        this.sourceTranslatedNear = neighbourDots(sourceTranslated);
        this.targetBagNear = neighbourDots(targetBag);
        this.targetTranslatedNear = neighbourDots(targetTranslated);
        this.sourceBagNear = neighbourDots(sourceBag);
    }

    /** near[d][i] = v[i] · v[i + d] for d = 0 .. MAX_SHAPE-1. */
    private static double[][] neighbourDots(SparseVector[] v) {
        double[][] near = new double[SentenceAligner.MAX_SHAPE][v.length];
        for (int i = 0; i < v.length; i++) {
            near[0][i] = v[i].squaredNorm();
            for (int d = 1; d < SentenceAligner.MAX_SHAPE && i + d < v.length; d++) {
                near[d][i] = v[i].dot(v[i + d]);
            }
        }
        return near;
    }

    /** Mean of the two directions' cosines for source [s, s+a) against target [t, t+b). */
    double similarity(int s, int a, int t, int b) {
        double forward = 0;
        double backward = 0;
        for (int i = s; i < s + a; i++) {
            for (int j = t; j < t + b; j++) {
                long key = PairCounts.key(i, j);
                int slot = forwardDots.find(key);
                if (slot < 0) {
                    forwardDots.set(slot = forwardDots.slot(key), sourceTranslated[i].dot(targetBag[j]));
                    backwardDots.set(backwardDots.slot(key), targetTranslated[j].dot(sourceBag[i]));
                }
                forward += forwardDots.get(slot);
                backward += backwardDots.get(backwardDots.find(key));
            }
        }
        double cosForward = cosine(forward, sumNorm(sourceTranslatedNear, s, a), sumNorm(targetBagNear, t, b));
        double cosBackward = cosine(backward, sumNorm(targetTranslatedNear, t, b), sumNorm(sourceBagNear, s, a));
        return (cosForward + cosBackward) / 2;
    }

    private static double sumNorm(double[][] near, int start, int count) {
        double sum = 0;
        for (int i = start; i < start + count; i++) {
            sum += near[0][i];
            for (int k = i + 1; k < start + count; k++) {
                sum += 2 * near[k - i][i];
            }
        }
        return sum;
    }

    private static double cosine(double dot, double squaredNormA, double squaredNormB) {
        if (squaredNormA <= 0 || squaredNormB <= 0) {
            return 0;
        }
        return dot / Math.sqrt(squaredNormA * squaredNormB);
    }
}
