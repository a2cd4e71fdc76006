package org.bitext.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentTest {
    @Test
    void acceptsBeadsThatCoverBothSidesInOrder() {
        Alignment a = new Alignment(List.of(
                new Bead(0, 1, 0, 2, 0.9),
                new Bead(1, 1, 2, 0, 0.5),
                new Bead(2, 2, 2, 1, 0.7)), 4, 3);
        assertEquals(3, a.beads().size());
    }

    @Test
    void rejectsAGap() {
        assertThrows(IllegalArgumentException.class, () -> new Alignment(List.of(
                new Bead(0, 1, 0, 1, 0.9),
                new Bead(2, 1, 1, 1, 0.9)), 3, 2));
    }

    @Test
    void rejectsBeadsThatStopShort() {
        assertThrows(IllegalArgumentException.class, () -> new Alignment(List.of(
                new Bead(0, 1, 0, 1, 0.9)), 2, 1));
    }

    @Test
    void rejectsAnEmptyBead() {
        assertThrows(IllegalArgumentException.class, () -> new Bead(0, 0, 0, 0, 0.5));
    }

    @Test
    void rejectsAScoreOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new Bead(0, 1, 0, 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Bead(0, 1, 0, 1, Double.NaN));
    }

    @Test
    void beadTypeNamesItsShape() {
        assertEquals("2-1", new Bead(0, 2, 0, 1, 0.5).type());
        assertEquals("0-1", new Bead(0, 0, 0, 1, 0.5).type());
    }
}
