package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.output.TmxSettings;
import org.bitext.output.TmxValidation;
import org.bitext.output.TsvSettings;
import org.bitext.text.lang.NgramLanguageIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden test for the whole pipeline on seed 003 (an English translation followed by its Arabic
 * original). Regenerate the golden files, after checking the new output by eye, with
 * {@code mvn -B test -Dtest=SeedGoldenTest -Dbitext.golden.update=true}.
 */
class SeedGoldenTest {
    private static final Path SEED = Path.of("seeds", "003_55dfabf2635491b5.txt");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final String STEM = "003_55dfabf2635491b5";

    @TempDir
    Path out;

    private BatchReport alignSeed() throws IOException {
        AlignmentPipeline pipeline = new AlignmentPipeline(LanguagePair.englishArabic(), Optional.empty(),
                NgramLanguageIdentifier.standard());
        List<String> warnings = new ArrayList<>();
        BatchReport report = pipeline.run(List.of(SEED), List.of(),
                new FolderSink(out, TmxSettings.defaults("test"), TsvSettings.defaults()), warnings::add);
        assertEquals(List.of(), warnings);
        return report;
    }

    @Test
    void seed003MatchesTheGoldenTsvAndTmx() throws IOException {
        BatchReport report = alignSeed();
        assertEquals(1, report.aligned());
        for (String ext : List.of(".tsv", ".tmx")) {
            Path actual = out.resolve(STEM + ext);
            Path golden = GOLDEN.resolve(STEM + ext);
            if (Boolean.getBoolean("bitext.golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.copy(actual, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), Files.readString(actual, StandardCharsets.UTF_8),
                    "output differs from " + golden);
        }
    }

    @Test
    void seed003TmxIsValidAgainstTheDtd() throws Exception {
        alignSeed();
        TmxValidation.parseValid(Files.readAllBytes(out.resolve(STEM + ".tmx")));
    }

    @Test
    void theArabicSentenceTranslatedByTwoEnglishSentencesGetsBothInOneRow() throws IOException {
        alignSeed();
        List<String> rows = Files.readAllLines(out.resolve(STEM + ".tsv"), StandardCharsets.UTF_8);
        String merged = rows.stream().filter(r -> r.startsWith("The occupying International Coalition"))
                .findFirst().orElseThrow();
        String[] cells = merged.split("\t");
        assertTrue(cells[0].endsWith("belonging to the Coalition."), cells[0]);
        assertTrue(cells[1].startsWith("انسحبت قوات التحالف الدولي"), cells[1]);
        assertEquals(8, rows.size());
    }
}
