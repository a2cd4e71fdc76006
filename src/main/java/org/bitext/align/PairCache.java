package org.bitext.align;

import java.util.Arrays;

/**
 * Memoised values for pairs of sentences (source i, target j) near the alignment path. Each
 * source sentence keeps one dense row over the target positions visited so far, grown on demand:
 * the band visits a contiguous stretch of target positions per row, so a row costs a few dozen
 * floats and a look-up is an array index, not a hash probe (which dominated the aligner's time).
 */
final class PairCache {
    private static final int MIN_GROWTH = 16;

    private final int[] base;
    private final float[][] rows;

    PairCache(int sourceSize) {
        this.base = new int[sourceSize];
        this.rows = new float[sourceSize][];
    }

    /** The value stored for (i, j), or NaN when there is none yet. */
    float get(int i, int j) {
        float[] row = rows[i];
        int k = j - base[i];
        return row == null || k < 0 || k >= row.length ? Float.NaN : row[k];
    }

    void put(int i, int j, float value) {
        float[] row = rows[i];
        if (row == null) {
            row = new float[MIN_GROWTH];
            Arrays.fill(row, Float.NaN);
            base[i] = Math.max(0, j - MIN_GROWTH / 2);
            rows[i] = row;
        }
        int k = j - base[i];
        if (k < 0 || k >= row.length) {
            int from = Math.min(base[i], Math.max(0, j - Math.max(MIN_GROWTH, row.length / 2)));
            int to = Math.max(base[i] + row.length, j + Math.max(MIN_GROWTH, row.length / 2));
            float[] grown = new float[to - from];
            Arrays.fill(grown, Float.NaN);
            System.arraycopy(row, 0, grown, base[i] - from, row.length);
            rows[i] = grown;
            base[i] = from;
            row = grown;
            k = j - from;
        }
        row[k] = value;
    }
}
