package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

/** The aligner's law: beads cover every sentence of both sides exactly once, in order. */
class BeadCoverageLawTest {
    @Test
    void beadsCoverEverySentenceOnceInOrderForRandomDocuments() {
        Random random = new Random(20260101L);
        SentenceAligner aligner = new SentenceAligner();
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(25);
            int m = random.nextInt(25);
            AlignmentInput source = randomSide(random, n);
            AlignmentInput target = randomSide(random, m);
            Alignment alignment = aligner.align(source, target);
            int s = 0;
            int t = 0;
            for (Bead bead : alignment.beads()) {
                assertEquals(s, bead.sourceStart());
                assertEquals(t, bead.targetStart());
                assertTrue(bead.score() >= 0 && bead.score() <= 1);
                s = bead.sourceEnd();
                t = bead.targetEnd();
            }
            assertEquals(n, s);
            assertEquals(m, t);
        }
    }

    @Test
    void aLongDriftWidensTheBandInsteadOfFailing() {
        // 300 source sentences against 40: the best path leaves any narrow band around the diagonal.
        Random random = new Random(7);
        Alignment alignment = new SentenceAligner().align(randomSide(random, 300), randomSide(random, 40));
        assertEquals(300, alignment.sourceSize());
        assertEquals(40, alignment.targetSize());
    }

    private static AlignmentInput randomSide(Random random, int size) {
        List<String> sentences = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < size; i++) {
            if (random.nextInt(4) == 0) {
                paragraph++;
            }
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            List<String> toks = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(10) == 0 ? Integer.toString(random.nextInt(100))
                        : "w" + random.nextInt(50);
                text.append(word).append(' ');
                toks.add(word);
            }
            sentences.add(text.toString().trim());
            paragraphs.add(paragraph);
            tokens.add(toks);
        }
        return new AlignmentInput(sentences, paragraphs, tokens);
    }
}
