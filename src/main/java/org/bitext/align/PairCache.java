package org.bitext.align;

import java.util.Arrays;

/**
 * Memoised values for pairs of sentences (source i, target j) near the alignment path. Each
 * source sentence keeps one dense row over the target positions visited so far, grown on demand:
 * the band visits a contiguous stretch of target positions per row, so a row costs a few dozen
 * floats and a look-up is an array index, not a hash probe (which dominated the aligner's time).
 *
 * <p>Safe for the aligner's threads without locking the reads: a row and its first target
 * position travel together in one immutable {@link Row} reference, growth and writes take a
 * lock, and a reader that misses a value another thread is writing sees NaN and computes it
 * again. The values are pure functions of the pair, so a race costs time, never a different
 * result.
 */
final class PairCache {
    private static final int MIN_GROWTH = 16;

    /** Target positions {@code [base, base + values.length)} of one source sentence. */
    private record Row(int base, float[] values) {
    }

    private final Row[] rows;

    PairCache(int sourceSize) {
        this.rows = new Row[sourceSize];
    }

    /** The value stored for (i, j), or NaN when there is none yet. */
    float get(int i, int j) {
        Row row = rows[i];
        if (row == null) {
            return Float.NaN;
        }
        int k = j - row.base;
        float[] values = row.values;
        return k < 0 || k >= values.length ? Float.NaN : values[k];
    }

    synchronized void put(int i, int j, float value) {
        Row row = rows[i];
        if (row == null) {
            float[] values = new float[MIN_GROWTH];
            Arrays.fill(values, Float.NaN);
            row = new Row(Math.max(0, j - MIN_GROWTH / 2), values);
            rows[i] = row;
        }
        int k = j - row.base;
        if (k < 0 || k >= row.values.length) {
            int length = row.values.length;
            int from = Math.min(row.base, Math.max(0, j - Math.max(MIN_GROWTH, length / 2)));
            int to = Math.max(row.base + length, j + Math.max(MIN_GROWTH, length / 2));
            float[] grown = new float[to - from];
            Arrays.fill(grown, Float.NaN);
            System.arraycopy(row.values, 0, grown, row.base - from, length);
            row = new Row(from, grown);
            rows[i] = row;
            k = j - from;
        }
        row.values[k] = value;
    }
}
