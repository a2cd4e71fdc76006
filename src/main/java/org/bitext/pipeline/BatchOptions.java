package org.bitext.pipeline;

import java.util.Objects;

/**
 * How a batch runs, as opposed to what it computes: the outputs are the same bytes whatever
 * these are.
 *
 * @param jobs     units prepared and aligned at the same time (at least 1)
 * @param progress hears each unit finish
 */
public record BatchOptions(int jobs, BatchProgress progress) {
    public BatchOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        Objects.requireNonNull(progress, "progress");
    }

    /** One job, no progress. */
    public static BatchOptions sequential() {
        return new BatchOptions(1, BatchProgress.NONE);
    }
}
