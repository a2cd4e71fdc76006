package org.bitext.align;

/**
 * The numbers behind {@link FeatureCost}. Ratio and variance are estimated per document pair;
 * the rest were fitted on the development sets (see {@code bench/quality}).
 *
 * @param lengthRatio    expected target length per source character
 * @param lengthVariance Gale–Church variance of the length difference per character
 * @param linkPrior      prior probability of 1-1; other shapes derive from it in {@link #prior}
 * @param deletionPrior  prior probability of a 1-0 or 0-1 bead
 * @param numberMatch    reward for each number found on both sides of a bead
 * @param numberMismatch cost for each number found on one side only
 * @param paragraphShift cost of a link bead that starts a paragraph on one side only
 * @param lexicalWeight  nats per unit of lexical cosine similarity
 * @param lexicalCenter  the similarity at which the lexical term is neutral
 */
public record CostParameters(double lengthRatio, double lengthVariance, double linkPrior, double deletionPrior,
                             double numberMatch, double numberMismatch, double paragraphShift,
                             double lexicalWeight, double lexicalCenter) {

    public static CostParameters defaults(double lengthRatio) {
        return new CostParameters(lengthRatio, 6.8, 0.89, 0.01, 1.5, 0.7, 2.0, 12.0, 0.15);
    }

    public CostParameters withLength(double ratio, double variance) {
        return new CostParameters(ratio, variance, linkPrior, deletionPrior, numberMatch, numberMismatch,
                paragraphShift, lexicalWeight, lexicalCenter);
    }

    /** Prior probability of a bead shape: merges get rarer with every extra sentence. */
    public double prior(BeadShape shape) {
        if (!shape.isLink()) {
            return deletionPrior;
        }
        int extra = shape.source() + shape.target() - 2;
        double mergeShare = (1 - linkPrior - 2 * deletionPrior);
        return extra == 0 ? linkPrior : mergeShare * Math.pow(0.12, extra - 1) / 2.3;
    }
}
