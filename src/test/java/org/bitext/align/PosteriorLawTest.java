package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

/**
 * The kernel's scores are posterior probabilities: for each bead of the best path, the summed
 * probability of the paths through it over that of all paths, each path's probability being
 * e^(-cost / temperature). Checked against every path of small lattices, counted one by one,
 * at the temperature of the aligner (1) and at one so low that the likeliest cells of a row are
 * thousands of nats apart, where the kernel's row-scaled sums underflow and it must fall back to
 * log-sums.
 */
class PosteriorLawTest {
    private static final List<BeadShape> SHAPES = BeadShape.upTo(3);

    /** Costs from a hash of the bead, 0 to 8 nats, plus a prior that makes 1-1 beads likeliest. */
    private record HashedCost(long seed) implements BeadCost {
        @Override
        public double cost(int s, int sourceCount, int t, int targetCount) {
            long h = seed;
            for (int v : new int[] {s, sourceCount, t, targetCount}) {
                h = (h ^ v) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
            double jitter = (h >>> 11) * 0x1.0p-53 * 8;
            double prior = sourceCount == 1 && targetCount == 1 ? 0 : sourceCount == 0 || targetCount == 0 ? 3 : 2;
            return prior + jitter;
        }
    }

    @Test
    void scoresArePosteriorsAtTheAlignersTemperature() {
        for (long seed = 1; seed <= 6; seed++) {
            checkAgainstEveryPath(5, 4 + (int) (seed % 3), new HashedCost(seed), 1.0);
        }
    }

    @Test
    void scoresArePosteriorsWhereScaledSumsWouldUnderflow() {
        // costs of 0 to 11 nats divided by 0.002: cells of a row thousands of nats apart
        for (long seed = 1; seed <= 6; seed++) {
            checkAgainstEveryPath(5, 4 + (int) (seed % 3), new HashedCost(seed), 0.002);
        }
    }

    private static void checkAgainstEveryPath(int n, int m, BeadCost cost, double temperature) {
        // a half-width beyond both sides: the band is the whole lattice, as the enumeration is
        Alignment alignment = new BandedAligner(SHAPES, 10, temperature).align(n, m, cost);
        Map<List<Integer>, List<Double>> throughBead = new HashMap<>();
        List<Double> all = new ArrayList<>();
        enumerate(0, 0, n, m, cost, temperature, 0, new ArrayList<>(), throughBead, all);
        double logTotal = logSum(all);
        for (Bead bead : alignment.beads()) {
            List<Integer> key = List.of(bead.sourceStart(), bead.sourceCount(), bead.targetStart(), bead.targetCount());
            double expected = Math.exp(logSum(throughBead.get(key)) - logTotal);
            assertEquals(expected, bead.score(), 1e-9, () -> "bead " + key + " at temperature " + temperature);
        }
    }

    /** Every path from (i, j) to (n, m): its log-probability, added to each of its beads' lists. */
    private static void enumerate(int i, int j, int n, int m, BeadCost cost, double temperature, double logSoFar,
                                  List<List<Integer>> beads, Map<List<Integer>, List<Double>> throughBead,
                                  List<Double> all) {
        if (i == n && j == m) {
            all.add(logSoFar);
            for (List<Integer> bead : beads) {
                throughBead.computeIfAbsent(bead, b -> new ArrayList<>()).add(logSoFar);
            }
            return;
        }
        for (BeadShape shape : SHAPES) {
            int a = shape.source();
            int b = shape.target();
            if (i + a > n || j + b > m) {
                continue;
            }
            // the kernel keeps its costs as floats
            double c = (float) cost.cost(i, a, j, b);
            beads.add(List.of(i, a, j, b));
            enumerate(i + a, j + b, n, m, cost, temperature, logSoFar - c / temperature, beads, throughBead, all);
            beads.remove(beads.size() - 1);
        }
    }

    private static double logSum(List<Double> values) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return max + Math.log(values.stream().mapToDouble(v -> Math.exp(v - max)).sum());
    }
}
