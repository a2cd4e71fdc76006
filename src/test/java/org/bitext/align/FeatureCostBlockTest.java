package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FeatureCost#costsEndingAt} (every shape of a cell from one block of sentence-pair values)
 * must give the same floats as {@link FeatureCost#cost} called shape by shape, and
 * {@link FeatureCost#fillRows} (whole rows of a band from one table of pair values) the same as
 * cell by cell: the kernel uses the last, posterior scores and tests the others.
 */
class FeatureCostBlockTest {
    private static final String[] LATIN = {"Baghdad", "Mosul", "army", "said", "the", "fighters", "Qaim", "on", "2019"};
    private static final String[] ARABIC = {"بغداد", "الموصل", "الجيش", "قال", "المقاتلين", "القائم", "في", "٢٠١٩"};

    private static final List<BeadShape> SHAPES = SentenceAligner.SHAPES;
    private static final int[] SOURCE_STEPS = SHAPES.stream().mapToInt(BeadShape::source).toArray();
    private static final int[] TARGET_STEPS = SHAPES.stream().mapToInt(BeadShape::target).toArray();

    @Test
    void everyShapeCostsTheSameFromTheBlockAsAlone() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            RandomPair pair = RandomPair.of(random, 12, 10);
            List<SentenceFeatures> src = pair.src();
            List<SentenceFeatures> tgt = pair.tgt();
            NameAnchors names = pair.names();
            FeatureCost cost = new FeatureCost(src, tgt, CostParameters.defaults(1.1), SentenceAligner.MAX_SHAPE,
                    null, names);
            float[] out = new float[SOURCE_STEPS.length];
            boolean[] allowed = new boolean[SOURCE_STEPS.length];
            for (int i = 0; i <= src.size(); i++) {
                for (int j = 0; j <= tgt.size(); j++) {
                    for (int k = 0; k < SOURCE_STEPS.length; k++) {
                        allowed[k] = i - SOURCE_STEPS[k] >= 0 && j - TARGET_STEPS[k] >= 0 && random.nextInt(5) > 0;
                    }
                    cost.costsEndingAt(i, j, SOURCE_STEPS, TARGET_STEPS, allowed, out, 0);
                    for (int k = 0; k < SOURCE_STEPS.length; k++) {
                        float alone = allowed[k]
                                ? (float) cost.cost(i - SOURCE_STEPS[k], SOURCE_STEPS[k], j - TARGET_STEPS[k], TARGET_STEPS[k])
                                : Float.POSITIVE_INFINITY;
                        assertEquals(alone, out[k], "cell " + i + "," + j + " shape " + SHAPES.get(k));
                    }
                }
            }
        }
    }

    @Test
    void rowsCostTheSameAsCellByCell() {
        Random random = new Random(12);
        for (int round = 0; round < 20; round++) {
            RandomPair pair = RandomPair.of(random, 30, 25);
            List<SentenceFeatures> src = pair.src();
            List<SentenceFeatures> tgt = pair.tgt();
            FeatureCost cost = new FeatureCost(src, tgt, CostParameters.defaults(1.1), SentenceAligner.MAX_SHAPE,
                    null, pair.names());
            int n = src.size();
            int[] widths = new int[n + 1];
            java.util.Arrays.fill(widths, 1 + random.nextInt(4));
            Band band = Band.around(n, tgt.size(), Band.diagonal(n, tgt.size()), widths);
            int from = random.nextInt(n / 2);
            int to = from + 1 + random.nextInt(n - from);
            float[] rows = new float[band.cells() * SOURCE_STEPS.length];
            cost.fillRows(band, from, to, SOURCE_STEPS, TARGET_STEPS, rows, 0);
            float[] cell = new float[SOURCE_STEPS.length];
            boolean[] allowed = new boolean[SOURCE_STEPS.length];
            for (int i = from; i < to; i++) {
                for (int j = band.lo(i); j <= band.hi(i); j++) {
                    for (int k = 0; k < SOURCE_STEPS.length; k++) {
                        allowed[k] = band.allows(i, j, SOURCE_STEPS[k], TARGET_STEPS[k]);
                    }
                    cost.costsEndingAt(i, j, SOURCE_STEPS, TARGET_STEPS, allowed, cell, 0);
                    for (int k = 0; k < SOURCE_STEPS.length; k++) {
                        assertEquals(cell[k], rows[band.index(i, j) * SOURCE_STEPS.length + k],
                                "cell " + i + "," + j + " shape " + SHAPES.get(k));
                    }
                }
            }
        }
    }

    /**
     * A second run's cost ({@link FeatureCost#withParameters}) reads the sentence-pair values from
     * the tables the first run kept where they cover a row, and builds tables for the rest: every
     * float must be the one a cost built afresh with the second parameters gives, whatever the
     * bands. The first run fills a band and then a wider one, only in the rows whose bounds (or
     * whose beads' starting rows' bounds) changed, as the kernel does when it widens a band; the
     * second run's band is around another path, partly outside both.
     */
    @Test
    void aSecondRunCostsTheSameFromKeptPairTablesAsAfresh() {
        Random random = new Random(13);
        LexicalModel lexicon = mirrorLexicon(random);
        for (int round = 0; round < 30; round++) {
            RandomPair pair = RandomPair.of(random, 40, 34);
            List<SentenceFeatures> src = pair.src();
            List<SentenceFeatures> tgt = pair.tgt();
            NameAnchors names = pair.names();
            LexicalSimilarity lexical = lexicon.similarity(pair.source().tokens(), pair.target().tokens());
            CostParameters first = CostParameters.defaults(1.1);
            CostParameters second = first.withLength(0.8 + random.nextDouble(), 3 + 5 * random.nextDouble())
                    .withPriors(0.01 + 0.1 * random.nextDouble(), 0.01 + 0.2 * random.nextDouble())
                    .withMergeDecay(0.1 + 0.4 * random.nextDouble());
            FeatureCost firstRun = new FeatureCost(src, tgt, first, SentenceAligner.MAX_SHAPE, lexical, names, true);
            int n = src.size();
            int m = tgt.size();
            int[] widths = new int[n + 1];
            java.util.Arrays.fill(widths, 2 + random.nextInt(3));
            Band narrow = Band.around(n, m, Band.diagonal(n, m), widths);
            firstRun.fillRows(narrow, 0, n + 1, SOURCE_STEPS, TARGET_STEPS,
                    new float[narrow.cells() * SOURCE_STEPS.length], 0);
            int widenFrom = random.nextInt(n);
            for (int i = widenFrom; i <= Math.min(n, widenFrom + random.nextInt(10)); i++) {
                widths[i] *= 2;
            }
            Band wide = Band.around(n, m, Band.diagonal(n, m), widths);
            for (int i = 0; i <= n; i++) {
                if (!sameRows(narrow, wide, i - SentenceAligner.MAX_SHAPE, i)) {
                    firstRun.fillRows(wide, i, i + 1, SOURCE_STEPS, TARGET_STEPS,
                            new float[wide.cells() * SOURCE_STEPS.length], 0);
                }
            }
            int[] path = Band.diagonal(n, m);
            for (int i = 1; i <= n; i++) {
                path[i] = Math.max(path[i - 1], Math.min(m, path[i] + random.nextInt(5) - 2));
            }
            path[n] = m;
            int[] guided = new int[n + 1];
            java.util.Arrays.fill(guided, 1 + random.nextInt(4));
            Band band = Band.around(n, m, path, guided);
            float[] reused = new float[band.cells() * SOURCE_STEPS.length];
            firstRun.withParameters(second).fillRows(band, 0, n + 1, SOURCE_STEPS, TARGET_STEPS, reused, 0);
            float[] afresh = new float[band.cells() * SOURCE_STEPS.length];
            new FeatureCost(src, tgt, second, SentenceAligner.MAX_SHAPE, lexical, names)
                    .fillRows(band, 0, n + 1, SOURCE_STEPS, TARGET_STEPS, afresh, 0);
            for (int c = 0; c < afresh.length; c++) {
                assertEquals(afresh[c], reused[c], "round " + round + " cell " + c / SOURCE_STEPS.length + " shape "
                        + SHAPES.get(c % SOURCE_STEPS.length));
            }
        }
    }

    /**
     * When the kernel widens a band it fills the wider band's changed rows with the narrower
     * band's costs at hand: a bead that starts and ends inside the narrower band must cost the
     * same float as computed again, so copying it changes nothing.
     */
    @Test
    void aWidenedBandCostsTheSameWithTheNarrowBandsCostsCopied() {
        Random random = new Random(15);
        LexicalModel lexicon = mirrorLexicon(random);
        for (int round = 0; round < 30; round++) {
            Widening w = Widening.of(random, lexicon);
            float[] copied = new float[w.wide().cells() * SOURCE_STEPS.length];
            w.cost().fillRows(w.wide(), 0, w.n() + 1, SOURCE_STEPS, TARGET_STEPS, copied, 0, w.narrow(),
                    w.narrowCosts());
            float[] computed = new float[copied.length];
            w.cost().fillRows(w.wide(), 0, w.n() + 1, SOURCE_STEPS, TARGET_STEPS, computed, 0);
            for (int c = 0; c < computed.length; c++) {
                assertEquals(computed[c], copied[c], "round " + round + " cell " + c / SOURCE_STEPS.length
                        + " shape " + SHAPES.get(c % SOURCE_STEPS.length));
            }
        }
    }

    /**
     * Which costs are copied: exactly those of beads that start and end inside the narrower band
     * (and are possible at all); every other cost is computed. Known costs replaced by a value no
     * bead has show where each came from.
     */
    @Test
    void aWidenedBandCopiesTheBeadsOfTheNarrowBandOnly() {
        Random random = new Random(16);
        LexicalModel lexicon = mirrorLexicon(random);
        float marker = -12345f;
        int markedTotal = 0;
        for (int round = 0; round < 30; round++) {
            Widening w = Widening.of(random, lexicon);
            float[] known = new float[w.narrowCosts().length];
            java.util.Arrays.fill(known, marker);
            float[] out = new float[w.wide().cells() * SOURCE_STEPS.length];
            w.cost().fillRows(w.wide(), 0, w.n() + 1, SOURCE_STEPS, TARGET_STEPS, out, 0, w.narrow(), known);
            float[] computed = new float[out.length];
            w.cost().fillRows(w.wide(), 0, w.n() + 1, SOURCE_STEPS, TARGET_STEPS, computed, 0);
            for (int i = 0; i <= w.n(); i++) {
                for (int j = w.wide().lo(i); j <= w.wide().hi(i); j++) {
                    for (int k = 0; k < SOURCE_STEPS.length; k++) {
                        int c = w.wide().index(i, j) * SOURCE_STEPS.length + k;
                        boolean inNarrow = w.narrow().contains(i, j)
                                && w.narrow().allows(i, j, SOURCE_STEPS[k], TARGET_STEPS[k]);
                        String where = "round " + round + " cell " + i + "," + j + " shape " + SHAPES.get(k);
                        if (out[c] == marker) {
                            markedTotal++;
                            assertTrue(inNarrow, where + " copied from outside");
                        } else {
                            assertEquals(computed[c], out[c], where);
                            // only an impossible bead (a shape the model forbids) is computed inside
                            assertTrue(!inNarrow
                                    || computed[c] == Float.POSITIVE_INFINITY, where + " computed again");
                        }
                    }
                }
            }
        }
        assertTrue(markedTotal > 1000, "copied " + markedTotal);
    }

    /** A lexicon that translates each Latin word into the Arabic word at the same place. */
    private static LexicalModel mirrorLexicon(Random random) {
        LexicalModel.Builder training = new LexicalModel.Builder(1_000);
        for (int k = 0; k < 200; k++) {
            int w = random.nextInt(ARABIC.length);
            int v = random.nextInt(ARABIC.length);
            training.addAll(List.of(new LexicalModel.TrainingPair(
                    List.of(LATIN[w].toLowerCase(java.util.Locale.ROOT), LATIN[v].toLowerCase(java.util.Locale.ROOT)),
                    List.of(ARABIC[w], ARABIC[v]))));
        }
        return training.buildOrNull();
    }

    /**
     * A random pair's cost (lexicon and names) and two bands about the diagonal, the second
     * widening the first around some rows as the kernel does, with the first's costs filled.
     */
    private record Widening(FeatureCost cost, int n, Band narrow, float[] narrowCosts, Band wide) {
        static Widening of(Random random, LexicalModel lexicon) {
            RandomPair pair = RandomPair.of(random, 40, 34);
            LexicalSimilarity lexical = lexicon.similarity(pair.source().tokens(), pair.target().tokens());
            FeatureCost cost = new FeatureCost(pair.src(), pair.tgt(), CostParameters.defaults(1.1),
                    SentenceAligner.MAX_SHAPE, lexical, pair.names());
            int n = pair.src().size();
            int m = pair.tgt().size();
            int[] widths = new int[n + 1];
            java.util.Arrays.fill(widths, 2 + random.nextInt(3));
            Band narrow = Band.around(n, m, Band.diagonal(n, m), widths);
            float[] narrowCosts = new float[narrow.cells() * SOURCE_STEPS.length];
            cost.fillRows(narrow, 0, n + 1, SOURCE_STEPS, TARGET_STEPS, narrowCosts, 0);
            int widenFrom = random.nextInt(n);
            for (int i = widenFrom; i <= Math.min(n, widenFrom + 1 + random.nextInt(20)); i++) {
                widths[i] *= 2;
            }
            return new Widening(cost, n, narrow, narrowCosts, Band.around(n, m, Band.diagonal(n, m), widths));
        }
    }

    /** The pair tables hold values the lexicon's, names' and numbers' weights do not touch only while those stay. */
    @Test
    void aSecondRunMayChangeOnlyTheLengthModelAndPriors() {
        Random random = new Random(14);
        RandomPair pair = RandomPair.of(random, 5, 5);
        CostParameters first = CostParameters.defaults(1.1);
        FeatureCost cost = new FeatureCost(pair.src(), pair.tgt(), first, SentenceAligner.MAX_SHAPE, null, null, true);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> cost.withParameters(first.withLexicalWeight(first.lexicalWeight() + 1)));
    }

    /**
     * A random Latin-Arabic pair of {@code n} and {@code m} sentences, with its sentences' features
     * (shared words numbered across both sides) and name anchors.
     */
    private record RandomPair(AlignmentInput source, AlignmentInput target, List<SentenceFeatures> src,
                              List<SentenceFeatures> tgt, NameAnchors names) {
        static RandomPair of(Random random, int n, int m) {
            AlignmentInput source = side(random, LATIN, n);
            AlignmentInput target = side(random, ARABIC, m);
            int[][][] shared = SharedWords.ids(source.tokens(), target.tokens());
            return new RandomPair(source, target, SentenceAligner.features(source, shared[0]),
                    SentenceAligner.features(target, shared[1]), NameAnchors.of(source.sentences(), target.sentences()));
        }
    }

    private static boolean sameRows(Band a, Band b, int from, int to) {
        for (int r = Math.max(0, from); r <= to; r++) {
            if (a.lo(r) != b.lo(r) || a.hi(r) != b.hi(r)) {
                return false;
            }
        }
        return true;
    }

    private static AlignmentInput side(Random random, String[] words, int sentences) {
        List<String> texts = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < sentences; i++) {
            List<String> sentence = new ArrayList<>();
            for (int w = random.nextInt(8); w >= 0; w--) {
                sentence.add(words[random.nextInt(words.length)]);
            }
            texts.add(String.join(" ", sentence) + (random.nextInt(4) == 0 ? "?" : "."));
            tokens.add(sentence.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toList());
            paragraph += random.nextInt(3) == 0 ? 1 : 0;
            paragraphs.add(paragraph);
        }
        return new AlignmentInput(texts, paragraphs, tokens);
    }
}
