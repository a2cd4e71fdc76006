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

    /**
     * Heap a batch needs whatever its number of jobs, besides the documents kept between the
     * passes (a share of the heap, {@link KeptDocuments#HEAP_FRACTION}): the language model, the
     * lexicon and its training.
     */
    static final long HEAP_RESERVE_BYTES = 96L << 20;
    /**
     * Heap each job adds: its per-thread caches of words (some 15-20 MB) and the documents it has
     * in flight. Measured on the 10,000-document benchmark batch: under -Xmx512m (494 MB usable)
     * 10 jobs completed and 12 ran out of heap; under -Xmx1g 24 completed and 32 did not (on the
     * 1,000-document batch, which keeps fewer documents, 14 and 34 completed).
     */
    static final long HEAP_PER_JOB_BYTES = 32L << 20;

    /**
     * The most jobs a heap of {@code maxHeapBytes} runs without running out: {@code requested},
     * or fewer on a machine with many cores and a small heap (at least one): 8 under -Xmx512m, 21
     * under -Xmx1g, 45 under -Xmx2g. Outputs do not depend on the number of jobs, so fewer only
     * take longer.
     */
    public static int jobsForHeap(int requested, long maxHeapBytes) {
        long forJobs = maxHeapBytes - maxHeapBytes / KeptDocuments.HEAP_FRACTION - HEAP_RESERVE_BYTES;
        long fit = Math.max(1, forJobs / HEAP_PER_JOB_BYTES);
        return (int) Math.min(requested, fit);
    }

    /** One job, no progress. */
    public static BatchOptions sequential() {
        return new BatchOptions(1, BatchProgress.NONE);
    }
}
