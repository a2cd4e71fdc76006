package org.bitext.text;

import java.util.Random;

/** Random text for the property tests that compare a rule with its oracle: pieces strung together. */
final class RandomText {
    private RandomText() {
    }

    /** Fewer than {@code most} pieces drawn from {@code pieces}, one after the other. */
    static String of(Random random, String[] pieces, int most) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(most);
        for (int k = 0; k < length; k++) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }
}
