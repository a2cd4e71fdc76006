package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails mid-batch: every output whole (old or new), no temporary file, a failure to exit on. */
class WritingFailureTest {
    @TempDir
    Path in;

    @TempDir
    Path out;

    @Test
    void failedWriteKeepsPreviousOutputsAndIsReported() throws Exception {
        Files.writeString(in.resolve("a.txt"), DocumentPreparerCasesTest.EN + "\n\n" + DocumentPreparerCasesTest.AR);
        Files.writeString(in.resolve("b.txt"), DocumentPreparerCasesTest.EN + "\n\n" + DocumentPreparerCasesTest.AR);
        Files.writeString(out.resolve("a.tmx"), "previous");
        Files.createDirectories(out.resolve("a.tsv").resolve("occupied")); // renaming over it fails
        List<String> warnings = new ArrayList<>();
        BatchReport report = new AlignmentPipeline(LanguagePair.englishArabic(), Optional.empty(),
                new ScriptLanguageIdentifier()).run(List.of(in), List.of(out),
                new FolderSink(out, TmxSettings.defaults("test"), TsvSettings.defaults()), warnings::add);
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith(in.resolve("a.txt") + ": cannot write output for a"),
                report.failures().get(0));
        // the sink may write the TMX before or after the failing TSV: either way it is whole
        String tmx = Files.readString(out.resolve("a.tmx"));
        if (!tmx.equals("previous")) {
            TmxValidation.parseValid(tmx.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(Files.isDirectory(out.resolve("a.tsv").resolve("occupied")), "the failed target is untouched");
        assertTrue(Files.exists(out.resolve("b.tsv")) && Files.exists(out.resolve("b.tmx")), "the batch went on");
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
