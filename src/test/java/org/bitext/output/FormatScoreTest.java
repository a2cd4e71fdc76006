package org.bitext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatScoreTest {
    private static void assertLikeFormatter(double score) {
        assertEquals(String.format(Locale.ROOT, "%.3f", score), StreamingCorpusWriter.formatScore(score),
                () -> Double.toString(score));
    }

    @Test
    void printsWhatTheFormatterPrintsForRandomScores() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            assertLikeFormatter(random.nextDouble());
            assertLikeFormatter(random.nextDouble() * 20_000_000);
        }
    }

    @Test
    void roundsHalfUpOnTheShortestDigitsLikeTheFormatter() {
        // 1.0005 is 1.000499999... in binary; the formatter rounds its shortest digits "1.0005" up
        for (double score : new double[] {1.0005, 0.0625, 0.1235, 0.9995, 0.9994999, 9.9995, 999_999.9995, 0.001,
            0.0015, 0.00149, 0.5, 1.0, 0.3, 0.7, 2.675}) {
            assertLikeFormatter(score);
        }
        for (int k = 0; k <= 20_000; k++) {
            double half = (2 * k + 1) / 2000.0;
            assertLikeFormatter(half);
            assertLikeFormatter(Math.nextUp(half));
            assertLikeFormatter(Math.nextDown(half));
            assertLikeFormatter(k / 1000.0);
        }
    }

    @Test
    void leavesNonFiniteNegativeAndTinyScoresToTheFormatter() {
        for (double score : new double[] {0.0, -0.0, -0.25, 1e-4, 0.0005, 0.00049, Double.MIN_VALUE, 1e7, 1e300,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertLikeFormatter(score);
        }
    }
}
