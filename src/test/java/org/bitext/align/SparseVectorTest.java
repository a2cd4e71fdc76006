package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
    /**
     * Float sums depend on their order: repeated ids must be summed in the order of their entries,
     * each entry adding its value times its repetitions, bit for bit as a plain map of sums would;
     * and the accumulator must forget each vector's entries once it is built.
     */
    @Test
    void repeatedIdsAreSummedInTheOrderOfTheirEntries() {
        Random random = new Random(3);
        SparseVector.Accumulator accumulator = new SparseVector.Accumulator(5_000);
        for (int vector = 0; vector < 300; vector++) {
            int entries = vector % 50 == 0 ? 0 : random.nextInt(400);
            int idRange = 1 + random.nextInt(vector % 3 == 0 ? 5_000 : 40);
            java.util.TreeMap<Integer, Float> expected = new java.util.TreeMap<>();
            for (int k = 0; k < entries; k++) {
                int id = random.nextInt(idRange);
                float value = random.nextFloat() * 3 - 1;
                int times = random.nextInt(5) == 0 ? 1 + random.nextInt(30) : 1;
                accumulator.add(id, value, times);
                float added = times == 1 ? value : value * times;
                expected.merge(id, added, (sum, more) -> sum + more);
            }
            SparseVector actual = accumulator.build();
            assertArrayEquals(expected.keySet().stream().mapToInt(Integer::intValue).toArray(), actual.ids(),
                    "ids of vector " + vector);
            float[] values = new float[expected.size()];
            int k = 0;
            for (float v : expected.values()) {
                values[k++] = v;
            }
            assertArrayEquals(values, actual.values(), "values of vector " + vector);
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
