package org.bitext.pipeline;

import java.util.Objects;

/**
 * How a batch runs, as opposed to what it computes: the outputs are the same bytes whatever
 * these are.
 *
 * @param jobs     units prepared and aligned at the same time (at least 1)
 * @param progress hears each unit finish
 * @param timings  records the time of each stage ({@link StageTimes#off()} by default)
 */
public record BatchOptions(int jobs, BatchProgress progress, StageTimes timings) {
    public BatchOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(timings, "timings");
    }

    /** Without timings. */
    public BatchOptions(int jobs, BatchProgress progress) {
        this(jobs, progress, StageTimes.off());
    }

    /** The same options, recording stage times into {@code times}. */
    public BatchOptions withTimings(StageTimes times) {
        return new BatchOptions(jobs, progress, times);
    }

    /** One job, no progress. */
    public static BatchOptions sequential() {
        return new BatchOptions(1, BatchProgress.NONE);
    }
}
