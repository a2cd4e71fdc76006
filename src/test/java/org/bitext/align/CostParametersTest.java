package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CostParametersTest {
    @Test
    void priorsOfAllShapesSumToOne() {
        CostParameters p = CostParameters.defaults(1.0).withPriors(0.07, 0.12);
        double sum = SentenceAligner.SHAPES.stream().mapToDouble(p::prior).sum();
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void mergesGetRarerWithEveryExtraSentence() {
        CostParameters p = CostParameters.defaults(1.0);
        assertTrue(p.prior(new BeadShape(1, 1)) > p.prior(new BeadShape(2, 1)));
        assertTrue(p.prior(new BeadShape(2, 1)) > p.prior(new BeadShape(3, 1)));
        assertEquals(p.prior(new BeadShape(1, 3)), p.prior(new BeadShape(2, 2)), 1e-12);
        assertEquals(p.prior(new BeadShape(2, 3)), p.prior(new BeadShape(1, 4)), 1e-12);
        assertTrue(p.prior(new BeadShape(1, 3)) > p.prior(new BeadShape(4, 1)));
    }

    @Test
    void rejectsPriorsThatLeaveNoRoomForLinks() {
        assertThrows(IllegalArgumentException.class, () -> CostParameters.defaults(1.0).withPriors(0.45, 0.2));
    }

    @Test
    void theMergeDecayIsTheRatioOfTwoExtraToOneExtraShapesAndPriorsStillSumToOne() {
        CostParameters p = CostParameters.defaults(1.0).withPriors(0.07, 0.25).withMergeDecay(0.3);
        assertEquals(0.3, p.prior(new BeadShape(2, 2)) / p.prior(new BeadShape(2, 1)), 1e-12);
        double sum = SentenceAligner.SHAPES.stream().mapToDouble(p::prior).sum();
        assertEquals(1.0, sum, 1e-9);
        assertThrows(IllegalArgumentException.class, () -> p.withMergeDecay(0));
    }
}
