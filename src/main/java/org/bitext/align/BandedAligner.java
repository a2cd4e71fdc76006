package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

/**
 * Monotone sentence alignment by dynamic programming inside a band around the diagonal.
 *
 * <p>Time and memory are O((n + m) · w) for a band of half-width w: the band starts narrow and
 * is widened, around the rows where it happens only, while the best path touches its edge (the
 * hunalign/vecalign remedy for documents whose translation drifts from the diagonal), so no
 * n×m matrix is ever built for a real translation. The kernel knows nothing of languages: it sees bead shapes and a
 * {@link BeadCost}.
 *
 * <p>Each bead of the best path is scored with its posterior probability, computed by the
 * forward-backward algorithm over all paths in the band with costs divided by a temperature.
 * A bead that every competing path agrees on scores near 1; a bead whose neighbourhood admits
 * several equally good readings scores low.
 */
final class BandedAligner {
    /** Rows on either side of an edge touch that are widened too, in multiples of the new half-width. */
    private static final int WIDEN_REACH = 4;
    /** Rows whose bead costs are computed together before the dynamic program runs over them. */
    private static final int BLOCK_ROWS = 512;
    /** Blocks with fewer cells are filled on the calling thread: a fork would cost more than it saves. */
    private static final int MIN_PARALLEL_CELLS = 4_096;
    /** Parts a block is split into: the common pool's threads and the caller. */
    private static final int PARTS = Math.max(1, ForkJoinPool.getCommonPoolParallelism() + 1);

    private final List<BeadShape> shapes;
    /** Each shape's size on either side, as arrays for the inner loop (never written after construction). */
    private final int[] sourceSteps;
    private final int[] targetSteps;
    private final int initialHalfWidth;
    private final double temperature;

    public BandedAligner(List<BeadShape> shapes, int initialHalfWidth, double temperature) {
        this.shapes = List.copyOf(shapes);
        this.sourceSteps = this.shapes.stream().mapToInt(BeadShape::source).toArray();
        this.targetSteps = this.shapes.stream().mapToInt(BeadShape::target).toArray();
        this.initialHalfWidth = initialHalfWidth;
        this.temperature = temperature;
    }

    public Alignment align(int n, int m, BeadCost cost) {
        return align(n, m, cost, null);
    }

    /**
     * Aligns inside a band around {@code center} (the target position expected for each source
     * position 0..n, non-decreasing, from a coarser alignment), or around the diagonal when it
     * is null.
     */
    public Alignment align(int n, int m, BeadCost cost, int[] center) {
        return align(n, m, cost, center, initialHalfWidth);
    }

    /**
     * Aligns inside a band of at least {@code startHalfWidth} around {@code center} (or the
     * diagonal when null), doubled while the best path touches its edge: a centre that comes
     * from an earlier alignment of the same pair needs only a narrow band.
     */
    public Alignment align(int n, int m, BeadCost cost, int[] center, int startHalfWidth) {
        if (n == 0 && m == 0) {
            return new Alignment(List.of(), 0, 0);
        }
        // The diagonal moves up to `slope` columns a row: the band must hold two such steps on
        // either side. Rounded after multiplying, so that a pair of 41 and 40 sentences gets the
        // width of a slope of 1.03, not 2 (what rounding the slope itself gave, for nearly every pair).
        double slope = n == 0 || m == 0 ? 1 : Math.max((double) m / n, (double) n / m);
        int[] widths = new int[n + 1];
        Arrays.fill(widths, Math.max(startHalfWidth, center == null ? (int) Math.ceil(2 * slope) + 2 : 2));
        int[] path = center == null ? Band.diagonal(n, m) : center;
        Lattice previous = null;
        while (true) {
            Band band = Band.around(n, m, path, widths);
            Lattice lattice = forward(band, cost, previous);
            List<int[]> best = traceback(lattice);
            if (band.isFull() || !widenWhereTouched(band, best, widths)) {
                return score(lattice, best);
            }
            // only its band and bead costs are kept: the rest would double the memory of the next run
            previous = lattice.beadCost() == null ? null
                    : new Lattice(band, null, null, null, null, null, lattice.beadCost(), cost);
        }
    }

    /**
     * Doubles the band's half-width around every row where the best path touches its edge, for
     * {@link #WIDEN_REACH} times the new half-width on either side, so that the next run may
     * find a better path there. Only there: in a long document a path that touches the edge
     * once (a long untranslated passage, say) would otherwise double the whole band, and with
     * it the time of every later run.
     *
     * @return false when the path touches no edge (the band holds the best path)
     */
    private static boolean widenWhereTouched(Band band, List<int[]> path, int[] widths) {
        int[] before = widths.clone();
        boolean touched = false;
        for (int[] cell : path) {
            int i = cell[0];
            int j = cell[1];
            if ((j == band.lo(i) && j > 0) || (j == band.hi(i) && j < band.m())) {
                touched = true;
                int wider = 2 * before[i];
                int reach = WIDEN_REACH * wider;
                for (int r = Math.max(0, i - reach); r <= Math.min(band.n(), i + reach); r++) {
                    widths[r] = Math.max(widths[r], wider);
                }
            }
        }
        return touched;
    }

    /**
     * The filled band: Viterbi costs, back pointers, the forward sums, and the cost of the bead
     * of each shape ending in each cell ({@code beadCost[cell * shapes + k]}, infinite where the
     * bead is impossible) when they fit in memory, so that the backward pass never calls the
     * cost model again; else null, and the backward pass computes them again block by block.
     *
     * <p>The forward sums are probabilities, not their logarithms, scaled row by row: the sum of
     * all paths' probabilities from (0, 0) to cell (i, j) is {@code forward[cell] · e^scale[i]},
     * each row divided by its largest sum. Each term of a sum is then a product, with one
     * exponential per bead ({@code e^-cost}, kept in {@code weights} for the backward pass when
     * it fits) instead of one per bead and pass for a log-sum-exp and a logarithm per cell: the
     * exponentials were most of the dynamic program's time. A row's scale keeps its likeliest
     * sums near 1; a cell over 700 nats less likely than its row's best underflows to 0, which
     * for the posteriors is the same unless the best path passes there (a wide band around a long
     * untranslated passage, or a low temperature): {@link #score} then computes them from
     * log-sums ({@link #MIN_SCALED_SUM}).
     */
    private record Lattice(Band band, double[] best, byte[] back, double[] forward, double[] scale,
                           double[] weights, float[] beadCost, BeadCost cost) {
        /** The logarithm of the summed probability of the paths from (0, 0) to the cell. */
        double logForward(int cell, int row) {
            return Math.log(forward[cell]) + scale[row];
        }
    }

    /**
     * Bead costs are kept for the backward pass while they take at most an eighth of the heap;
     * a longer band computes them again instead, trading time for memory. Either way the costs
     * are the same floats, so the output does not depend on the heap size.
     */
    private static long maxStoredCosts() {
        return Runtime.getRuntime().maxMemory() / 8 / Float.BYTES;
    }

    /**
     * Fills {@code out[(cell - firstCell) * shapes + k]} with the cost of the bead of shape k
     * ending in each cell of rows [from, to), or +∞ where it would start outside the band. Bead
     * costs are independent of the dynamic program, so a long block is split between the
     * common pool's threads (each writes its own cells; the cost model is thread-safe); the
     * floats are the same however it is split.
     */
    private void fillCosts(Band band, BeadCost cost, int from, int to, float[] out, int firstCell) {
        fillCosts(band, cost, from, to, out, firstCell, null);
    }

    /** {@link #fillCosts}, copying what the narrower band of {@code previous} (when not null) computed. */
    private void fillCosts(Band band, BeadCost cost, int from, int to, float[] out, int firstCell, Lattice previous) {
        int cells = band.offset(to) - band.offset(from);
        int parts = cells < MIN_PARALLEL_CELLS ? 1 : Math.min(PARTS, to - from);
        Band known = previous == null ? null : previous.band();
        float[] knownCosts = previous == null ? null : previous.beadCost();
        if (parts == 1) {
            cost.fillRows(band, from, to, sourceSteps, targetSteps, out, firstCell, known, knownCosts);
            return;
        }
        IntStream.range(0, parts).parallel().forEach(part -> cost.fillRows(band,
                from + (int) ((long) (to - from) * part / parts), from + (int) ((long) (to - from) * (part + 1) / parts),
                sourceSteps, targetSteps, out, firstCell, known, knownCosts));
    }

    /**
     * {@link #fillCosts} for rows [from, to) of a band that widens {@code previous.band()}: a row
     * whose cells, and whose beads' starting cells, are the same in both bands (a bead reaches
     * back at most {@link #reach} rows) has the same bead costs, and copies them; only the rows
     * around the widening are computed. Widening is local, so in a long document most rows copy.
     * In a widened row too, a bead that starts and ends inside the old band keeps its old cost
     * ({@link BeadCost#fillRows(Band, int, int, int[], int[], float[], int, Band, float[])}): only
     * the beads that reach the new cells are computed. A short document often widens whole (its
     * path touches an edge here and there), and its widened rows were three quarters of the
     * cells of its second run.
     */
    private void fillCostsReusing(Band band, BeadCost cost, int from, int to, float[] out, Lattice previous) {
        Band old = previous.band();
        int shapeCount = sourceSteps.length;
        int reach = reach();
        int i = from;
        while (i < to) {
            if (sameRows(band, old, i - reach, i)) {
                int cells = band.hi(i) - band.lo(i) + 1;
                System.arraycopy(previous.beadCost(), old.offset(i) * shapeCount, out, band.offset(i) * shapeCount,
                        cells * shapeCount);
                i++;
            } else {
                int end = i + 1;
                while (end < to && !sameRows(band, old, end - reach, end)) {
                    end++;
                }
                // a widened row's cells that the old band held keep their beads' old costs, save
                // those of beads that start in its new cells
                fillCosts(band, cost, i, end, out, 0, previous);
                i = end;
            }
        }
    }

    /** Whether rows [from, to] (those that exist) have the same bounds in both bands. */
    private static boolean sameRows(Band a, Band b, int from, int to) {
        for (int r = Math.max(0, from); r <= to; r++) {
            if (a.lo(r) != b.lo(r) || a.hi(r) != b.hi(r)) {
                return false;
            }
        }
        return true;
    }

    /** The most source sentences a bead spans. */
    private int reach() {
        return Arrays.stream(sourceSteps).max().orElse(0);
    }

    /** The most cells in any {@code rows} consecutive rows of the band. */
    private static int maxCells(Band band, int rows) {
        int max = 0;
        for (int i = 0; i <= band.n(); i++) {
            max = Math.max(max, band.offset(Math.min(band.n() + 1, i + rows)) - band.offset(i));
        }
        return max;
    }

    /**
     * @param previous the lattice of the narrower band this one widens, or null: the rows that did
     *                 not change take their bead costs from it instead of computing them again
     */
    private Lattice forward(Band band, BeadCost cost, Lattice previous) {
        int cells = band.cells();
        int n = band.n();
        double[] best = new double[cells];
        byte[] back = new byte[cells];
        double[] fwd = new double[cells];
        double[] scale = new double[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[band.index(0, 0)] = 0;
        fwd[band.index(0, 0)] = 1;
        back[band.index(0, 0)] = -1;
        int shapeCount = shapes.size();
        boolean store = (long) cells * shapeCount <= maxStoredCosts();
        // a weight is a double: two floats' room, on top of the costs'
        boolean keepWeights = (long) cells * shapeCount * 3 <= maxStoredCosts();
        float[] beadCost = store ? new float[cells * shapeCount] : null;
        double[] weights = keepWeights ? new double[cells * shapeCount] : null;
        float[] block = store ? null : new float[maxCells(band, BLOCK_ROWS) * shapeCount];
        int[] startBase = new int[shapeCount];
        double[] rowFactor = new double[shapeCount];
        for (int r0 = 0; r0 <= n; r0 += BLOCK_ROWS) {
            int r1 = Math.min(n + 1, r0 + BLOCK_ROWS);
            float[] costs = store ? beadCost : block;
            int firstCell = store ? 0 : band.offset(r0);
            if (store && previous != null && previous.beadCost() != null) {
                fillCostsReusing(band, cost, r0, r1, beadCost, previous);
            } else {
                fillCosts(band, cost, r0, r1, costs, firstCell);
            }
            for (int i = r0; i < r1; i++) {
                startBases(band, i, startBase);
                // the row is summed in the scale of the row before, and each earlier row's sums
                // brought to it; a bead within the row reads sums already in that scale
                double provisional = i == 0 ? 0 : scale[i - 1];
                for (int k = 0; k < shapeCount; k++) {
                    int pi = i - sourceSteps[k];
                    rowFactor[k] = pi < 0 ? 0 : pi >= i - 1 ? 1 : Math.exp(scale[pi] - provisional);
                }
                int rowBase = band.offset(i) - band.lo(i);
                double rowMax = 0;
                for (int j = band.lo(i); j <= band.hi(i); j++) {
                    int here = rowBase + j;
                    if (i == 0 && j == 0) {
                        rowMax = fwd[here];
                        continue;
                    }
                    int at = (here - firstCell) * shapeCount;
                    double bestCost = Double.POSITIVE_INFINITY;
                    int bestShape = -1;
                    double sum = 0;
                    for (int k = 0; k < shapeCount; k++) {
                        double c = costs[at + k];
                        if (c == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        // a finite cost means the bead starts inside the band (fillRows)
                        int prev = startBase[k] + j;
                        double before = best[prev];
                        if (before == Double.POSITIVE_INFINITY) {
                            continue;
                        }
                        if (before + c < bestCost) {
                            bestCost = before + c;
                            bestShape = k;
                        }
                        double weight = Math.exp(-c / temperature);
                        if (weights != null) {
                            weights[here * shapeCount + k] = weight;
                        }
                        sum += fwd[prev] * rowFactor[k] * weight;
                    }
                    best[here] = bestCost;
                    back[here] = (byte) bestShape;
                    fwd[here] = sum;
                    rowMax = Math.max(rowMax, sum);
                }
                scale[i] = provisional + normalise(fwd, band.offset(i), band.offset(i + 1), rowMax);
            }
        }
        return new Lattice(band, best, back, fwd, scale, weights, beadCost, cost);
    }

    /**
     * Divides {@code sums[from, to)} by their largest, {@code max}, and returns its logarithm: the
     * row's new scale less the one it was summed in. A row with nothing reachable is left alone.
     */
    private static double normalise(double[] sums, int from, int to, double max) {
        if (max == 0 || max == 1) {
            return 0;
        }
        double inverse = 1 / max;
        for (int cell = from; cell < to; cell++) {
            sums[cell] *= inverse;
        }
        return Math.log(max);
    }

    /**
     * For each shape k, the number that added to j gives the index of the cell where a bead of
     * shape k ending in (i, j) starts, wherever that cell is in the band: one addition per bead in
     * the inner loop instead of {@link Band#index}'s three array reads. Unused for a shape that
     * reaches before row 0 (its costs are infinite).
     */
    private void startBases(Band band, int i, int[] out) {
        for (int k = 0; k < out.length; k++) {
            int pi = i - sourceSteps[k];
            out[k] = pi < 0 ? 0 : band.offset(pi) - band.lo(pi) - targetSteps[k];
        }
    }

    /**
     * For each shape k, the columns j of row i whose bead of shape k leaving (i, j) ends inside
     * the band ({@code from[k]..to[k]}, empty past the last row) and the number that added to j
     * gives the index of its end cell: two comparisons with locals in the backward pass's inner
     * loop instead of the band's bounds tests and {@link Band#index}.
     */
    private void endBases(Band band, int i, int[] from, int[] to, int[] base) {
        for (int k = 0; k < base.length; k++) {
            int ni = i + sourceSteps[k];
            if (ni > band.n()) {
                from[k] = 1;
                to[k] = 0;
                base[k] = 0;
            } else {
                from[k] = band.lo(ni) - targetSteps[k];
                to[k] = band.hi(ni) - targetSteps[k];
                base[k] = band.offset(ni) - band.lo(ni) + targetSteps[k];
            }
        }
    }

    /** Cells of the best path from (0,0) to (n,m), each as {i, j, shapeIndexInto}. */
    private List<int[]> traceback(Lattice lattice) {
        Band band = lattice.band();
        int i = band.n();
        int j = band.m();
        if (lattice.best()[band.index(i, j)] == Double.POSITIVE_INFINITY) {
            throw new IllegalStateException("no alignment path inside the band");
        }
        List<int[]> path = new ArrayList<>();
        while (i > 0 || j > 0) {
            int k = lattice.back()[band.index(i, j)];
            path.add(new int[] {i, j, k});
            i -= shapes.get(k).source();
            j -= shapes.get(k).target();
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * Below this, a path cell's scaled sum ({@link Lattice}) may have lost digits, or be a sum
     * that underflowed: its row's best is over 660 nats likelier. Possible only in a wide band
     * (a long untranslated passage, a path far from the row's likeliest cells) or at a low
     * temperature; the posteriors are then computed from log-sums instead.
     */
    private static final double MIN_SCALED_SUM = 1e-290;

    /** Turns the path into beads scored by their posterior probability. */
    private Alignment score(Lattice lattice, List<int[]> path) {
        Band band = lattice.band();
        if (lattice.forward()[band.index(band.n(), band.m())] < MIN_SCALED_SUM) {
            return scoreFromLogSums(lattice, path);
        }
        double[][] backward = backward(lattice);
        double[] bwd = backward[0];
        double[] bwdScale = backward[1];
        for (int[] cell : path) {
            BeadShape shape = shapes.get(cell[2]);
            if (lattice.forward()[band.index(cell[0] - shape.source(), cell[1] - shape.target())] < MIN_SCALED_SUM
                    || bwd[band.index(cell[0], cell[1])] < MIN_SCALED_SUM) {
                return scoreFromLogSums(lattice, path);
            }
        }
        double total = lattice.logForward(band.index(band.n(), band.m()), band.n());
        List<Bead> beads = new ArrayList<>(path.size());
        for (int[] cell : path) {
            BeadShape shape = shapes.get(cell[2]);
            int pi = cell[0] - shape.source();
            int pj = cell[1] - shape.target();
            double logPosterior = lattice.logForward(band.index(pi, pj), pi) - pathCost(lattice, cell) / temperature
                    + Math.log(bwd[band.index(cell[0], cell[1])]) + bwdScale[cell[0]] - total;
            beads.add(new Bead(pi, shape.source(), pj, shape.target(), Math.min(1.0, Math.exp(logPosterior))));
        }
        return new Alignment(beads, band.n(), band.m());
    }

    /** The cost of the path's bead ending in {@code cell} ({i, j, shape}), as the forward pass read it. */
    private double pathCost(Lattice lattice, int[] cell) {
        BeadShape shape = shapes.get(cell[2]);
        return lattice.beadCost() != null
                ? lattice.beadCost()[lattice.band().index(cell[0], cell[1]) * shapes.size() + cell[2]]
                : (float) lattice.cost().cost(cell[0] - shape.source(), shape.source(), cell[1] - shape.target(),
                        shape.target());
    }

    /**
     * {@link #score} from forward and backward log-sums, exact in any range: the lattice's scaled
     * sums lost a path cell ({@link #MIN_SCALED_SUM}). Twice the exponentials, rarely needed.
     */
    private Alignment scoreFromLogSums(Lattice lattice, List<int[]> path) {
        Band band = lattice.band();
        double[] fwd = logSums(lattice, true);
        double[] bwd = logSums(lattice, false);
        double total = fwd[band.index(band.n(), band.m())];
        List<Bead> beads = new ArrayList<>(path.size());
        for (int[] cell : path) {
            BeadShape shape = shapes.get(cell[2]);
            int pi = cell[0] - shape.source();
            int pj = cell[1] - shape.target();
            double logPosterior = fwd[band.index(pi, pj)] - pathCost(lattice, cell) / temperature
                    + bwd[band.index(cell[0], cell[1])] - total;
            beads.add(new Bead(pi, shape.source(), pj, shape.target(), Math.min(1.0, Math.exp(logPosterior))));
        }
        return new Alignment(beads, band.n(), band.m());
    }

    /**
     * The logarithms of the summed probabilities of the paths from (0, 0) to each cell
     * ({@code forward}) or from each cell to (n, m), by log-sum-exp over the beads.
     */
    private double[] logSums(Lattice lattice, boolean forward) {
        Band band = lattice.band();
        int n = band.n();
        int shapeCount = shapes.size();
        double[] sums = new double[band.cells()];
        java.util.Arrays.fill(sums, Double.NEGATIVE_INFINITY);
        sums[forward ? band.index(0, 0) : band.index(n, band.m())] = 0;
        double[] terms = new double[shapeCount];
        int[] from = new int[shapeCount];
        int[] to = new int[shapeCount];
        int[] base = new int[shapeCount];
        int reach = reach();
        float[] stored = lattice.beadCost();
        float[] block = stored != null ? null : new float[maxCells(band, BLOCK_ROWS + reach) * shapeCount];
        int lastBlock = n / BLOCK_ROWS * BLOCK_ROWS;
        for (int b = 0; b <= lastBlock; b += BLOCK_ROWS) {
            int r0 = forward ? b : lastBlock - b;
            int r1 = Math.min(n + 1, r0 + BLOCK_ROWS);
            float[] costs = stored != null ? stored : block;
            int firstCell = stored != null ? 0 : band.offset(r0);
            if (stored == null) {
                // backward, the beads leaving rows [r0, r1) end in rows up to r1 + reach - 1
                fillCosts(band, lattice.cost(), r0, forward ? r1 : Math.min(n + 1, r1 + reach), block, firstCell);
            }
            for (int step = 0; step < r1 - r0; step++) {
                int i = forward ? r0 + step : r1 - 1 - step;
                if (forward) {
                    startBases(band, i, base);
                } else {
                    endBases(band, i, from, to, base);
                }
                int rowBase = band.offset(i) - band.lo(i);
                for (int c = 0; c <= band.hi(i) - band.lo(i); c++) {
                    int j = forward ? band.lo(i) + c : band.hi(i) - c;
                    int here = rowBase + j;
                    if (forward ? i == 0 && j == 0 : i == n && j == band.m()) {
                        continue;
                    }
                    int count = 0;
                    for (int k = 0; k < shapeCount; k++) {
                        if (!forward && (j < from[k] || j > to[k])) {
                            continue;
                        }
                        int other = base[k] + j;
                        // forward, the bead ends here; backward, it ends in the other cell
                        double cost = costs[((forward ? here : other) - firstCell) * shapeCount + k];
                        if (cost == Double.POSITIVE_INFINITY || sums[other] == Double.NEGATIVE_INFINITY) {
                            continue;
                        }
                        terms[count++] = sums[other] - cost / temperature;
                    }
                    sums[here] = logSumExp(terms, count);
                }
            }
        }
        return sums;
    }

    static double logSumExp(double[] values, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            max = Math.max(max, values[k]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int k = 0; k < count; k++) {
            double d = values[k] - max;
            // e^-40 is below double precision next to the maximum's 1: skip the exponential
            if (d > -40) {
                sum += Math.exp(d);
            }
        }
        return max + Math.log(sum);
    }

    /**
     * The backward sums, scaled row by row as the forward ones are ({@link Lattice}): the summed
     * probability of the paths from cell (i, j) to (n, m) is {@code [0][cell] · e^[1][i]}.
     */
    private double[][] backward(Lattice lattice) {
        Band band = lattice.band();
        int n = band.n();
        int shapeCount = shapes.size();
        double[] bwd = new double[band.cells()];
        double[] scale = new double[n + 1];
        bwd[band.index(n, band.m())] = 1;
        int[] endFrom = new int[shapeCount];
        int[] endTo = new int[shapeCount];
        int[] endBase = new int[shapeCount];
        double[] rowFactor = new double[shapeCount];
        int reach = reach();
        double[] weights = lattice.weights();
        float[] stored = lattice.beadCost();
        float[] block = weights != null || stored != null ? null
                : new float[maxCells(band, BLOCK_ROWS + reach) * shapeCount];
        int lastBlock = n / BLOCK_ROWS * BLOCK_ROWS;
        for (int r0 = lastBlock; r0 >= 0; r0 -= BLOCK_ROWS) {
            int r1 = Math.min(n + 1, r0 + BLOCK_ROWS);
            float[] costs = stored != null ? stored : block;
            int firstCell = stored != null ? 0 : band.offset(r0);
            if (weights == null && stored == null) {
                // the beads leaving rows [r0, r1) end in rows up to r1 + reach - 1
                fillCosts(band, lattice.cost(), r0, Math.min(n + 1, r1 + reach), block, firstCell);
            }
            for (int i = r1 - 1; i >= r0; i--) {
                endBases(band, i, endFrom, endTo, endBase);
                double provisional = i == n ? 0 : scale[i + 1];
                for (int k = 0; k < shapeCount; k++) {
                    int ni = i + sourceSteps[k];
                    rowFactor[k] = ni > n ? 0 : ni <= i + 1 ? 1 : Math.exp(scale[ni] - provisional);
                }
                int rowBase = band.offset(i) - band.lo(i);
                double rowMax = 0;
                for (int j = band.hi(i); j >= band.lo(i); j--) {
                    if (i == n && j == band.m()) {
                        rowMax = bwd[rowBase + j];
                        continue;
                    }
                    double sum = 0;
                    for (int k = 0; k < shapeCount; k++) {
                        if (j < endFrom[k] || j > endTo[k]) {
                            continue;
                        }
                        int next = endBase[k] + j;
                        double after = bwd[next];
                        if (after == 0) {
                            continue;
                        }
                        double weight;
                        if (weights != null) {
                            // zero where the bead is impossible, or starts where no path reaches
                            weight = weights[next * shapeCount + k];
                        } else {
                            double c = costs[(next - firstCell) * shapeCount + k];
                            if (c == Double.POSITIVE_INFINITY) {
                                continue;
                            }
                            weight = Math.exp(-c / temperature);
                        }
                        sum += after * rowFactor[k] * weight;
                    }
                    bwd[rowBase + j] = sum;
                    rowMax = Math.max(rowMax, sum);
                }
                scale[i] = provisional + normalise(bwd, band.offset(i), band.offset(i + 1), rowMax);
            }
        }
        return new double[][] {bwd, scale};
    }
}
