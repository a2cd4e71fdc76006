package org.bitext.align;

import java.util.Arrays;

/**
 * An open-addressing map from a pair of word ids to a double, for IBM Model 1 counts. A
 * {@code HashMap<Long, Double>} would box every one of the millions of co-occurrences.
 */
final class PairCounts {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private double[] values;
    private int size;

    PairCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new double[capacity];
        Arrays.fill(keys, EMPTY);
    }

    static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    int size() {
        return size;
    }

    /** The slot of {@code key}, inserting it with value 0 when absent. */
    int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = 0;
        size++;
        if (size * 2 > keys.length) {
            grow();
            return slot(key);
        }
        return i;
    }

    /** The slot of {@code key}, or -1. */
    int find(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    double get(int slot) {
        return values[slot];
    }

    void set(int slot, double value) {
        values[slot] = value;
    }

    void add(int slot, double value) {
        values[slot] += value;
    }

    int capacity() {
        return keys.length;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    boolean occupied(int slot) {
        return keys[slot] != EMPTY;
    }

    void clearValues() {
        Arrays.fill(values, 0);
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldValues.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int s = slot(oldKeys[k]);
                values[s] = oldValues[k];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
