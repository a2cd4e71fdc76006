package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HuberTest {
    /** Huber's loss of a = √squared as a conditional: a²/2 up to the knee, linear beyond. */
    private static double branchy(double squared) {
        double k = FeatureCost.HUBER_KNEE;
        return squared <= k * k ? squared * 0.5 : k * Math.sqrt(squared) - k * k / 2;
    }

    /** The branch-free selection gives the very doubles of the conditional, at and around the knee too. */
    @Test
    void sameDoublesAsTheConditional() {
        double k2 = FeatureCost.HUBER_KNEE * FeatureCost.HUBER_KNEE;
        double[] special = {0.0, Double.MIN_VALUE, 1e-300, 0.25, 1.0, Math.nextDown(k2), k2, Math.nextUp(k2), 9.0,
            1e12, 1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        for (double squared : special) {
            assertEquals(Double.doubleToRawLongBits(branchy(squared)),
                    Double.doubleToRawLongBits(FeatureCost.huberOfSquare(squared)), Double.toString(squared));
        }
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 1_000_000; i++) {
            double a = i % 2 == 0 ? random.nextDouble() * 2 * FeatureCost.HUBER_KNEE : Math.abs(random.nextGaussian()) * 10;
            double squared = a * a;
            assertEquals(Double.doubleToRawLongBits(branchy(squared)),
                    Double.doubleToRawLongBits(FeatureCost.huberOfSquare(squared)), Double.toString(squared));
        }
    }

    /** Quadratic to the knee, where both sides meet, and linear beyond it with the knee as slope. */
    @Test
    void quadraticThenLinear() {
        double k = FeatureCost.HUBER_KNEE;
        assertEquals(0.0, FeatureCost.huberOfSquare(0.0));
        assertEquals(0.5, FeatureCost.huberOfSquare(1.0), 1e-15);
        assertEquals(k * k / 2, FeatureCost.huberOfSquare(k * k), 1e-12);
        assertEquals(k * 10 - k * k / 2, FeatureCost.huberOfSquare(100.0), 1e-12);
    }
}
