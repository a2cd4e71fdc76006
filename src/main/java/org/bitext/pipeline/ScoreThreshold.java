package org.bitext.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

/**
 * The least score a pair needs to be written as a pair ({@code --min-score}): a link bead that
 * scores less is written as unaligned sentences instead (each of its sentences a bead of its own,
 * 1-0 or 0-1, with the bead's score), so that every format leaves it out of its pairs as it
 * leaves out any unaligned sentence, and the sentences are still covered once, in order.
 *
 * <p>The score compared is the score as written, to three decimals (half up, as the writers
 * round it): a pair printed {@code 0.750} passes a minimum of 0.75. The bead score is a posterior
 * probability; on the Arabic–English dev sets a minimum of 0.75 keeps 97 % of the pairs at 99 %
 * strict precision ({@code bench/quality}).
 *
 * @param minimum in [0, 1]; 0 keeps every pair
 */
public record ScoreThreshold(double minimum) {
    private static final int DECIMALS = 3;

    public ScoreThreshold {
        if (!(minimum >= 0 && minimum <= 1)) {
            throw new IllegalArgumentException("a minimum score is between 0 and 1, not " + minimum);
        }
    }

    /** Keeps every pair. */
    public static ScoreThreshold none() {
        return new ScoreThreshold(0);
    }

    /** Whether a link bead of this score is written as a pair. */
    public boolean keeps(double score) {
        return minimum == 0 || asWritten(score) >= minimum;
    }

    /** The document with its pairs under the minimum made unaligned sentences (the same document when none is). */
    public AlignedDocument apply(AlignedDocument document) {
        Alignment kept = apply(document.alignment());
        return kept == document.alignment() ? document
                : new AlignedDocument(document.stem(), document.sources(), document.sourceLanguage(),
                        document.targetLanguage(), document.source(), document.target(), kept, document.sourceEdits());
    }

    /** The alignment with its link beads under the minimum split into 1-0 and 0-1 beads (the same one when none is). */
    public Alignment apply(Alignment alignment) {
        List<Bead> beads = null;  // made at the first bead that splits: most documents have none
        List<Bead> all = alignment.beads();
        for (int k = 0; k < all.size(); k++) {
            Bead bead = all.get(k);
            if (!bead.isLink() || keeps(bead.score())) {
                if (beads != null) {
                    beads.add(bead);
                }
                continue;
            }
            if (beads == null) {
                beads = new ArrayList<>(all.subList(0, k));
            }
            for (int i = bead.sourceStart(); i < bead.sourceEnd(); i++) {
                beads.add(new Bead(i, 1, bead.targetStart(), 0, bead.score()));
            }
            for (int j = bead.targetStart(); j < bead.targetEnd(); j++) {
                beads.add(new Bead(bead.sourceEnd(), 0, j, 1, bead.score()));
            }
        }
        return beads == null ? alignment : new Alignment(beads, alignment.sourceSize(), alignment.targetSize());
    }

    /** The number of link beads of {@code alignment} under the minimum. */
    public int below(Alignment alignment) {
        int count = 0;
        for (Bead bead : alignment.beads()) {
            if (bead.isLink() && !keeps(bead.score())) {
                count++;
            }
        }
        return count;
    }

    /** The score rounded to three decimals from its shortest decimal form, half up: the digits the writers print. */
    static double asWritten(double score) {
        return new BigDecimal(Double.toString(score)).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
