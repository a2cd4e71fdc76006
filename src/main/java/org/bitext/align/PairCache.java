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
        row(i, j, j).values[j - rows[i].base] = value;
    }

    /** Stores {@code values[from + d]} for (i, j0 + d), d in [0, count): one lock for a row's run of pairs. */
    synchronized void putAll(int i, int j0, float[] values, int from, int count) {
        if (count == 0) {
            return;
        }
        Row row = row(i, j0, j0 + count - 1);
        System.arraycopy(values, from, row.values, j0 - row.base, count);
    }

    /** Row i, grown to hold [j0, j1]. */
    private Row row(int i, int j0, int j1) {
        Row row = rows[i];
        if (row == null) {
            float[] values = new float[Math.max(MIN_GROWTH, j1 - j0 + 1 + MIN_GROWTH / 2)];
            Arrays.fill(values, Float.NaN);
            row = new Row(Math.max(0, j0 - MIN_GROWTH / 2), values);
            rows[i] = row;
        }
        if (j0 < row.base || j1 >= row.base + row.values.length) {
            int length = row.values.length;
            int from = Math.min(row.base, Math.max(0, j0 - Math.max(MIN_GROWTH, length / 2)));
            int to = Math.max(row.base + length, j1 + Math.max(MIN_GROWTH, length / 2));
            float[] grown = new float[to - from];
            Arrays.fill(grown, Float.NaN);
            System.arraycopy(row.values, 0, grown, row.base - from, length);
            row = new Row(from, grown);
            rows[i] = row;
        }
        return row;
    }
}
