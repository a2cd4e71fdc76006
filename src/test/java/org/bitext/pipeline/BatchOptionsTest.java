package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchOptionsTest {
    private static final long MB = 1L << 20;

    @Test
    void jobsThatFitTheHeapAreKept() {
        assertEquals(2, BatchOptions.jobsForHeap(2, 494 * MB));
        assertEquals(64, BatchOptions.jobsForHeap(64, 6 * 1024 * MB));
    }

    @Test
    void moreJobsThanTheHeapHoldsAreCutToWhatWasMeasuredToRun() {
        // measured on the 10,000-document batch: 494 MB ran 10 jobs and not 12, 1 GB 24 and not 32
        int small = BatchOptions.jobsForHeap(32, 494 * MB);
        assertTrue(small >= 6 && small <= 10, "494 MB: " + small);
        int large = BatchOptions.jobsForHeap(64, 1024 * MB);
        assertTrue(large >= 16 && large <= 24, "1 GB: " + large);
    }

    @Test
    void aTinyHeapStillRunsOneJob() {
        assertEquals(1, BatchOptions.jobsForHeap(8, 64 * MB));
    }
}
