package org.bitext.align;

import java.util.Arrays;

/**
 * A sparse vector with sorted ids. Arrays rather than maps: dot products are a linear merge and
 * allocate nothing, which matters in the dynamic program.
 */
final class SparseVector {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    private final int[] ids;
    private final float[] values;
    private final double squaredNorm;

    private SparseVector(int[] ids, float[] values) {
        this.ids = ids;
        this.values = values;
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        this.squaredNorm = sum;
    }

    /** Builds a vector from unsorted (id, value) entries; repeated ids are summed. */
    static SparseVector of(int[] ids, float[] values, int count) {
        if (count == 0) {
            return EMPTY;
        }
        long[] packed = new long[count];
        for (int k = 0; k < count; k++) {
            packed[k] = ((long) ids[k] << 32) | (Float.floatToRawIntBits(values[k]) & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        int[] outIds = new int[count];
        float[] outValues = new float[count];
        int n = 0;
        for (long p : packed) {
            int id = (int) (p >>> 32);
            float v = Float.intBitsToFloat((int) p);
            if (n > 0 && outIds[n - 1] == id) {
                outValues[n - 1] += v;
            } else {
                outIds[n] = id;
                outValues[n] = v;
                n++;
            }
        }
        return new SparseVector(Arrays.copyOf(outIds, n), Arrays.copyOf(outValues, n));
    }

    double squaredNorm() {
        return squaredNorm;
    }

    double dot(SparseVector other) {
        int i = 0;
        int j = 0;
        double sum = 0;
        int[] a = ids;
        int[] b = other.ids;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += (double) values[i] * other.values[j];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
