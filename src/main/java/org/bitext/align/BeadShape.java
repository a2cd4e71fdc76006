package org.bitext.align;

import java.util.ArrayList;
import java.util.List;

/** The size of a bead on each side, such as 2-1. Shapes are data, so the kernel knows no special cases. */
public record BeadShape(int source, int target) {
    public BeadShape {
        if (source < 0 || target < 0 || source + target == 0) {
            throw new IllegalArgumentException("bad bead shape " + source + "-" + target);
        }
    }

    /** 1-0, 0-1 and every n-m with 1 ≤ n, m ≤ {@code max}. */
    public static List<BeadShape> upTo(int max) {
        List<BeadShape> shapes = new ArrayList<>();
        shapes.add(new BeadShape(1, 0));
        shapes.add(new BeadShape(0, 1));
        for (int s = 1; s <= max; s++) {
            for (int t = 1; t <= max; t++) {
                shapes.add(new BeadShape(s, t));
            }
        }
        return List.copyOf(shapes);
    }

    public boolean isLink() {
        return source > 0 && target > 0;
    }
}
