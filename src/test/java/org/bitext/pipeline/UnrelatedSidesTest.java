package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.io.InputCollector;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvSettings;
import org.bitext.text.ScriptLanguageIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnrelatedSidesTest {
    private static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path dir;

    /** n 1-1 beads with the given scores, then a 1-0 bead scored 0. */
    private static Alignment links(double... scores) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            beads.add(new Bead(i, 1, i, 1, scores[i]));
        }
        beads.add(new Bead(scores.length, 1, scores.length, 0, 0.0));
        return new Alignment(beads, scores.length + 1, scores.length);
    }

    @Test
    void mostPairsScoredLowIsWarnedAboutNamingTheDocument() {
        Optional<String> warning = UnrelatedSides.standard().check(links(0.3, 0.5, 0.4, 0.9), "a.en.txt + b.ar.txt");
        assertEquals(Optional.of("a.en.txt + b.ar.txt: the two languages look unrelated (mean pair score 0.525 over"
                + " 4 pairs): check that one is a translation of the other; --min-score 0.75 leaves such pairs out"), warning);
    }

    @Test
    void aFewLowPairsAmongGoodOnesAreHardSentencesNotTheWrongFile() {
        assertTrue(UnrelatedSides.standard().check(links(0.2, 0.3, 0.99, 0.98, 0.97, 0.99), "x").isEmpty());
    }

    @Test
    void unalignedSentencesDoNotCountAndTwoPairsSayTooLittle() {
        assertTrue(UnrelatedSides.standard().check(links(0.1, 0.2), "x").isEmpty());
        assertTrue(UnrelatedSides.standard().check(links(0.6, 0.6, 0.6), "x").isEmpty(), "0.6 is related");
    }

    /** The Arabic paragraphs of the bilingual seed (an English translation, then its Arabic original). */
    private Path arabicOfSeed003() throws IOException {
        StringBuilder arabic = new StringBuilder();
        for (String line : Files.readAllLines(SEEDS.resolve("003_55dfabf2635491b5.txt"))) {
            long arabicLetters = line.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
            if (arabicLetters * 2 > line.length()) {
                arabic.append(line).append("\n\n");
            }
        }
        return Files.writeString(dir.resolve("qaim-arabic.txt"), arabic);
    }

    private List<String> warningsOfPair(Path english, Path arabic) throws IOException {
        List<String> warnings = new ArrayList<>();
        AlignmentPipeline pipeline = new AlignmentPipeline(LanguagePair.englishArabic(), Optional.empty(),
                new ScriptLanguageIdentifier());
        Path out = Files.createDirectories(dir.resolve("out"));
        BatchReport report = pipeline.run(new InputCollector(List.of()).collectPairs(List.of(english, arabic)),
                new FolderSink(out, TmxSettings.defaults("test"), TsvSettings.defaults()), warnings::add,
                BatchOptions.sequential());
        assertEquals(1, report.aligned(), warnings.toString());
        return warnings;
    }

    @Test
    void anotherArticleOnTheSameEventPairedWithTheArabicIsWarnedAbout() throws IOException {
        // seed 001 reports the same withdrawal from al-Qaim, in other words: not a translation
        Path english = SEEDS.resolve("001_db881905ab908f21.txt");
        List<String> warnings = warningsOfPair(english, arabicOfSeed003());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(english + " + ") && w.contains("look unrelated")),
                warnings.toString());
    }

    @Test
    void theSeedsOwnTranslationIsNot() throws IOException {
        // the bilingual seed read whole: its English half is the translation of its Arabic half
        List<String> warnings = new ArrayList<>();
        new AlignmentPipeline(LanguagePair.englishArabic(), Optional.empty(), new ScriptLanguageIdentifier())
                .run(List.of(SEEDS.resolve("003_55dfabf2635491b5.txt")), List.of(),
                        new FolderSink(Files.createDirectories(dir.resolve("out")), TmxSettings.defaults("test"),
                                TsvSettings.defaults()), warnings::add);
        assertFalse(warnings.stream().anyMatch(w -> w.contains("look unrelated")), warnings.toString());
    }
}
