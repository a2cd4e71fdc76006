package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bitext.bench.DevCorpus;
import org.bitext.model.Alignment;
import org.bitext.names.RecentNames;
import org.bitext.text.MatchTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The aligner's two inner parts apart: the bead cost of every shape ending in each cell of a
 * band ({@code beadCosts}) and the dynamic program over the cells ({@code dynamicProgram}). One
 * operation is every dev preseg pair; set-up prints the number of cells on standard error, so
 * that the time per cell follows. Both are package-private, so this class sits in their package
 * (the benchmark jar holds bitext's classes too); {@link org.bitext.bench.AlignerBench} measures
 * them together through the public aligner.
 *
 * <ul>
 *   <li>{@code beadCosts}: {@code FeatureCost.fillRows} over the band of half-width 5 around the
 *       diagonal of every dev preseg pair, with everything the second pass has (the lexicon trained
 *       on the dev set's first pass, the names shared across scripts, shared words, numbers,
 *       punctuation, paragraphs). A fresh cost per pair and operation, so the sentence-pair
 *       tables (lexical dot products, shared names and numbers) are built each time, as in the
 *       first run over a pair; the sentences' vectors and name signatures are made in set-up.</li>
 *   <li>{@code dynamicProgram}: {@code BandedAligner.align} on the same pairs' sizes with a
 *       synthetic bead cost of a few arithmetic operations (costs growing with the distance from
 *       the diagonal, plus a deterministic jitter): forward pass, traceback, backward pass and
 *       posteriors, with as good as no cost model behind them.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KernelBench {
    private static final int HALF_WIDTH = 5;

    /** One dev pair as the cost model sees it. */
    private record Prepared(List<SentenceFeatures> source, List<SentenceFeatures> target, CostParameters parameters,
                            LexicalSimilarity lexical, NameAnchors names, Band band) {
    }

    private final List<Prepared> pairs = new ArrayList<>();
    private final int[] sourceSteps = BeadShape.upTo(SentenceAligner.MAX_SHAPE).stream().mapToInt(BeadShape::source).toArray();
    private final int[] targetSteps = BeadShape.upTo(SentenceAligner.MAX_SHAPE).stream().mapToInt(BeadShape::target).toArray();
    private final BandedAligner kernel = new BandedAligner(BeadShape.upTo(SentenceAligner.MAX_SHAPE), HALF_WIDTH, 1.0);
    private float[] out;

    @Setup(Level.Trial)
    public void setUp() {
        List<DevCorpus.Pair> dev = DevCorpus.fromEnvironment().presegmented();
        SentenceAligner aligner = new SentenceAligner();
        LexicalModel.Builder training = new LexicalModel.Builder(200_000);
        List<AlignmentInput[]> inputs = new ArrayList<>();
        for (DevCorpus.Pair pair : dev) {
            AlignmentInput en = input(pair.english());
            AlignmentInput ar = input(pair.arabic());
            training.add(en, ar, aligner.align(en, ar));
            inputs.add(new AlignmentInput[] {en, ar});
        }
        LexicalModel lexicon = training.buildOrNull();
        NameAnchors.Folds folds = new NameAnchors.Folds(new RecentNames());
        int maxCells = 0;
        long cells = 0;
        for (AlignmentInput[] io : inputs) {
            int[][][] shared = SharedWords.ids(io[0].tokens(), io[1].tokens());
            List<SentenceFeatures> src = SentenceAligner.features(io[0], shared[0]);
            List<SentenceFeatures> tgt = SentenceAligner.features(io[1], shared[1]);
            int n = src.size();
            int m = tgt.size();
            double ratio = (double) Math.max(1, length(tgt)) / Math.max(1, length(src));
            CostParameters base = CostParameters.defaults(1.0);
            CostParameters parameters = base.withLength(ratio, base.lengthVariance())
                    .withLexicalWeight(base.lexicalWeight() * lexicon.evidence());
            int[] widths = new int[n + 1];
            Arrays.fill(widths, HALF_WIDTH);
            Band band = Band.around(n, m, Band.diagonal(n, m), widths);
            pairs.add(new Prepared(src, tgt, parameters, lexicon.similarity(io[0].tokens(), io[1].tokens()),
                    NameAnchors.of(io[0].sentences(), io[1].sentences(), folds), band));
            cells += band.cells();
            maxCells = Math.max(maxCells, band.cells());
        }
        out = new float[maxCells * sourceSteps.length];
        System.err.printf(java.util.Locale.ROOT, "KernelBench: %d pairs, %d cells in their bands%n", pairs.size(), cells);
    }

    private static AlignmentInput input(List<String> lines) {
        return AlignmentInput.unstructured(lines, lines.stream().map(MatchTokens::of).toList());
    }

    private static long length(List<SentenceFeatures> side) {
        return side.stream().mapToLong(SentenceFeatures::length).sum();
    }

    @Benchmark
    public void beadCosts(Blackhole hole) {
        for (Prepared p : pairs) {
            FeatureCost cost = new FeatureCost(p.source(), p.target(), p.parameters(), SentenceAligner.MAX_SHAPE,
                    p.lexical(), p.names());
            cost.fillRows(p.band(), 0, p.band().n() + 1, sourceSteps, targetSteps, out, 0);
            hole.consume(out[p.band().cells() - 1]);
        }
    }

    @Benchmark
    public void dynamicProgram(Blackhole hole) {
        for (Prepared p : pairs) {
            int n = p.band().n();
            int m = p.band().m();
            Alignment alignment = kernel.align(n, m, new SyntheticCost(n, m));
            hole.consume(alignment);
        }
    }

    /**
     * Costs that keep the path near the diagonal, as real ones do: a bead pays its distance from
     * the diagonal, a prior by shape, and a jitter from a hash of its position, so that the
     * forward sums meet terms of different sizes.
     */
    private static final class SyntheticCost implements BeadCost {
        private final double slope;

        SyntheticCost(int n, int m) {
            this.slope = n == 0 ? 1 : (double) m / n;
        }

        @Override
        public double cost(int s, int sourceCount, int t, int targetCount) {
            if (sourceCount + targetCount == 0) {
                return Double.POSITIVE_INFINITY;
            }
            double distance = Math.abs(t + targetCount - (s + sourceCount) * slope);
            int h = ((s * 31 + t) * 17 + sourceCount * 5 + targetCount) * 0x9E3779B1;
            double jitter = ((h ^ (h >>> 15)) & 1023) / 256.0;
            double prior = sourceCount == 1 && targetCount == 1 ? 0.1
                    : sourceCount == 0 || targetCount == 0 ? 4 : 2 + sourceCount + targetCount;
            return prior + 0.5 * distance + jitter;
        }
    }
}
