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

    /**
     * {@link #upTo(int) upTo(max)} and the one-to-many merges 1-k and k-1 for {@code max < k ≤
     * longest}: a sentence rendered as four is a translator's habit in some texts (Text+Berg's
     * German–French gold has six 1-4 and 4-1 beads in 422), where many-to-many merges beyond 3-3
     * are not (one 4-3 there, none in the Arabic–English gold).
     */
    public static List<BeadShape> upTo(int max, int longest) {
        List<BeadShape> shapes = new ArrayList<>(upTo(max));
        for (int k = max + 1; k <= longest; k++) {
            shapes.add(new BeadShape(1, k));
            shapes.add(new BeadShape(k, 1));
        }
        return List.copyOf(shapes);
    }

    public boolean isLink() {
        return source > 0 && target > 0;
    }
}
