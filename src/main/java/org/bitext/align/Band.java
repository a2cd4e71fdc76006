package org.bitext.align;

import java.util.Arrays;

/**
 * The cells of an (n+1)×(m+1) lattice that the dynamic program may visit: for each row i a
 * contiguous range [lo(i), hi(i)] around the diagonal, stored row after row in one array.
 * Both bounds never decrease from one row to the next, so every cell can be reached.
 */
final class Band {
    private final int n;
    private final int m;
    private final int[] lo;
    private final int[] hi;
    private final int[] offset;
    private final int cells;

    private Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        this.lo = lo;
        this.hi = hi;
        this.offset = new int[n + 1];
        long total = 0;
        for (int i = 0; i <= n; i++) {
            offset[i] = (int) total;
            total += hi[i] - lo[i] + 1;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("band too large: " + total + " cells");
        }
        this.cells = (int) total;
    }

    /** The diagonal from (0, 0) to (n, m) as the target position of each source position. */
    static int[] diagonal(int n, int m) {
        int[] center = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            center[i] = n == 0 ? 0 : (int) Math.round((double) i * m / n);
        }
        return center;
    }

    /** The band around {@code center} with half-width {@code halfWidths[i]} in row i. */
    static Band around(int n, int m, int[] center, int[] halfWidths) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            // a row spans from its predecessor's centre to its successor's: where the centre jumps
            // (a run of deletions on the target side), the band follows the jump
            int from = center[Math.max(0, i - 1)];
            int to = center[Math.min(n, i + 1)];
            lo[i] = (int) Math.max(0, (long) Math.min(from, center[i]) - halfWidths[i]);
            hi[i] = (int) Math.min(m, (long) Math.max(to, center[i]) + halfWidths[i]);
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) {
            // non-decreasing bounds, and each row overlapping the one before, so that every
            // cell can be reached even where the centre jumps (a run of deletions)
            lo[i] = Math.min(Math.max(lo[i], lo[i - 1]), hi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            hi[i] = Math.min(hi[i], hi[i + 1]);
            lo[i] = Math.min(lo[i], hi[i]);
        }
        return new Band(n, m, lo, hi);
    }

    int n() {
        return n;
    }

    int m() {
        return m;
    }

    int lo(int i) {
        return lo[i];
    }

    int hi(int i) {
        return hi[i];
    }

    /** The index of the first cell of row i; {@code offset(n + 1)} is the number of cells. */
    int offset(int i) {
        return i > n ? cells : offset[i];
    }

    int cells() {
        return cells;
    }

    boolean contains(int i, int j) {
        return j >= lo[i] && j <= hi[i];
    }

    /** Whether a bead of {@code a}-{@code b} sentences ending in cell (i, j) starts inside the band. */
    boolean allows(int i, int j, int a, int b) {
        int pi = i - a;
        int pj = j - b;
        return pi >= 0 && pj >= 0 && contains(pi, pj);
    }

    int index(int i, int j) {
        return offset[i] + j - lo[i];
    }

    boolean isFull() {
        for (int i = 0; i <= n; i++) {
            if (lo[i] > 0 || hi[i] < m) {
                return false;
            }
        }
        return true;
    }
}
