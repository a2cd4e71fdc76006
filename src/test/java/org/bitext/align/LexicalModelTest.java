package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.LexicalModel.TrainingPair;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

class LexicalModelTest {
    @Test
    void confidentPairsAreTheConfidentOneToOneBeads() {
        AlignmentInput source = side(List.of("a"), List.of("b"), List.of("c", "d"), List.of("e"));
        AlignmentInput target = side(List.of("A"), List.of("B"), List.of("C"), List.of("E"));
        Alignment alignment = new Alignment(List.of(new Bead(0, 1, 0, 1, 0.9), new Bead(1, 1, 1, 1, 0.5),
                new Bead(2, 2, 2, 1, 0.95), new Bead(4, 0, 3, 1, 0.99)), 4, 4);
        assertEquals(List.of(new TrainingPair(List.of("a"), List.of("A"))),
                LexicalModel.confidentPairs(source, target, alignment));
    }

    @Test
    void builderKeepsTheFirstPairsUpToItsLimit() {
        LexicalModel.Builder builder = new LexicalModel.Builder(2);
        builder.addAll(List.of(pair(1), pair(2))).addAll(List.of(pair(3)));
        assertEquals(2, builder.pairs());
    }

    /** A lexicon trained on few pairs is weighed in proportion to them, up to 300 pairs. */
    @Test
    void theLexiconsWeightGrowsWithItsTrainingPairsUpToFull() {
        assertEquals(0.5, LexicalModel.evidence(150), 1e-12);
        assertEquals(1.0, LexicalModel.evidence(300), 1e-12);
        assertEquals(1.0, LexicalModel.evidence(5_000), 1e-12);
        LexicalModel.Builder builder = new LexicalModel.Builder(1_000);
        for (int k = 0; k < 30; k++) {
            builder.addAll(List.of(pair(k % 7)));
        }
        assertEquals(0.1, builder.buildOrNull().evidence(), 1e-12);
    }

    /** A distributed run trains the model once and ships it to workers; a copy must align alike. */
    @Test
    void aSerializedModelAlignsLikeTheOriginal() throws IOException, ClassNotFoundException {
        LexicalModel.Builder builder = new LexicalModel.Builder(1_000);
        for (int k = 0; k < 40; k++) {
            builder.addAll(List.of(pair(k % 7), pair(k % 5 + 7)));
        }
        LexicalModel model = builder.buildOrNull();
        assertNotNull(model);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        LexicalModel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (LexicalModel) in.readObject();
        }
        List<List<String>> s = new ArrayList<>();
        List<List<String>> t = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            s.add(pair(k % 11).source());
            t.add(pair((k * 5) % 11).target());
        }
        AlignmentInput source = AlignmentInput.unstructured(s.stream().map(w -> String.join(" ", w)).toList(), s);
        AlignmentInput target = AlignmentInput.unstructured(t.stream().map(w -> String.join(" ", w)).toList(), t);
        SentenceAligner aligner = new SentenceAligner();
        assertEquals(aligner.align(source, target, model), aligner.align(source, target, copy));
    }

    /** Sentence k: source words "wk xk", target words "yk zk" (each a translation of the other). */
    private static TrainingPair pair(int k) {
        return new TrainingPair(List.of("w" + k, "x" + k, "the"), List.of("y" + k, "z" + k, "al"));
    }

    @SafeVarargs
    private static AlignmentInput side(List<String>... tokens) {
        return AlignmentInput.unstructured(List.of(tokens).stream().map(w -> String.join(" ", w)).toList(),
                List.of(tokens));
    }
}
