package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.align.RunOnSplitter;
import org.bitext.io.InputUnit;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;
import org.bitext.model.Sentence;
import org.bitext.text.ScriptLanguageIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitAlignerTest {
    private static final Path SEED = Path.of("seeds", "003_55dfabf2635491b5.txt");
    private final UnitAligner aligner = new UnitAligner(LanguagePair.englishArabic(), Optional.empty(),
            new ScriptLanguageIdentifier());

    /** A worker's first pass travels to the one that trains the lexicon, so it must survive serialization. */
    @Test
    void firstPassSurvivesSerialization() throws IOException, ClassNotFoundException {
        FirstPass first = aligner.firstPass(new InputUnit.Single("003", SEED), true);
        assertTrue(first.bilingual());
        assertFalse(first.trainingPairs().isEmpty());
        assertFalse(first.nameCounts().isEmpty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(first);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(first, in.readObject());
        }
    }

    @Test
    void namesAreNotCountedWhenKeptAsWritten() throws IOException {
        assertTrue(aligner.firstPass(new InputUnit.Single("003", SEED), false).nameCounts().isEmpty());
    }

    @Test
    void secondPassOfAMonolingualUnitIsEmpty(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("en.txt");
        Files.writeString(file, "Only English here.\n\nAnd a second paragraph.\n");
        InputUnit unit = new InputUnit.Single("en", file);
        assertFalse(aligner.firstPass(unit, true).bilingual());
        assertEquals(Optional.empty(), aligner.secondPass(unit, "en", null));
    }

    @Test
    void aRowThatNeitherStartsNorEndsAsASentenceScoresAtMostTheShareOfSuchRowsThatAreRight(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("visit.txt");
        Files.writeString(file, """
                The doctor asks about the fever.

                and how high has your fever been

                How long have you had the cough?

                يسأل الطبيب عن الحمى.

                وما مدى ارتفاع الحمى لديك

                منذ متى وأنت تعاني من السعال؟
                """);
        // the second pass without a lexicon: no run-on splitting, only the rescoring
        AlignedDocument document = aligner.secondPass(new InputUnit.Single("visit", file), "visit", null).orElseThrow();
        List<Bead> beads = document.alignment().beads();
        assertEquals(3, beads.size(), beads.toString());
        assertTrue(beads.get(1).score() <= RunOnSplitter.GUESSED_BOUNDARIES_PRECISION, beads.toString());
        assertTrue(beads.get(0).score() > RunOnSplitter.GUESSED_BOUNDARIES_PRECISION, beads.toString());
    }

    @Test
    void secondPassNamesTheDocumentByTheGivenStem() throws IOException {
        assertEquals("x~2", aligner.secondPass(new InputUnit.Single("003", SEED), "x~2", null).orElseThrow().stem());
    }

    @Test
    void failureMessageNamesTheFileOnce(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        InputUnit unit = new InputUnit.Single("missing", missing);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> aligner.firstPass(unit, true));
        String message = UnitAligner.failureMessage(unit, e);
        assertTrue(message.startsWith(missing.toString()), message);
        assertEquals(message.indexOf(missing.toString()), message.lastIndexOf(missing.toString()), message);
        assertEquals(missing + ": boom", UnitAligner.failureMessage(unit, new NoSuchFileException("boom")));
    }

    @Test
    void aRepeatedStemGetsTheNextFreeNumber() {
        UniqueStems stems = new UniqueStems();
        List<String> warnings = new ArrayList<>();
        assertEquals("x", stems.assign(new InputUnit.Single("x", Path.of("a", "x.txt")), warnings::add));
        assertEquals("x~2", stems.assign(new InputUnit.Single("x", Path.of("b", "x.txt")), warnings::add));
        assertEquals(List.of(Path.of("b", "x.txt") + ": another input has the stem x; writing it as x~2"), warnings);
    }

    /** A run-on sentence cut in pieces: each piece keeps its paragraph and points at its own text. */
    @Test
    void piecesOfASentenceKeepTheirParagraphAndSpan() {
        String paragraph = "Intro. and i have a cough too and i have a little cold";
        int start = paragraph.indexOf("and");
        Sentence whole = new Sentence(1, 4, new org.bitext.model.Span(start, paragraph.length()),
                paragraph.substring(start));
        Sentence first = new Sentence(0, 4, new org.bitext.model.Span(0, 6), "Intro.");
        List<Sentence> out = UnitAligner.pieces(List.of(first, whole), List.of(
                new org.bitext.align.RunOnSplitter.Piece(0, 0, 6),
                new org.bitext.align.RunOnSplitter.Piece(1, 0, 22),
                new org.bitext.align.RunOnSplitter.Piece(1, 23, whole.text().length())));
        assertEquals(List.of("Intro.", "and i have a cough too", "and i have a little cold"),
                out.stream().map(Sentence::text).toList());
        for (int i = 0; i < out.size(); i++) {
            assertEquals(i, out.get(i).index());
            assertEquals(4, out.get(i).paragraphIndex());
            assertEquals(out.get(i).text(), out.get(i).span().of(paragraph));
        }
    }

    /** Pass 2 on a document kept with the pair pass 1 prepared gives what it gives on the document read again. */
    @Test
    void secondPassReusingPassOnesPairEqualsOneOnTheDocumentReadAgain(@TempDir Path dir) throws IOException {
        // the bilingual seed a few times over, for enough training pairs to learn a lexicon
        List<InputUnit> units = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            Path copy = dir.resolve("doc" + k + ".txt");
            Files.copy(SEED, copy);
            units.add(new InputUnit.Single("doc" + k, copy));
        }
        org.bitext.align.LexicalModel.Builder training = new org.bitext.align.LexicalModel.Builder(1_000);
        List<PreparedDocument> kept = new ArrayList<>();
        for (InputUnit unit : units) {
            UnitAligner.Learned learned = aligner.learn(aligner.prepare(unit, StageTimes.off()), false, true,
                    StageTimes.off());
            assertTrue(learned.doc().pair() != null);
            training.addAll(learned.first().trainingPairs());
            kept.add(learned.doc());
        }
        org.bitext.align.LexicalModel lexicon = training.buildOrNull();
        assertTrue(lexicon != null);
        for (int k = 0; k < units.size(); k++) {
            PreparedDocument again = aligner.prepare(units.get(k), StageTimes.off());
            assertEquals(null, again.pair());
            assertEquals(aligner.secondPass(again, "s", lexicon, List.of(), StageTimes.off()).orElseThrow().alignment(),
                    aligner.secondPass(kept.get(k), "s", lexicon, List.of(), StageTimes.off()).orElseThrow().alignment());
        }
    }
}
