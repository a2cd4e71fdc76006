package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
    @Test
    void reestimatedDeletionPriorFollowsTheFirstPass() {
        CostParameters first = CostParameters.defaults(1.0).withPriors(0.02, 0.05);
        List<Bead> beads = new ArrayList<>();
        int t = 0;
        for (int k = 0; k < 60; k++) {
            int count = k % 3 == 0 ? 0 : 1;
            beads.add(new Bead(k, 1, t, count, 0.9));
            t += count;
        }
        Alignment rough = new Alignment(beads, 60, 40);
        CostParameters second = SentenceAligner.reestimatePriors(first, rough);
        // 20 deletions in 60 beads, shared by the 1-0 and 0-1 shapes, shrunk towards 0.02.
        assertEquals((10 + 30 * 0.02) / 90, second.deletionPrior(), 1e-12);
        assertEquals(30 * 0.05 / 90, second.mergePrior(), 1e-12);
    }

    @Test
    void reestimatedPriorsStayNearTheDefaultsForAShortDocument() {
        CostParameters first = CostParameters.defaults(1.0);
        Alignment rough = new Alignment(List.of(new Bead(0, 1, 0, 0, 0.5)), 1, 0);
        CostParameters second = SentenceAligner.reestimatePriors(first, rough);
        assertTrue(Math.abs(second.deletionPrior() - first.deletionPrior()) < 0.02);
    }

    /** Law: for any input, the beads cover every sentence of both sides once, in order, scores in [0, 1]. */
    @Test
    void beadsCoverEverySentenceOnceInOrderForRandomInputs() {
        Random random = new Random(20240603L);
        SentenceAligner aligner = new SentenceAligner();
        for (int round = 0; round < 40; round++) {
            AlignmentInput source = randomSide(random, random.nextInt(25));
            AlignmentInput target = randomSide(random, random.nextInt(25));
            Alignment a = aligner.align(source, target);
            int s = 0;
            int t = 0;
            for (Bead bead : a.beads()) {
                assertEquals(s, bead.sourceStart());
                assertEquals(t, bead.targetStart());
                assertTrue(bead.score() >= 0 && bead.score() <= 1);
                s = bead.sourceEnd();
                t = bead.targetEnd();
            }
            assertEquals(source.size(), s);
            assertEquals(target.size(), t);
        }
    }

    private static AlignmentInput randomSide(Random random, int sentences) {
        List<String> texts = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < sentences; i++) {
            List<String> words = new ArrayList<>();
            int n = random.nextInt(15);
            for (int w = 0; w < n; w++) {
                words.add(random.nextInt(10) == 0 ? Integer.toString(random.nextInt(100))
                        : "w" + (char) ('a' + random.nextInt(6)) + (char) ('a' + random.nextInt(6)) + "xy");
            }
            texts.add(String.join(" ", words));
            tokens.add(words);
            paragraph += random.nextInt(4) == 0 ? 1 : 0;
            paragraphs.add(paragraph);
        }
        return new AlignmentInput(texts, paragraphs, tokens);
    }
}
