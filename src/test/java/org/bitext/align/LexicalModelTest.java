package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        LexicalModel copy = JavaSerialization.roundTrip(model, LexicalModel.class);
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

    /**
     * The model keeps its vectors' scratch from one document pair to the next: a pair compared
     * after others (whose words fill other slots of the scratch) scores as on a fresh model.
     */
    @Test
    void aPairComparedAfterOthersScoresAsOnAFreshModel() {
        LexicalModel.Builder builder = new LexicalModel.Builder(1_000);
        for (int k = 0; k < 40; k++) {
            builder.addAll(List.of(pair(k % 7), pair(k % 5 + 7)));
        }
        LexicalModel used = builder.buildOrNull();
        LexicalModel fresh = builder.buildOrNull();
        List<List<String>> before = List.of(pair(3).source(), pair(9).source(), List.of("the", "the", "w3"));
        List<List<String>> beforeTarget = List.of(pair(3).target(), List.of("al", "y9", "al"));
        used.similarity(before, beforeTarget);
        used.similarity(beforeTarget, before);
        List<List<String>> s = List.of(pair(1).source(), List.of("w2", "the", "w2", "x4"), pair(8).source());
        List<List<String>> t = List.of(pair(8).target(), pair(1).target(), List.of("z2", "al", "y4"));
        LexicalSimilarity again = used.similarity(s, t);
        LexicalSimilarity first = fresh.similarity(s, t);
        int m = t.size();
        for (int i = 0; i < s.size(); i++) {
            float[] forward = new float[m];
            float[] backward = new float[m];
            float[] freshForward = new float[m];
            float[] freshBackward = new float[m];
            again.rowDots(i, 0, m, forward, backward, 0, null);
            first.rowDots(i, 0, m, freshForward, freshBackward, 0, null);
            assertArrayEquals(freshForward, forward);
            assertArrayEquals(freshBackward, backward);
            for (int j = 0; j < m; j++) {
                assertEquals(first.similarityOfSums(i, 1, j, 1, forward[j], backward[j]),
                        again.similarityOfSums(i, 1, j, 1, forward[j], backward[j]));
            }
        }
    }

    /** Sentence k: source words "wk xk", target words "yk zk" (each a translation of the other). */
    /**
     * A document's own pairs taught the model a wrong translation (two of its sentences shifted by
     * one: "red" beside "bleu"); the model without them translates the word as the rest of the
     * batch does, and a word only those pairs held is no longer known.
     */
    @Test
    void theModelWithoutADocumentsPairsForgetsWhatOnlyTheyTaught() {
        List<TrainingPair> batch = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            batch.add(pair(k % 10));
            if (k % 8 == 0) {
                batch.add(new TrainingPair(List.of("red", "w" + k % 10), List.of("rouge", "y" + k % 10)));
            }
        }
        List<TrainingPair> own = List.of(new TrainingPair(List.of("red", "odd"), List.of("bleu", "bizarre")),
                new TrainingPair(List.of("red", "odd"), List.of("bleu", "bizarre")),
                new TrainingPair(List.of("red", "odd"), List.of("bleu", "bizarre")),
                new TrainingPair(List.of("red"), List.of("bleu")));
        LexicalModel model = new LexicalModel.Builder(1_000).addAll(batch).addAll(own).buildOrNull();
        assertNotNull(model);
        LexicalModel without = model.without(own);
        int red = model.sourceIds(List.of(List.of("red")))[0][0];
        int odd = model.sourceIds(List.of(List.of("odd")))[0][0];
        int rouge = model.targetIds(List.of(List.of("rouge")))[0][0];
        int bleu = model.targetIds(List.of(List.of("bleu")))[0][0];
        int bizarre = model.targetIds(List.of(List.of("bizarre")))[0][0];
        assertTrue(model.linkStrength(red, bleu) > 0.3, "trained on them, the model links red and bleu");
        assertTrue(without.linkStrength(red, bleu) < 0.1, () -> "without them: " + without.linkStrength(red, bleu));
        assertTrue(without.linkStrength(red, rouge) > model.linkStrength(red, rouge));
        assertTrue(model.linkStrength(odd, bizarre) > 0.3);
        assertEquals(0, without.linkStrength(odd, bizarre), "a word only the document held is unknown without it");
        assertSame(model, model.without(List.of()));
    }

    /** A document that taught more than a tenth of the lexicon keeps it: without it the words only it has would be lost. */
    @Test
    void aDocumentThatTaughtMuchOfTheModelKeepsIt() {
        List<TrainingPair> batch = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            batch.add(pair(k % 5));
        }
        List<TrainingPair> own = batch.subList(0, 3);
        LexicalModel model = new LexicalModel.Builder(1_000).addAll(batch).buildOrNull();
        assertSame(model, model.without(own));
        assertTrue(model.without(batch.subList(0, 2)) != model);
    }

    private static TrainingPair pair(int k) {
        return new TrainingPair(List.of("w" + k, "x" + k, "the"), List.of("y" + k, "z" + k, "al"));
    }

    @SafeVarargs
    private static AlignmentInput side(List<String>... tokens) {
        return AlignmentInput.unstructured(List.of(tokens).stream().map(w -> String.join(" ", w)).toList(),
                List.of(tokens));
    }

    /**
     * "Harvard students take a course to get enough rest" as tokens (clitics off, five letters
     * at most, as the caller's tokenizer makes them), and its letters without spaces, folded.
     */
    private static final List<String> TOKENS = List.of("طلاب", "جامعه", "هارفا", "يتلقو", "دوره", "حصول", "علي",
            "قسط", "كاف", "من", "راحه");
    private static final String GLUED = "طلابجامعههارفارديتلقوندورهللحصولعليقسطكافمنالراحه";

    @Test
    void theWordsOfARunWithoutSpacesAreFoundWhereTheirTokensStart() {
        List<String> found = LexicalModel.spot(GLUED, Vocabulary.of(List.of(TOKENS)));
        // all but "من" (from): two letters are no word to look for, they occur anywhere
        List<String> wanted = TOKENS.stream().filter(t -> t.length() >= 3).toList();
        assertEquals(TOKENS.size() - 1, wanted.size());
        assertTrue(found.containsAll(wanted), () -> found + " lacks some of " + wanted);
    }

    @Test
    void onlySentencesWithARunWithoutSpacesGetOtherTokens() {
        Vocabulary vocabulary = Vocabulary.of(List.of(TOKENS));
        UnspacedRuns unspaced = sentence -> sentence.contains("glued")
                ? List.of(new UnspacedRuns.Run(List.of("طلابج"), GLUED)) : List.of();
        AlignmentInput spaced = AlignmentInput.unstructured(List.of("spaced"), List.of(TOKENS));
        assertSame(spaced.tokens(), LexicalModel.spotted(spaced, vocabulary, unspaced));
        AlignmentInput side = AlignmentInput.unstructured(List.of("spaced", "said glued"),
                List.of(TOKENS, List.of("قال", "طلابج")));
        List<List<String>> spotted = LexicalModel.spotted(side, vocabulary, unspaced);
        assertEquals(TOKENS, spotted.get(0));
        assertTrue(spotted.get(1).containsAll(TOKENS.stream().filter(t -> t.length() >= 3).toList()),
                spotted.get(1)::toString);
        assertTrue(spotted.get(1).contains("قال"), "the sentence's other words keep their tokens");
        assertTrue(!spotted.get(1).contains("طلابج"), "the run's own token is gone");
    }
}
