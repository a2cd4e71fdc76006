package org.bitext.model;

import java.util.List;

/**
 * A bead as read from a ladder file ({@code [1,2]:[3]}): two lists of sentence numbers, either
 * of which may be empty. Unlike {@link Bead} it need not be contiguous, because gold files
 * written by others are read as they are.
 */
public record LadderBead(List<Integer> source, List<Integer> target) {
    public LadderBead {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public boolean isLink() {
        return !source.isEmpty() && !target.isEmpty();
    }
}
