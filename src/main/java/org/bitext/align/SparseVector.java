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
     * the entries: ids are marked in a bit set over the id range (with a second level of bits
     * marking its non-zero words, so that a few entries scan a few words) and read back in order,
     * instead of sorting the entries. Repeated ids are summed in increasing order of their values'
     * bit patterns, as a sort of packed (id, value bits) would, so the sums are bit-for-bit those
     * of that sort. An entry may stand for the same (id, value) repeated: a long text translated
     * word by word repeats its function words' translations hundreds of times. The scratch is
     * reused from vector to vector: one accumulator per thread.
     */
    static final class Accumulator {
        private final long[] present;
        private final long[] presentWords;
        /** Per id, its latest entry; per entry, the previous entry of the same id (-1: none). */
        private final int[] latest;
        private int[] previous = new int[64];
        private float[] entryValues = new float[64];
        private int[] entryTimes = new int[64];
        private long[] repeated = new long[8];
        private int entries;
        private int distinct;

        /** @param bound every id added is in [0, bound) */
        Accumulator(int bound) {
            present = new long[(bound + 63) >>> 6];
            presentWords = new long[(present.length + 63) >>> 6];
            latest = new int[bound];
        }

        void add(int id, float value) {
            add(id, value, 1);
        }

        /** Adds (id, value) {@code times} times over. */
        void add(int id, float value, int times) {
            if (entries == entryValues.length) {
                previous = Arrays.copyOf(previous, entries * 2);
                entryValues = Arrays.copyOf(entryValues, entries * 2);
                entryTimes = Arrays.copyOf(entryTimes, entries * 2);
            }
            int word = id >>> 6;
            long bit = 1L << id;
            if ((present[word] & bit) == 0) {
                present[word] |= bit;
                presentWords[word >>> 6] |= 1L << word;
                previous[entries] = -1;
                distinct++;
            } else {
                previous[entries] = latest[id];
            }
            latest[id] = entries;
            entryTimes[entries] = times;
            entryValues[entries++] = value;
        }

        /** The vector of the entries added since the last call; the accumulator is then empty. */
        SparseVector build() {
            if (entries == 0) {
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
                        int entry = latest[id];
                        ids[n] = id;
                        values[n++] = previous[entry] < 0 && entryTimes[entry] == 1 ? entryValues[entry] : sum(entry);
                    }
                }
            }
            entries = 0;
            distinct = 0;
            return new SparseVector(ids, values);
        }

        /** The sum of an id's entries, smallest bit pattern (as unsigned) first. */
        private float sum(int entry) {
            int count = 0;
            for (int e = entry; e >= 0; e = previous[e]) {
                if (count == repeated.length) {
                    repeated = Arrays.copyOf(repeated, count * 2);
                }
                // Flipping the sign bit makes the signed order of the keys the unsigned order of the
                // bits; equal values may come in any order, so the repetitions go in the low half.
                int key = Float.floatToRawIntBits(entryValues[e]) ^ Integer.MIN_VALUE;
                repeated[count++] = ((long) key << 32) | entryTimes[e];
            }
            if (count == 2) {
                // the usual case (a word two words of a sentence translate to): a swap is the sort
                if (repeated[0] > repeated[1]) {
                    long first = repeated[0];
                    repeated[0] = repeated[1];
                    repeated[1] = first;
                }
            } else {
                Arrays.sort(repeated, 0, count);
            }
            float sum = 0;
            boolean first = true;
            for (int k = 0; k < count; k++) {
                float value = Float.intBitsToFloat((int) (repeated[k] >>> 32) ^ Integer.MIN_VALUE);
                for (int times = (int) repeated[k]; times > 0; times--) {
                    sum = first ? value : sum + value;
                    first = false;
                }
            }
            return sum;
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
