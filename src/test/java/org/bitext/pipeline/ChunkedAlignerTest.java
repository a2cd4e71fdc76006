package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bitext.align.AlignmentInput;
import org.bitext.align.SentenceAligner;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

class ChunkedAlignerTest {
    /** {@code n} sentences of varied length, {@code perParagraph} to a paragraph; scale stretches lengths. */
    private static AlignmentInput side(int n, int perParagraph, double scale) {
        List<String> texts = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add("x".repeat((int) Math.round(scale * (10 + (i * 37) % 90))));
            paragraphs.add(i / perParagraph);
            tokens.add(List.of());
        }
        return new AlignmentInput(texts, paragraphs, tokens);
    }

    @Test
    void smallDocumentIsAlignedInOnePieceAsBefore() {
        AlignmentInput s = side(50, 3, 1.0);
        AlignmentInput t = side(50, 3, 1.2);
        SentenceAligner aligner = new SentenceAligner();
        assertEquals(aligner.align(s, t, null), new ChunkedAligner(aligner, 100).align(s, t, null));
    }

    @Test
    void largeDocumentIsCutAtParagraphStartsOnBothSides() {
        AlignmentInput s = side(1000, 4, 1.0);
        AlignmentInput t = side(1000, 4, 1.3);
        int[][] cuts = ChunkedAligner.cuts(s, t, 200);
        assertEquals(6, cuts.length);
        for (int k = 1; k < cuts.length - 1; k++) {
            assertEquals(0, cuts[k][0] % 4, "source cut at a paragraph start");
            assertEquals(0, cuts[k][1] % 4, "target cut at a paragraph start");
            assertTrue(cuts[k][0] >= cuts[k - 1][0] && cuts[k][1] >= cuts[k - 1][1]);
        }
    }

    @Test
    void chunkedAlignmentCoversEverySentenceOnceInOrder() {
        AlignmentInput s = side(900, 3, 1.0);
        AlignmentInput t = side(870, 3, 1.25);
        Alignment a = new ChunkedAligner(new SentenceAligner(), 200).align(s, t, null);
        int source = 0;
        int target = 0;
        for (Bead b : a.beads()) {
            assertEquals(source, b.sourceStart());
            assertEquals(target, b.targetStart());
            source = b.sourceEnd();
            target = b.targetEnd();
        }
        assertEquals(900, source);
        assertEquals(870, target);
    }

    @Test
    void parallelTextStaysMostlyOneToOneAcrossCuts() {
        AlignmentInput s = side(1000, 5, 1.0);
        AlignmentInput t = side(1000, 5, 1.2);
        Alignment a = new ChunkedAligner(new SentenceAligner(), 150).align(s, t, null);
        long diagonal = a.beads().stream().filter(b -> b.type().equals("1-1") && b.sourceStart() == b.targetStart()).count();
        assertTrue(diagonal >= 950, "1-1 beads on the diagonal: " + diagonal);
    }
}
