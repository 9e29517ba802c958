package dev.bitext.align;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntUnaryOperator;

/**
 * The bead costs of consecutive lattice rows for one sweep, row after row ({@link BeadCost#row}). Costs do
 * not depend on the sweep's results, so on a machine with more than one core a long sweep has them computed
 * ahead, a block of rows at a time, by a thread of its own while the sweep works on the rows before; short
 * sweeps and single-core machines compute each row when asked. Used by one sweep on one thread; close it
 * when done (or on failure) so that the helper thread stops.
 */
final class RowCosts implements AutoCloseable {
    /** Rows per block handed from the helper thread to the sweep. */
    private static final int BLOCK = 32;
    /** Sweeps shorter than this compute their costs themselves: a thread is not worth starting. */
    private static final int MIN_ROWS_AHEAD = 2048;
    /** Blocks in circulation: one being read, one ready, one being filled. */
    private static final int BLOCKS = 3;

    private final BeadCost cost;
    private final BeadType[] types;
    private final int from;
    private final int to;
    private final IntUnaryOperator first;
    private final IntUnaryOperator last;
    private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final BlockingQueue<Block> free = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread helper;
    private Block current;
    private int row;

    /** The rows' costs in one block, and what the helper thread ran into, if anything. */
    private static final class Block {
        final double[][][] rows;
        int start;
        RuntimeException failure;

        Block(int types) {
            rows = new double[BLOCK][types][];
        }
    }

    /**
     * Costs for rows {@code from..to}, each over columns {@code first(row)..last(row)} (rows where first
     * exceeds last get none).
     */
    RowCosts(BeadCost cost, BeadType[] types, int from, int to, IntUnaryOperator first, IntUnaryOperator last) {
        this.cost = cost;
        this.types = types;
        this.from = from;
        this.to = to;
        this.first = first;
        this.last = last;
        this.row = from;
        boolean ahead = to - from + 1 >= MIN_ROWS_AHEAD && Runtime.getRuntime().availableProcessors() > 1;
        for (int b = 0; b < (ahead ? BLOCKS : 1); b++) {
            free.add(new Block(types.length));
        }
        if (ahead) {
            helper = new Thread(this::fillAll, "bitext-row-costs");
            helper.setDaemon(true);
            helper.start();
        } else {
            helper = null;
        }
    }

    /**
     * The costs of the next row (rows are handed out in order, each once): {@code out[t][j - first(row)]}
     * as {@link BeadCost#row} gives them. Valid until the next call.
     */
    double[][] next() {
        int i = row++;
        if (helper == null) {
            Block b = free.peek();
            fill(b.rows[0], i);
            return b.rows[0];
        }
        if (current == null || i - current.start >= BLOCK) {
            if (current != null) {
                free.add(current);
            }
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for bead costs", e);
            }
            if (current.failure != null) {
                throw current.failure;
            }
        }
        return current.rows[i - current.start];
    }

    private void fillAll() {
        try {
            for (int start = from; start <= to; start += BLOCK) {
                Block b = free.take();
                b.start = start;
                try {
                    for (int i = start; i <= Math.min(to, start + BLOCK - 1); i++) {
                        fill(b.rows[i - start], i);
                    }
                } catch (RuntimeException e) {
                    b.failure = e;
                    full.put(b);
                    return;
                }
                full.put(b);
            }
        } catch (InterruptedException e) {
            // closed before the end of the sweep
        }
    }

    private void fill(double[][] out, int i) {
        int jLo = first.applyAsInt(i);
        int jHi = last.applyAsInt(i);
        if (jLo > jHi) {
            return;
        }
        for (int t = 0; t < out.length; t++) {
            if (out[t] == null || out[t].length < jHi - jLo + 1) {
                out[t] = new double[Math.max(64, 2 * (jHi - jLo + 1))];
            }
        }
        cost.row(types, i, jLo, jHi, out);
    }

    @Override
    public void close() {
        if (helper != null) {
            helper.interrupt();
        }
    }
}
