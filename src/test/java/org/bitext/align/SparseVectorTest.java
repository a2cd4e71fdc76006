package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
    /**
     * Float sums depend on their order: repeated ids must be summed as a sort of packed
     * (id, value bits) sums them, smallest value first, bit for bit; and the accumulator must
     * forget each vector's entries once it is built.
     */
    @Test
    void repeatedIdsAreSummedInTheOrderOfASortOfTheirValues() {
        Random random = new Random(3);
        SparseVector.Accumulator accumulator = new SparseVector.Accumulator(5_000);
        for (int vector = 0; vector < 300; vector++) {
            int entries = vector % 50 == 0 ? 0 : random.nextInt(400);
            int idRange = 1 + random.nextInt(vector % 3 == 0 ? 5_000 : 40);
            int[] ids = new int[entries];
            float[] values = new float[entries];
            int[] times = new int[entries];
            for (int k = 0; k < entries; k++) {
                ids[k] = random.nextInt(idRange);
                values[k] = random.nextInt(4) == 0 ? values[random.nextInt(k + 1)] : random.nextFloat() * 3 - 1;
                times[k] = random.nextInt(5) == 0 ? 1 + random.nextInt(30) : 1;
                accumulator.add(ids[k], values[k], times[k]);
            }
            SparseVector actual = accumulator.build();
            float[][] expected = sortedSums(ids, values, times);
            assertArrayEquals(toInts(expected[0]), actual.ids(), "ids of vector " + vector);
            assertArrayEquals(expected[1], actual.values(), "values of vector " + vector);
        }
    }

    @Test
    void noEntriesGiveTheEmptyVector() {
        SparseVector.Accumulator accumulator = new SparseVector.Accumulator(10);
        accumulator.add(3, 1f);
        accumulator.build();
        assertSame(SparseVector.EMPTY, accumulator.build());
    }

    @Test
    void dotProductMeetsOnCommonIds() {
        SparseVector.Accumulator accumulator = new SparseVector.Accumulator(200);
        accumulator.add(130, 2f);
        accumulator.add(1, 3f);
        accumulator.add(130, 1f);
        SparseVector a = accumulator.build();
        accumulator.add(130, 4f);
        accumulator.add(7, 5f);
        SparseVector b = accumulator.build();
        assertEquals(12.0, a.dot(b));
        assertEquals(18.0, a.squaredNorm());
    }

    /** Ids (as floats) and sums: every entry packed with its value's bits, sorted, summed in order. */
    private static float[][] sortedSums(int[] ids, float[] values, int[] times) {
        long[] packed = new long[Arrays.stream(times).sum()];
        int n = 0;
        for (int k = 0; k < ids.length; k++) {
            for (int t = 0; t < times[k]; t++) {
                packed[n++] = ((long) ids[k] << 32) | (Float.floatToRawIntBits(values[k]) & 0xFFFFFFFFL);
            }
        }
        Arrays.sort(packed);
        float[] outIds = new float[packed.length];
        float[] sums = new float[packed.length];
        int distinct = 0;
        for (long p : packed) {
            int id = (int) (p >>> 32);
            float v = Float.intBitsToFloat((int) p);
            if (distinct > 0 && outIds[distinct - 1] == id) {
                sums[distinct - 1] += v;
            } else {
                outIds[distinct] = id;
                sums[distinct++] = v;
            }
        }
        return new float[][] {Arrays.copyOf(outIds, distinct), Arrays.copyOf(sums, distinct)};
    }

    private static int[] toInts(float[] values) {
        int[] out = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = (int) values[k];
        }
        return out;
    }

    @Test
    void dotAgainstAScatteredVectorIsBitForBitTheMerge() {
        Random random = new Random(5);
        SparseVector.Accumulator accumulator = new SparseVector.Accumulator(300);
        float[] dense = new float[300];
        for (int round = 0; round < 200; round++) {
            SparseVector[] pair = new SparseVector[2];
            for (int v = 0; v < 2; v++) {
                for (int k = random.nextInt(40); k > 0; k--) {
                    accumulator.add(random.nextInt(300), random.nextFloat() * (float) Math.pow(10, random.nextInt(9) - 4));
                }
                pair[v] = accumulator.build();
            }
            pair[0].scatter(dense);
            assertEquals(Double.doubleToRawLongBits(pair[1].dot(pair[0])),
                    Double.doubleToRawLongBits(pair[1].dotDense(dense)));
            pair[0].unscatter(dense);
            assertEquals(0, java.util.stream.IntStream.range(0, dense.length).filter(i -> dense[i] != 0).count());
        }
    }
}
