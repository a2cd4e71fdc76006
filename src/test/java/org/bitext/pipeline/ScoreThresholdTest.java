package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

class ScoreThresholdTest {
    @Test
    void theScoreComparedIsTheScoreAsWritten() {
        ScoreThreshold threshold = new ScoreThreshold(0.75);
        assertTrue(threshold.keeps(0.7496));   // written 0.750
        assertTrue(threshold.keeps(0.75));
        assertFalse(threshold.keeps(0.7494));  // written 0.749
        assertEquals(0.75, ScoreThreshold.asWritten(0.7495));
        assertEquals(1.0, ScoreThreshold.asWritten(0.99951));
    }

    @Test
    void noneKeepsEveryPairAndChangesNothing() {
        Alignment alignment = new Alignment(List.of(new Bead(0, 1, 0, 1, 0.0), new Bead(1, 2, 1, 1, 0.3)), 3, 2);
        assertTrue(ScoreThreshold.none().keeps(0.0));
        assertSame(alignment, ScoreThreshold.none().apply(alignment));
        assertEquals(0, ScoreThreshold.none().below(alignment));
    }

    @Test
    void aPairUnderTheMinimumBecomesItsSentencesUnalignedInOrder() {
        Alignment alignment = new Alignment(List.of(new Bead(0, 1, 0, 1, 0.99), new Bead(1, 2, 1, 1, 0.4),
                new Bead(3, 0, 2, 1, 0.2), new Bead(3, 1, 3, 1, 0.8)), 4, 4);
        ScoreThreshold threshold = new ScoreThreshold(0.5);
        assertEquals(1, threshold.below(alignment));
        assertEquals(List.of(new Bead(0, 1, 0, 1, 0.99), new Bead(1, 1, 1, 0, 0.4), new Bead(2, 1, 1, 0, 0.4),
                        new Bead(3, 0, 1, 1, 0.4), new Bead(3, 0, 2, 1, 0.2), new Bead(3, 1, 3, 1, 0.8)),
                threshold.apply(alignment).beads());
    }

    @Test
    void theBeadsStillCoverEverySentenceOnceInOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Bead> beads = new ArrayList<>();
            int s = 0;
            int t = 0;
            for (int k = random.nextInt(30); k >= 0; k--) {
                int a = random.nextInt(4);
                int b = a == 0 ? 1 + random.nextInt(3) : random.nextInt(4);
                beads.add(new Bead(s, a, t, b, random.nextDouble()));
                s += a;
                t += b;
            }
            Alignment alignment = new Alignment(beads, s, t);
            ScoreThreshold threshold = new ScoreThreshold(random.nextDouble());
            // the constructor of Alignment checks the law; the pairs left all pass the minimum
            Alignment kept = threshold.apply(alignment);
            assertTrue(kept.beads().stream().filter(Bead::isLink).allMatch(b -> threshold.keeps(b.score())));
            assertEquals(alignment.beads().stream().filter(Bead::isLink).count() - threshold.below(alignment),
                    kept.beads().stream().filter(Bead::isLink).count());
        }
    }

    @Test
    void aMinimumOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreThreshold(1.01));
        assertThrows(IllegalArgumentException.class, () -> new ScoreThreshold(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new ScoreThreshold(Double.NaN));
    }
}
