package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void everyShapeCostsTheSameFromTheBlockAsAlone() {
        Random random = new Random(11);
        List<BeadShape> shapes = BeadShape.upTo(SentenceAligner.MAX_SHAPE);
        int[] ds = shapes.stream().mapToInt(BeadShape::source).toArray();
        int[] dt = shapes.stream().mapToInt(BeadShape::target).toArray();
        for (int round = 0; round < 20; round++) {
            AlignmentInput source = side(random, LATIN, 12);
            AlignmentInput target = side(random, ARABIC, 10);
            int[][][] shared = SharedWords.ids(source.tokens(), target.tokens());
            List<SentenceFeatures> src = SentenceAligner.features(source, shared[0]);
            List<SentenceFeatures> tgt = SentenceAligner.features(target, shared[1]);
            NameAnchors names = NameAnchors.of(source.sentences(), target.sentences());
            FeatureCost cost = new FeatureCost(src, tgt, CostParameters.defaults(1.1), SentenceAligner.MAX_SHAPE,
                    null, names);
            float[] out = new float[ds.length];
            boolean[] allowed = new boolean[ds.length];
            for (int i = 0; i <= src.size(); i++) {
                for (int j = 0; j <= tgt.size(); j++) {
                    for (int k = 0; k < ds.length; k++) {
                        allowed[k] = i - ds[k] >= 0 && j - dt[k] >= 0 && random.nextInt(5) > 0;
                    }
                    cost.costsEndingAt(i, j, ds, dt, allowed, out, 0);
                    for (int k = 0; k < ds.length; k++) {
                        float alone = allowed[k] ? (float) cost.cost(i - ds[k], ds[k], j - dt[k], dt[k])
                                : Float.POSITIVE_INFINITY;
                        assertEquals(alone, out[k], "cell " + i + "," + j + " shape " + shapes.get(k));
                    }
                }
            }
        }
    }

    @Test
    void rowsCostTheSameAsCellByCell() {
        Random random = new Random(12);
        List<BeadShape> shapes = BeadShape.upTo(SentenceAligner.MAX_SHAPE);
        int[] ds = shapes.stream().mapToInt(BeadShape::source).toArray();
        int[] dt = shapes.stream().mapToInt(BeadShape::target).toArray();
        for (int round = 0; round < 20; round++) {
            AlignmentInput source = side(random, LATIN, 30);
            AlignmentInput target = side(random, ARABIC, 25);
            int[][][] shared = SharedWords.ids(source.tokens(), target.tokens());
            List<SentenceFeatures> src = SentenceAligner.features(source, shared[0]);
            List<SentenceFeatures> tgt = SentenceAligner.features(target, shared[1]);
            FeatureCost cost = new FeatureCost(src, tgt, CostParameters.defaults(1.1), SentenceAligner.MAX_SHAPE,
                    null, NameAnchors.of(source.sentences(), target.sentences()));
            int n = src.size();
            int[] widths = new int[n + 1];
            java.util.Arrays.fill(widths, 1 + random.nextInt(4));
            Band band = Band.around(n, tgt.size(), Band.diagonal(n, tgt.size()), widths);
            int from = random.nextInt(n / 2);
            int to = from + 1 + random.nextInt(n - from);
            float[] rows = new float[band.cells() * ds.length];
            cost.fillRows(band, from, to, ds, dt, rows, 0);
            float[] cell = new float[ds.length];
            boolean[] allowed = new boolean[ds.length];
            for (int i = from; i < to; i++) {
                for (int j = band.lo(i); j <= band.hi(i); j++) {
                    for (int k = 0; k < ds.length; k++) {
                        allowed[k] = band.allows(i, j, ds[k], dt[k]);
                    }
                    cost.costsEndingAt(i, j, ds, dt, allowed, cell, 0);
                    for (int k = 0; k < ds.length; k++) {
                        assertEquals(cell[k], rows[band.index(i, j) * ds.length + k],
                                "cell " + i + "," + j + " shape " + shapes.get(k));
                    }
                }
            }
        }
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
