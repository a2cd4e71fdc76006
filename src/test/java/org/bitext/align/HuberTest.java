package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HuberTest {
    private static double branchy(double a) {
        double k = FeatureCost.HUBER_KNEE;
        return a <= k ? a * a * 0.5 : k * a - k * k / 2;
    }

    /** The branch-free selection gives the very doubles of the conditional, at and around the knee too. */
    @Test
    void sameDoublesAsTheConditional() {
        double k = FeatureCost.HUBER_KNEE;
        double[] special = {0.0, Double.MIN_VALUE, 1e-300, 0.5, 1.0, Math.nextDown(k), k, Math.nextUp(k), 3.0, 1e6,
            1e300, Double.MAX_VALUE, Double.POSITIVE_INFINITY};
        for (double a : special) {
            assertEquals(Double.doubleToRawLongBits(branchy(a)), Double.doubleToRawLongBits(FeatureCost.huber(a)),
                    Double.toString(a));
        }
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 1_000_000; i++) {
            double a = i % 2 == 0 ? random.nextDouble() * 2 * k : Math.abs(random.nextGaussian()) * 10;
            assertEquals(Double.doubleToRawLongBits(branchy(a)), Double.doubleToRawLongBits(FeatureCost.huber(a)),
                    Double.toString(a));
        }
    }
}
