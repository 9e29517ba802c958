package dev.bitext.align;

import java.util.Arrays;

/**
 * The cells of the (n+1) x (m+1) alignment lattice that a search visits: for each source position
 * {@code i} the target positions {@code lo[i]..hi[i]}, both non-decreasing in {@code i}. Memory is linear
 * in the number of cells, never n x m. Immutable after construction.
 */
final class Band {
    final int n;
    final int m;
    private final int[] lo;
    private final int[] hi;
    private final long[] rowStart;
    private final long cells;

    private Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        // Monotone envelopes, clipped to the lattice, with both corners inside.
        lo[0] = 0;
        hi[n] = m;
        for (int i = n - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, Math.min(lo[i], m));
            hi[i] = Math.max(lo[i], Math.min(hi[i], m));
        }
        // Neighbouring rows must overlap so that a path can cross them.
        for (int i = 1; i <= n; i++) {
            if (lo[i] > hi[i - 1]) {
                hi[i - 1] = lo[i];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            hi[i] = Math.min(hi[i], hi[i + 1]);
        }
        this.lo = lo;
        this.hi = hi;
        this.rowStart = new long[n + 2];
        long total = 0;
        for (int i = 0; i <= n; i++) {
            rowStart[i] = total;
            total += hi[i] - lo[i] + 1;
        }
        rowStart[n + 1] = total;
        this.cells = total;
    }

    /** A band of half-width {@code w} around the straight line from (0,0) to (n,m). */
    static Band aroundDiagonal(int n, int m, int w) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            long c = n == 0 ? m : (long) i * m / n;
            lo[i] = (int) Math.max(0, c - w);
            hi[i] = (int) Math.min(m, c + w);
        }
        return new Band(n, m, lo, hi);
    }

    /**
     * A band of half-width {@code w} around a path given as lattice points {@code (pathI[k], pathJ[k])},
     * from (0,0) to (n,m), non-decreasing in both coordinates.
     */
    static Band aroundPath(int n, int m, int[] pathI, int[] pathJ, int w) {
        int[] widths = new int[n + 1];
        java.util.Arrays.fill(widths, w);
        return aroundPath(n, m, pathI, pathJ, widths);
    }

    /**
     * A band around a path (see {@link #aroundPath(int, int, int[], int[], int)}) whose half-width at row
     * {@code i} is {@code widths[i]}.
     */
    static Band aroundPath(int n, int m, int[] pathI, int[] pathJ, int[] widths) {
        int[] minJ = new int[n + 1];
        int[] maxJ = new int[n + 1];
        Arrays.fill(minJ, Integer.MAX_VALUE);
        Arrays.fill(maxJ, Integer.MIN_VALUE);
        for (int k = 0; k < pathI.length; k++) {
            int i = pathI[k];
            minJ[i] = Math.min(minJ[i], pathJ[k]);
            maxJ[i] = Math.max(maxJ[i], pathJ[k]);
            if (k > 0) {
                // rows crossed inside a bead lie between its end points
                for (int r = pathI[k - 1] + 1; r < i; r++) {
                    minJ[r] = Math.min(minJ[r], pathJ[k - 1]);
                    maxJ[r] = Math.max(maxJ[r], pathJ[k]);
                }
            }
        }
        // The path is monotone, so minJ and maxJ are non-decreasing: the extremes over the rows
        // [i - w, i + w] sit at the ends of that window.
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int w = widths[i];
            lo[i] = Math.max(0, minJ[Math.max(0, i - w)] - w);
            hi[i] = Math.min(m, maxJ[Math.min(n, i + w)] + w);
        }
        return new Band(n, m, lo, hi);
    }

    /**
     * The part of this band between lattice points {@code (fromI, fromJ)} and {@code (toI, toJ)}, both inside
     * it, with {@code (fromI, fromJ)} as its origin: row r holds the cells of row {@code fromI + r} whose column
     * lies in {@code fromJ..toJ}, shifted by {@code -fromJ}. Every cell of the window is a cell of this band.
     */
    Band window(int fromI, int fromJ, int toI, int toJ) {
        int rows = toI - fromI;
        int[] l = new int[rows + 1];
        int[] h = new int[rows + 1];
        for (int r = 0; r <= rows; r++) {
            l[r] = Math.max(lo[fromI + r], fromJ) - fromJ;
            h[r] = Math.min(hi[fromI + r], toJ) - fromJ;
        }
        return new Band(rows, toJ - fromJ, l, h);
    }

    /** Whether the band is the whole lattice. */
    boolean isFull() {
        for (int i = 0; i <= n; i++) {
            if (lo[i] != 0 || hi[i] != m) {
                return false;
            }
        }
        return true;
    }

    int lo(int i) {
        return lo[i];
    }

    int hi(int i) {
        return hi[i];
    }

    long cells() {
        return cells;
    }

    /** The flat index of cell (i, j), or -1 when it lies outside the band. */
    int index(int i, int j) {
        if (i < 0 || i > n || j < lo[i] || j > hi[i]) {
            return -1;
        }
        return (int) (rowStart[i] + j - lo[i]);
    }

    /** Whether (i, j) lies within {@code margin} of an inner edge of the band (an edge that is not the lattice's). */
    boolean nearEdge(int i, int j, int margin) {
        return (lo[i] > 0 && j - lo[i] < margin) || (hi[i] < m && hi[i] - j < margin);
    }
}
