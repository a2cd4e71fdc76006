package org.bitext.align;

/**
 * The cost (negative log-likelihood, in nats) of one bead: source sentences
 * {@code [s, s + sourceCount)} against target sentences {@code [t, t + targetCount)}.
 * {@link Double#POSITIVE_INFINITY} forbids the bead. Implementations are pure, allocate
 * nothing, because the dynamic program calls them for every cell and shape, and may be called
 * from several threads at once (the kernel computes the costs of a long band in parallel).
 */
@FunctionalInterface
interface BeadCost {
    double cost(int s, int sourceCount, int t, int targetCount);

    /**
     * The costs of the beads of every shape (k: {@code sourceSteps[k]}-{@code targetSteps[k]})
     * that end where source sentence {@code i} and target sentence {@code j} begin, as floats in
     * {@code out[at + k]}; +∞ where {@code allowed[k]} is false. Equal to calling {@link #cost}
     * for each; a cost model whose beads share work (the sentence pairs they cover) overrides it.
     */
    default void costsEndingAt(int i, int j, int[] sourceSteps, int[] targetSteps, boolean[] allowed, float[] out,
                               int at) {
        for (int k = 0; k < sourceSteps.length; k++) {
            out[at + k] = allowed[k]
                    ? (float) cost(i - sourceSteps[k], sourceSteps[k], j - targetSteps[k], targetSteps[k])
                    : Float.POSITIVE_INFINITY;
        }
    }

    /**
     * Fills {@code out[(band.index(i, j) - firstCell) * shapes + k]} with the cost of the bead of
     * shape k ending in each cell (i, j) of rows [from, to) of the band, or +∞ where it would start
     * outside the band. Equal to {@link #costsEndingAt} cell by cell; a cost model whose
     * neighbouring cells share work (the sentence pairs their beads cover) overrides it.
     */
    default void fillRows(Band band, int from, int to, int[] sourceSteps, int[] targetSteps, float[] out,
                          int firstCell) {
        int shapeCount = sourceSteps.length;
        boolean[] allowed = new boolean[shapeCount];
        for (int i = from; i < to; i++) {
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                for (int k = 0; k < shapeCount; k++) {
                    allowed[k] = band.allows(i, j, sourceSteps[k], targetSteps[k]);
                }
                costsEndingAt(i, j, sourceSteps, targetSteps, allowed, out, (band.index(i, j) - firstCell) * shapeCount);
            }
        }
    }

    /**
     * {@link #fillRows(Band, int, int, int[], int[], float[], int)} for a band that widens
     * {@code known} (the same document, the same cost model), whose bead costs are
     * {@code knownCosts}, indexed as {@code out} is but from the known band's first cell. A bead
     * that starts inside the known band and ends in one of its cells costs the same in the wider
     * one, so an implementation may copy it instead of computing it again; this default computes
     * every cost.
     */
    default void fillRows(Band band, int from, int to, int[] sourceSteps, int[] targetSteps, float[] out,
                          int firstCell, Band known, float[] knownCosts) {
        fillRows(band, from, to, sourceSteps, targetSteps, out, firstCell);
    }
}
