package org.bitext.align;

/**
 * The cost (negative log-likelihood, in nats) of one bead: source sentences
 * {@code [s, s + sourceCount)} against target sentences {@code [t, t + targetCount)}.
 * {@link Double#POSITIVE_INFINITY} forbids the bead. Implementations are pure, allocate
 * nothing, because the dynamic program calls them for every cell and shape, and may be called
 * from several threads at once (the kernel computes the costs of a long band in parallel).
 */
@FunctionalInterface
public interface BeadCost {
    double cost(int s, int sourceCount, int t, int targetCount);
}
