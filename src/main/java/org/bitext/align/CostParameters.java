package org.bitext.align;

/**
 * The numbers behind {@link FeatureCost}. Length ratio and variance and the bead priors are
 * re-estimated per document pair from a first pass; the rest were fitted on the development
 * sets (see {@code bench/quality}).
 *
 * @param lengthRatio    expected target length per source character
 * @param lengthVariance Gale–Church variance of the length difference per character
 * @param deletionPrior  prior probability of a 1-0 bead, and of a 0-1 bead
 * @param mergePrior     prior probability of all many-to-one and many-to-many beads together
 * @param numberMatch    reward for each number found on both sides of a bead
 * @param numberMismatch cost for each number found on one side only
 * @param paragraphShift cost of a link bead that starts a paragraph on one side only
 * @param lexicalWeight  nats per unit of lexical cosine similarity
 * @param lexicalCenter  the similarity at which the lexical term is neutral
 * @param sharedWordWeight nats per unit of Dice overlap of {@link SharedWords}
 * @param nameWeight     reward for each name found on both sides of a bead ({@link NameAnchors})
 * @param mergeDecay     how much rarer each extra sentence makes a merge (re-estimated per pair)
 */
public record CostParameters(double lengthRatio, double lengthVariance, double deletionPrior, double mergePrior,
                             double numberMatch, double numberMismatch, double paragraphShift,
                             double lexicalWeight, double lexicalCenter, double sharedWordWeight,
                             double nameWeight, double mergeDecay) {
    /** Measured on the dev sets: 0.5 lifts NTREX strict F1 0.953 -> 0.959; 1.0 and more hurt (false name matches). */
    static final double NAME_WEIGHT = 0.5;
    /** Each extra sentence in a merge makes it this much rarer, before the pair's own first pass says otherwise. */
    static final double MERGE_DECAY = 0.12;

    public CostParameters {
        if (!(deletionPrior > 0 && mergePrior > 0 && 2 * deletionPrior + mergePrior < 1)) {
            throw new IllegalArgumentException("bead priors must leave room for 1-1 links: deletion "
                    + deletionPrior + ", merges " + mergePrior);
        }
        if (!(mergeDecay > 0 && mergeDecay <= 1)) {
            throw new IllegalArgumentException("merge decay must be in (0, 1]: " + mergeDecay);
        }
    }

    public static CostParameters defaults(double lengthRatio) {
        return new CostParameters(lengthRatio, 6.8, 0.1, 0.09, 1.5, 0.7, 2.0, 16.0, 0.15, 4.0, NAME_WEIGHT, MERGE_DECAY);
    }

    public CostParameters withLength(double ratio, double variance) {
        return new CostParameters(ratio, variance, deletionPrior, mergePrior, numberMatch, numberMismatch,
                paragraphShift, lexicalWeight, lexicalCenter, sharedWordWeight, nameWeight, mergeDecay);
    }

    public CostParameters withMergeDecay(double decay) {
        return new CostParameters(lengthRatio, lengthVariance, deletionPrior, mergePrior, numberMatch, numberMismatch,
                paragraphShift, lexicalWeight, lexicalCenter, sharedWordWeight, nameWeight, decay);
    }

    public CostParameters withLexicalWeight(double weight) {
        return new CostParameters(lengthRatio, lengthVariance, deletionPrior, mergePrior, numberMatch, numberMismatch,
                paragraphShift, weight, lexicalCenter, sharedWordWeight, nameWeight, mergeDecay);
    }

    public CostParameters withPriors(double deletion, double merges) {
        return new CostParameters(lengthRatio, lengthVariance, deletion, merges, numberMatch, numberMismatch,
                paragraphShift, lexicalWeight, lexicalCenter, sharedWordWeight, nameWeight, mergeDecay);
    }

    /** Prior probability of a bead shape: merges get rarer with every extra sentence. */
    public double prior(BeadShape shape) {
        if (!shape.isLink()) {
            return deletionPrior;
        }
        int extra = shape.source() + shape.target() - 2;
        return extra == 0 ? 1 - 2 * deletionPrior - mergePrior
                : mergePrior * Math.pow(mergeDecay, extra - 1) / mergeShapes(mergeDecay);
    }

    /**
     * Sum of decay^(extra-1) over the merge shapes of {@link SentenceAligner#SHAPES} (every shape
     * up to 3-3, and 1-4 and 4-1), so that merges share mergePrior.
     */
    private static double mergeShapes(double decay) {
        return 2 + 3 * decay + 4 * decay * decay + Math.pow(decay, 3);
    }
}
