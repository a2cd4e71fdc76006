package org.bitext.model;

import java.util.Locale;

/**
 * One step of an alignment: {@code sourceCount} consecutive source sentences starting at
 * {@code sourceStart} translate {@code targetCount} consecutive target sentences starting at
 * {@code targetStart}. Storing start and count (rather than index lists) makes a
 * non-contiguous bead unrepresentable.
 *
 * @param score confidence in [0, 1] that the bead is right
 */
public record Bead(int sourceStart, int sourceCount, int targetStart, int targetCount, double score) {
    public Bead {
        if (sourceStart < 0 || targetStart < 0 || sourceCount < 0 || targetCount < 0) {
            throw new IllegalArgumentException("negative bead index or count");
        }
        if (sourceCount == 0 && targetCount == 0) {
            throw new IllegalArgumentException("empty bead");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("bead score out of [0,1]: " + score);
        }
    }

    public int sourceEnd() {
        return sourceStart + sourceCount;
    }

    public int targetEnd() {
        return targetStart + targetCount;
    }

    /** True when both sides have sentences (a translation, not an insertion or deletion). */
    public boolean isLink() {
        return sourceCount > 0 && targetCount > 0;
    }

    /** The bead's shape, such as {@code 1-2} or {@code 0-1}. */
    public String type() {
        return sourceCount + "-" + targetCount;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s@%d:%d(%.3f)", type(), sourceStart, targetStart, score);
    }
}
