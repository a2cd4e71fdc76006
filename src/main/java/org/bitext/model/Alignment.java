package org.bitext.model;

import java.util.List;

/**
 * A monotone alignment: beads that cover every source sentence {@code 0..sourceSize-1} and
 * every target sentence {@code 0..targetSize-1} exactly once, in order. The constructor
 * enforces this law so that no writer ever sees a gap or an overlap.
 */
public record Alignment(List<Bead> beads, int sourceSize, int targetSize) {
    public Alignment {
        beads = List.copyOf(beads);
        int s = 0;
        int t = 0;
        for (Bead bead : beads) {
            if (bead.sourceStart() != s || bead.targetStart() != t) {
                throw new IllegalArgumentException("bead " + bead + " does not follow source " + s + ", target " + t);
            }
            s = bead.sourceEnd();
            t = bead.targetEnd();
        }
        if (s != sourceSize || t != targetSize) {
            throw new IllegalArgumentException("beads cover " + s + "/" + sourceSize + " source and "
                    + t + "/" + targetSize + " target sentences");
        }
    }

    public static Alignment empty() {
        return new Alignment(List.of(), 0, 0);
    }
}
