package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bitext.output.TmxSettings;
import org.bitext.output.TmxValidation;
import org.bitext.output.TsvSettings;
import org.bitext.text.ScriptLanguageIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guarantees of issue 7 end to end: a folder of nasty inputs through {@link AlignmentPipeline}
 * and a {@link FolderSink}; the batch goes on, every error names its file, and every output is
 * complete and well-formed.
 */
class NastyBatchTest {
    static final String EN = DocumentPreparerCasesTest.EN;
    static final String AR = DocumentPreparerCasesTest.AR;

    @TempDir
    Path in;

    @TempDir
    Path scratch;

    private Path out;
    private final List<String> warnings = new ArrayList<>();
    private BatchReport report;

    @BeforeEach
    void runOverNastyFolder() throws Exception {
        String doc = EN + "\n\n" + AR + "\n";
        write("plain.txt", doc.getBytes(StandardCharsets.UTF_8));
        write("with space and ünïcödé خبر.txt", doc.getBytes(StandardCharsets.UTF_8));
        write("new\nline.txt", doc.getBytes(StandardCharsets.UTF_8));
        write("legacy1256.txt", doc.getBytes(Charset.forName("windows-1256")));
        write("legacy88596.txt", doc.getBytes(Charset.forName("ISO-8859-6")));
        write("trojan.txt", (EN.replace("talks", "\u202Etalks\u202C\t\u0085") + "\n\n\u200F" + AR + "\u2066\n")
                .getBytes(StandardCharsets.UTF_8));
        write("controls.txt", (EN.replace("said", "s\u0001a\u0008id\uFFFF") + "\n\n" + AR.replace("قال", "قال\u009C") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        write("nul.txt", "abc\u0000def".getBytes(StandardCharsets.UTF_8));
        write("garbage.txt", new byte[] {'a', (byte) 0x81, 0x01, (byte) 0x8D, 0x02, (byte) 0x9D});
        write("empty.txt", new byte[0]);
        write("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8));
        write("..txt", doc.getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(in.resolve("dir.txt"));
        write("dir.txt/inner.txt", doc.getBytes(StandardCharsets.UTF_8));
        Files.createSymbolicLink(in.resolve("loop"), in);
        Files.createLink(in.resolve("zz-same.txt"), in.resolve("plain.txt"));
        out = in.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.txt"), EN + "\n\n" + AR); // must never be read back
        AlignmentPipeline pipeline = new AlignmentPipeline(LanguagePair.englishArabic(), Optional.empty(),
                new ScriptLanguageIdentifier());
        report = pipeline.run(List.of(in), List.of(out),
                new FolderSink(out, TmxSettings.defaults("test"), TsvSettings.defaults()), warnings::add);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(in.resolve(name), bytes);
    }

    private List<Path> outputs() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> !p.getFileName().toString().equals("stale.txt")).sorted().toList();
        }
    }

    @Test
    void batchGoesOnAndFailsOnlyTheBadFiles() {
        assertEquals(3, report.failures().size(), report.failures().toString());
        assertTrue(report.hasFailures(), "the CLI exits 3 on failures");
        assertEquals(9, report.aligned(), warnings.toString());
    }

    @Test
    void everyErrorNamesItsFileAndByteOffset() {
        for (String name : List.of("image.txt", "nul.txt", "garbage.txt")) {
            assertTrue(report.failures().stream().anyMatch(f -> f.matches(java.util.regex.Pattern.quote(in.resolve(name).toString()) + ":\\d+: byte \\d+: .*")),
                    name + " in " + report.failures());
        }
    }

    @Test
    void noStackTraceReachesTheWarnings() {
        for (String w : warnings) {
            assertFalse(w.contains("\tat ") || w.contains("Exception"), w);
        }
    }

    @Test
    void detectedEncodingsAreCounted() {
        assertEquals(1, report.encodings().get("windows-1256 (detected)"), report.encodings().toString());
        assertEquals(1, report.encodings().get("ISO-8859-6 (detected)"), report.encodings().toString());
    }

    @Test
    void emptyFilesAreReportedNotFailed() {
        assertEquals(2, report.setAside().get(DocumentPreparer.EMPTY_FILE));
        assertTrue(report.monolingual().containsAll(List.of("empty", "blank")), report.monolingual().toString());
    }

    @Test
    void aFileReachedTwiceIsAlignedOnceWithAWarningNotAFailure() {
        assertTrue(warnings.contains(in.resolve("zz-same.txt") + ": the same file as " + in.resolve("plain.txt")
                + ", read once"), warnings.toString());
        assertTrue(report.failures().stream().noneMatch(f -> f.contains("zz-same")), report.failures().toString());
    }

    @Test
    void ownOutputFolderIsNeverRead() {
        assertFalse(report.monolingual().contains("stale"));
        assertEquals(14, report.units(), "14 files; the stale one in out/ excluded, the symlink loop not followed");
    }

    @Test
    void noTemporaryFileIsLeft() throws IOException {
        assertTrue(outputs().stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), outputs().toString());
    }

    @Test
    void everyTmxIsWellFormedAndValid() throws Exception {
        List<Path> tmx = outputs().stream().filter(p -> p.toString().endsWith(".tmx")).toList();
        assertEquals(9, tmx.size(), outputs().toString());
        for (Path p : tmx) {
            TmxValidation.parseValid(Files.readAllBytes(p));
            String text = Files.readString(p);
            assertFalse(text.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                    || c >= 0x80 && c <= 0x9F), p.toString());
        }
    }

    @Test
    void everyTsvLineHasTheDeclaredColumns() throws IOException {
        List<Path> tsv = outputs().stream().filter(p -> p.toString().endsWith(".tsv")).toList();
        assertEquals(9, tsv.size());
        for (Path p : tsv) {
            String text = Files.readString(p);
            assertTrue(text.endsWith("\n"), p.toString());
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                assertEquals(3, line.split("\t", -1).length, p + ": " + line);
                assertTrue(line.split("\t", -1)[2].matches("[01]\\.\\d{3}"), line);
            }
        }
    }
}
