package org.bitext.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @Test
    void manifestLinesAreDocumentsOrPairsFromTheManifestsFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        Path manifest = dir.resolve("m.tsv");
        Files.writeString(manifest, "\uFEFFa.txt\n\n# comment\nnews/b.en.txt\tnews/b.ar.txt\n");
        Inputs inputs = Inputs.fromManifest(manifest.toString());
        assertEquals(List.of(new UnitRef(0, "a", List.of(dir.resolve("a.txt").toString())),
                new UnitRef(1, "b", List.of(dir.resolve("news/b.en.txt").toString(),
                        dir.resolve("news/b.ar.txt").toString()))), inputs.units());
        assertEquals(List.of(), inputs.problems());
    }

    @Test
    void aBadManifestLineIsAProblemNamingItsLine(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("m.tsv");
        Files.writeString(manifest, "a\tb\tc\n\tb\n");
        List<String> messages = Inputs.fromManifest(manifest.toString()).problems().stream().map(Failure::message)
                .toList();
        assertEquals(List.of(manifest + ":1: expected a path, or an English and an Arabic path separated by a tab",
                manifest + ":2: expected a path, or an English and an Arabic path separated by a tab"), messages);
    }

    @Test
    void globPatternsArePairedLikeCommandLineFiles(@TempDir Path dir) throws IOException {
        for (String name : List.of("x.en.txt", "x.ar.txt", "y.txt", "z.md")) {
            Files.writeString(dir.resolve(name), "text");
        }
        Inputs inputs = Inputs.fromPatterns(List.of(dir + "/*.txt"));
        assertEquals(List.of("x", "y"), inputs.units().stream().map(UnitRef::stem).sorted().toList());
    }

    @Test
    void aFileReachedByTwoPatternsIsOneUnitAndAWarning(@TempDir Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "x");
        Inputs inputs = Inputs.fromPatterns(List.of(dir + "/*.txt", dir.resolve("a.txt").toString(),
                java.nio.file.Files.createSymbolicLink(dir.resolve("b.txt"), dir.resolve("a.txt")).toString()));
        assertEquals(1, inputs.units().size(), inputs.units().toString());
        assertEquals(List.of(dir.resolve("b.txt") + ": the same file as " + dir.resolve("a.txt") + ", read once"),
                inputs.warnings());
    }

    @Test
    void eitherAManifestOrAnInput() {
        BeamAlignOptions options = PipelineOptionsFactory.as(BeamAlignOptions.class);
        assertThrows(IllegalArgumentException.class, () -> Inputs.of(options));
    }

    @Test
    void pairStemDropsTheLanguageSuffix() {
        assertEquals("abc.12", Inputs.pairStem("abc.12.en.txt"));
        assertEquals("story", Inputs.pairStem("story.txt"));
    }
}
