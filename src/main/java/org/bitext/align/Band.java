package org.bitext.align;

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

    static Band aroundDiagonal(int n, int m, int halfWidth) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            long center = n == 0 ? 0 : Math.round((double) i * m / n);
            lo[i] = (int) Math.max(0, center - halfWidth);
            hi[i] = (int) Math.min(m, center + halfWidth);
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) {
            lo[i] = Math.max(lo[i], lo[i - 1]);
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

    int cells() {
        return cells;
    }

    boolean contains(int i, int j) {
        return j >= lo[i] && j <= hi[i];
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
