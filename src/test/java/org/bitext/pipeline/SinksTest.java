package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.bitext.output.HtmlReviewSettings;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder, combined and stream sinks, fed by the real pipeline on small bilingual documents. */
class SinksTest {
    @TempDir
    Path dir;

    static final String[][] TEXTS = {
        {"The army left the base on Monday.", "Five hundred soldiers were there in 2019.",
            "غادر الجيش القاعدة يوم الاثنين.", "كان هناك خمسمائة جندي في عام ٢٠١٩."},
        {"The minister opened a school in Basra.", "It cost two million dollars.",
            "افتتح الوزير مدرسة في البصرة.", "وكلفت مليوني دولار."},
        {"Rain fell on the city for three days.", "Roads were closed on 12 May.",
            "هطلت الأمطار على المدينة ثلاثة أيام.", "وأغلقت الطرق في ١٢ مايو."},
    };

    /** Writes the fixture documents a.txt, b.txt, c.txt into {@code in} and returns the folder. */
    static Path fixtures(Path in) throws IOException {
        Files.createDirectories(in);
        for (int k = 0; k < TEXTS.length; k++) {
            String[] t = TEXTS[k];
            Files.writeString(in.resolve((char) ('a' + k) + ".txt"),
                    t[0] + "\n\n" + t[1] + "\n\n" + t[2] + "\n\n" + t[3] + "\n");
        }
        return in;
    }

    private static OutputSettings settings(OutputFormat... formats) {
        TmxSettings tmx = TmxSettings.defaults("test");
        return new OutputSettings(EnumSet.copyOf(List.of(formats)), tmx, TsvSettings.defaults(),
                HtmlReviewSettings.of("en", "ar"));
    }

    private static BatchReport run(Path in, Path out, DocumentSink sink, int jobs) throws IOException {
        return new AlignmentPipeline().run(List.of(in), List.of(out), sink, line -> { },
                new BatchOptions(jobs, BatchProgress.NONE));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void folderSinkWritesEveryFormatPerDocumentAndOneReviewPage() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        Path out = dir.resolve("out");
        run(in, out, new FolderSink(out, settings(OutputFormat.values()), false), 1);
        assertEquals(List.of("a.ar", "a.en", "a.jsonl", "a.tmx", "a.tsv", "b.ar", "b.en", "b.jsonl",
                "b.tmx", "b.tsv", "c.ar", "c.en", "c.jsonl", "c.tmx", "c.tsv", "review.html"), names(out));
        assertEquals(Files.readAllLines(out.resolve("a.en")).size(), Files.readAllLines(out.resolve("a.ar")).size());
    }

    @Test
    void combinedSinkWritesOneCorpusInInputOrder() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        Path out = dir.resolve("out");
        run(in, out, new CombinedSink(out, settings(OutputFormat.TSV, OutputFormat.TMX, OutputFormat.JSONL)), 2);
        assertEquals(List.of("corpus.jsonl", "corpus.tmx", "corpus.tsv"), names(out));
        List<String> rows = Files.readAllLines(out.resolve("corpus.tsv"));
        assertEquals(6, rows.size());
        assertTrue(rows.get(0).startsWith("The army"), rows.get(0));
        assertTrue(rows.get(2).startsWith("The minister"), rows.get(2));
        assertTrue(rows.get(4).startsWith("Rain fell"), rows.get(4));
        String tmx = Files.readString(out.resolve("corpus.tmx"));
        assertEquals(1, tmx.split("<header", -1).length - 1);
        assertEquals(6, tmx.split("<tu>", -1).length - 1);
    }

    @Test
    void aCombinedCorpusThatFailsLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("out");
        CombinedSink sink = new CombinedSink(out, settings(OutputFormat.TSV));
        sink.accept(SamplePair.document());
        sink.abandon();
        assertEquals(List.of(), names(out));
    }

    @Test
    void outputsDoNotDependOnTheNumberOfJobs() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        run(in, one, new FolderSink(one, settings(OutputFormat.values()), false), 1);
        run(in, two, new FolderSink(two, settings(OutputFormat.values()), false), 2);
        assertEquals(names(one), names(two));
        for (String name : names(one)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
    }

    @Test
    void resumeSkipsDocumentsWhoseOutputsAreNewerThanTheirInputs() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        Path out = dir.resolve("out");
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.setLastModifiedTime(in.resolve(name), past);
        }
        OutputSettings settings = settings(OutputFormat.TSV, OutputFormat.TMX);
        run(in, out, new FolderSink(out, settings, true), 1);
        byte[] before = Files.readAllBytes(out.resolve("a.tsv"));

        // b changes after its outputs were written; a's TSV is spoilt but looks current
        Files.writeString(out.resolve("a.tsv"), "kept\n");
        Files.setLastModifiedTime(in.resolve("b.txt"), FileTime.from(Instant.now().plusSeconds(60)));
        BatchReport report = run(in, out, new FolderSink(out, settings, true), 2);
        assertEquals(List.of("a", "c"), report.upToDate());
        assertEquals("kept\n", Files.readString(out.resolve("a.tsv")));
        assertEquals(3, report.aligned());

        // another setting: nothing is current any more
        OutputSettings other = new OutputSettings(settings.formats(), settings.tmx(),
                settings.tsv().withHeader(true), settings.html());
        report = run(in, out, new FolderSink(out, other, true), 1);
        assertEquals(List.of(), report.upToDate());
        assertTrue(Files.readString(out.resolve("a.tsv")).startsWith("src\ttgt\tscore\n"));
        assertFalse(Files.readString(out.resolve("a.tsv")).contains("kept"));
        assertTrue(before.length > 0);
    }

    @Test
    void withoutResumeNothingIsSkipped() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        Path out = dir.resolve("out");
        run(in, out, new FolderSink(out, settings(OutputFormat.TSV), false), 1);
        assertEquals(List.of(), run(in, out, new FolderSink(out, settings(OutputFormat.TSV), false), 1).upToDate());
    }

    @Test
    void theReviewPageCannotBeResumed() {
        assertThrows(IllegalArgumentException.class,
                () -> new FolderSink(dir, settings(OutputFormat.HTML, OutputFormat.TSV), true));
    }

    @Test
    void aStreamWhoseReaderWentAwayStopsTheBatch() throws IOException {
        Path in = fixtures(dir.resolve("in"));
        List<String> lines = new ArrayList<>();
        // accepts three lines, then fails like a pipe whose reader exited
        Writer pipe = new Writer() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    if (lines.size() >= 3) {
                        throw new IOException("Broken pipe");
                    }
                    if (buf[i] == '\n') {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else {
                        line.append(buf[i]);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        PrintWriter out = new PrintWriter(pipe);
        DocumentSink sink = StreamSink.of(OutputFormat.TSV, settings(OutputFormat.TSV), out);
        assertThrows(OutputClosedException.class, () -> run(in, dir.resolve("none"), sink, 2));
        assertEquals(3, lines.size());
    }

    @Test
    void theMosesFormatCannotBeStreamed() {
        assertThrows(IllegalArgumentException.class, () -> StreamSink.of(OutputFormat.MOSES,
                settings(OutputFormat.MOSES), new PrintWriter(Writer.nullWriter())));
    }

    /** One aligned document without the pipeline, for sink-only tests. */
    static final class SamplePair {
        static org.bitext.model.AlignedDocument document() {
            var s = List.of(new org.bitext.model.Sentence(0, 0, new org.bitext.model.Span(0, 5), "Hello"));
            var t = List.of(new org.bitext.model.Sentence(0, 1, new org.bitext.model.Span(0, 5), "مرحبا"));
            return new org.bitext.model.AlignedDocument("x", List.of(Path.of("x.txt")), "en", "ar", s, t,
                    new org.bitext.model.Alignment(List.of(new org.bitext.model.Bead(0, 1, 0, 1, 1.0)), 1, 1));
        }
    }
}
