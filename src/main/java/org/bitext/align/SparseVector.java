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

    /**
     * Builds vectors from unsorted (id, value) entries, one vector at a time, in time linear in
     * the entries: each id's sum is kept in a dense array over the id range, and the ids are
     * marked in a bit set (with a second level of bits marking its non-zero words, so that a few
     * entries scan a few words) and read back in order, instead of sorting the entries. An entry
     * may stand for the same (id, value) repeated: a long text translated word by word repeats
     * its function words' translations hundreds of times, and adds {@code value × times} once.
     * Sums run in the order of the entries, so equal entries in the same order give the same
     * floats. The scratch is reused from vector to vector: one accumulator per thread.
     */
    static final class Accumulator {
        private final long[] present;
        private final long[] presentWords;
        /** Per id, the sum of its entries since the last build; zero for every id not present. */
        private final float[] sums;
        private int distinct;

        /** @param bound every id added is in [0, bound) */
        Accumulator(int bound) {
            present = new long[(bound + 63) >>> 6];
            presentWords = new long[(present.length + 63) >>> 6];
            sums = new float[bound];
        }

        void add(int id, float value) {
            add(id, value, 1);
        }

        /**
         * Adds (id, value) {@code times} times over. No branch on whether the id is new: a sentence's
         * translations hit old and new ids in no order a predictor learns, and an absent id's sum is
         * zero, to which the first entry adds exactly.
         */
        void add(int id, float value, int times) {
            int word = id >>> 6;
            long bits = present[word];
            distinct += (int) (~bits >>> id) & 1;
            present[word] = bits | 1L << id;
            presentWords[word >>> 6] |= 1L << word;
            sums[id] += times == 1 ? value : value * times;
        }

        /** The vector of the entries added since the last call; the accumulator is then empty. */
        SparseVector build() {
            if (distinct == 0) {
                return EMPTY;
            }
            int[] ids = new int[distinct];
            float[] values = new float[distinct];
            int n = 0;
            for (int upper = 0; upper < presentWords.length; upper++) {
                long words = presentWords[upper];
                presentWords[upper] = 0;
                while (words != 0) {
                    int word = (upper << 6) + Long.numberOfTrailingZeros(words);
                    words &= words - 1;
                    long bits = present[word];
                    present[word] = 0;
                    while (bits != 0) {
                        int id = (word << 6) + Long.numberOfTrailingZeros(bits);
                        bits &= bits - 1;
                        ids[n] = id;
                        values[n++] = sums[id];
                        sums[id] = 0;
                    }
                }
            }
            distinct = 0;
            return new SparseVector(ids, values);
        }
    }

    /** The ids, in increasing order (a copy). */
    int[] ids() {
        return ids.clone();
    }

    /** The values, in the order of {@link #ids()} (a copy). */
    float[] values() {
        return values.clone();
    }

    double squaredNorm() {
        return squaredNorm;
    }

    /** Writes each value at its id in {@code dense} (zero elsewhere), for {@link #dotDense}. */
    void scatter(float[] dense) {
        for (int k = 0; k < ids.length; k++) {
            dense[ids[k]] = values[k];
        }
    }

    /** Zeroes what {@link #scatter} wrote. */
    void unscatter(float[] dense) {
        for (int id : ids) {
            dense[id] = 0;
        }
    }

    /**
     * The dot product with the vector scattered in {@code dense}, bit for bit {@link #dot}: the same
     * products are summed in the same order of ids, and an id the other vector lacks adds zero. No
     * branch per id as in a merge, so one sentence against a row of others is several times faster.
     */
    double dotDense(float[] dense) {
        double sum = 0;
        for (int k = 0; k < ids.length; k++) {
            sum += (double) values[k] * dense[ids[k]];
        }
        return sum;
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
