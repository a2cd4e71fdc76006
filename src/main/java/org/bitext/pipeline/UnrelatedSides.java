package org.bitext.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

/**
 * Whether a document's two languages look like a text and its translation, judged by its pairs'
 * scores. The aligner pairs any two texts of similar sentence lengths: given a story and the
 * translation of another one (two files paired by mistake, a mislabelled archive), it still
 * writes pairs, each scored low. One low pair is a hard sentence; most pairs low is the wrong
 * file, and a user building a corpus needs to hear of it.
 *
 * <p>Measured on the NTREX dev documents in pairs of files, each English file aligned with its
 * own Arabic file and with the next document's: in one batch (with the learned lexicon) the
 * mismatched pairs' mean scores were 0.17-0.69 (16 of 18 under 0.6), the right ones' 0.79 and
 * above; aligned one pair at a time (with {@link SeedLexicon}'s words), 0.10-0.75 (12 of 18 under
 * 0.6) and 0.70 and above. Every dev document of NTREX and TICO, aligned as a batch or alone, is
 * 0.70 or above.
 *
 * @param minLinks     fewer pairs say too little to judge
 * @param minMeanScore the least mean score of the pairs of a document whose sides are related
 */
public record UnrelatedSides(int minLinks, double minMeanScore) {
    /** The measured rule: at least 3 pairs with a mean score under 0.6. */
    public static UnrelatedSides standard() {
        return new UnrelatedSides(3, 0.6);
    }

    /**
     * A warning when the alignment's pairs (link beads) are at least {@link #minLinks} and their
     * mean score is under {@link #minMeanScore}; {@code what} names the document.
     */
    public Optional<String> check(Alignment alignment, String what) {
        return check(alignment, () -> what);
    }

    /**
     * {@link #check(Alignment, String)} with the document's name made only for a warning: the
     * writing thread judges every document, and names one in thousands.
     */
    public Optional<String> check(Alignment alignment, Supplier<String> what) {
        int links = 0;
        double sum = 0;
        for (Bead bead : alignment.beads()) {
            if (bead.isLink()) {
                links++;
                sum += bead.score();
            }
        }
        if (links < minLinks || sum / links >= minMeanScore) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "%s: the two languages look unrelated (mean pair score %.3f over %d pairs): check that one is"
                        + " a translation of the other; --min-score 0.75 leaves such pairs out", what.get(), sum / links,
                links));
    }
}
