package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The output options of {@code bitext align}: formats, combined files, TSV, stdin, jobs, resume, quiet. */
class AlignOutputOptionsTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private String stdin = "";

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        AlignCommand align = (AlignCommand) cli.getSubcommands().get("align").getCommandSpec().userObject();
        align.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        align.progressBar = Optional.of(false);
        return cli.execute(args);
    }

    private Path inputs() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), """
                The army left the base on Monday.

                Five hundred soldiers were there in 2019.

                غادر الجيش القاعدة يوم الاثنين.

                كان هناك خمسمائة جندي في عام ٢٠١٩.
                """);
        Files.writeString(in.resolve("b.txt"), """
                The minister opened a school in Basra.

                It cost two million dollars.

                افتتح الوزير مدرسة في البصرة.

                وكلفت مليوني دولار.
                """);
        return in;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void severalFormatsAtOnce() throws IOException {
        Path o = dir.resolve("o");
        assertEquals(0, run("align", inputs().toString(), "-o", o.toString(), "--format", "tmx,tsv,moses,jsonl,html"));
        assertEquals(List.of("a.ar", "a.en", "a.jsonl", "a.tmx", "a.tsv", "b.ar", "b.en", "b.jsonl", "b.tmx", "b.tsv",
                "review.html"), names(o));
    }

    @Test
    void defaultFolderFormatsAreTmxAndTsv() throws IOException {
        Path o = dir.resolve("o");
        assertEquals(0, run("align", inputs().toString(), "-o", o.toString()));
        assertEquals(List.of("a.tmx", "a.tsv", "b.tmx", "b.tsv"), names(o));
    }

    @Test
    void combinedWritesOneCorpusPerFormatInInputOrder() throws IOException {
        Path o = dir.resolve("o");
        assertEquals(0, run("align", inputs().toString(), "-o", o.toString(), "--combined", "--format", "tsv,moses"));
        assertEquals(List.of("corpus.ar", "corpus.en", "corpus.tsv"), names(o));
        List<String> rows = Files.readAllLines(o.resolve("corpus.tsv"));
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).startsWith("The army") && rows.get(2).startsWith("The minister"), rows.toString());
    }

    @Test
    void tsvHeaderColumnsAndEscape() throws IOException {
        assertEquals(0, run("align", inputs().toString(), "-o", "-", "--header", "--columns", "doc,type,src,tgt",
                "--tsv-escape", "backslash"));
        String[] lines = out.toString().split("\n");
        assertEquals("doc\ttype\tsrc\ttgt", lines[0]);
        assertTrue(lines[1].startsWith("a\t1-1\tThe army left the base on Monday.\t"), lines[1]);
        assertEquals(5, lines.length);
    }

    @Test
    void jsonlToStandardOutput() throws IOException {
        assertEquals(0, run("align", inputs().toString(), "-o", "-", "--format", "jsonl"));
        String[] lines = out.toString().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("{\"doc\":\"a\",\"src\":\"The army"), lines[0]);
        assertFalse(out.toString().contains("bitext:"), "stdout holds data only");
    }

    @Test
    void oneTmxDocumentToStandardOutputWithTheLanguageTagsAsGiven() throws IOException {
        assertEquals(0, run("align", inputs().toString(), "-o", "-", "--format", "tmx", "--src-lang", "en-US",
                "--tgt-lang", "ar-EG", "--creation-date", "2020-03-18T02:19:00Z"));
        String tmx = out.toString();
        assertEquals(1, tmx.split("<tmx ", -1).length - 1);
        assertEquals(4, tmx.split("<tuv xml:lang=\"en-US\">", -1).length - 1);
        assertEquals(4, tmx.split("<tuv xml:lang=\"ar-EG\">", -1).length - 1);
        assertTrue(tmx.contains("creationdate=\"20200318T021900Z\""), tmx);
    }

    @Test
    void standardInputIsOneDocumentNamedStdin() {
        stdin = "The army left the base on Monday.\n\nغادر الجيش القاعدة يوم الاثنين.\n";
        assertEquals(0, run("align", "-", "-o", "-", "--columns", "doc,src,tgt"));
        assertEquals("stdin\tThe army left the base on Monday.\tغادر الجيش القاعدة يوم الاثنين.\n", out.toString());
    }

    @Test
    void problemsOfStandardInputNameItNotTheTemporaryFile() {
        byte[] latin = {'a', '\n', (byte) 0xFF};
        CommandLine cli = Main.commandLine();
        StringWriter e = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(e));
        AlignCommand align = (AlignCommand) cli.getSubcommands().get("align").getCommandSpec().userObject();
        align.stdin = new ByteArrayInputStream(latin);
        align.progressBar = Optional.of(false);
        assertEquals(ExitCode.BAD_INPUT, cli.execute("align", "-", "-o", "-"));
        assertTrue(e.toString().contains("<stdin>:2:"), e.toString());
        assertFalse(e.toString().contains("bitext-stdin-"), e.toString());
    }

    @Test
    void aReaderThatStopsAfterThreeLinesEndsTheRunQuietly() throws IOException {
        Path in = inputs();
        StringBuilder received = new StringBuilder();
        // like `bitext align ... -o - | head -3`: the fourth line meets a closed pipe
        java.io.Writer head = new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    if (received.chars().filter(c -> c == '\n').count() == 3) {
                        throw new IOException("Broken pipe");
                    }
                    received.append(buf[i]);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        CommandLine cli = Main.commandLine();
        StringWriter e = new StringWriter();
        cli.setOut(new PrintWriter(head));
        cli.setErr(new PrintWriter(e));
        ((AlignCommand) cli.getSubcommands().get("align").getCommandSpec().userObject()).progressBar = Optional.of(false);
        assertEquals(ExitCode.OK, cli.execute("align", in.toString(), "-o", "-", "--jobs", "2"));
        assertEquals(3, received.toString().split("\n").length);
        assertEquals("", e.toString(), "nothing on stderr: no trace, no summary");
    }

    @Test
    void jobsOneAndTwoGiveTheSameBytes() throws IOException {
        Path in = inputs();
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, run("align", in.toString(), "-o", one.toString(), "--jobs", "1", "--format", "tmx,tsv,jsonl"));
        assertEquals(0, run("align", in.toString(), "-o", two.toString(), "--jobs", "2", "--format", "tmx,tsv,jsonl"));
        assertEquals(names(one), names(two));
        for (String name : names(one)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
    }

    /** {@link #inputs}, written long before any output, as --resume compares times. */
    private Path oldInputs() throws IOException {
        Path in = inputs();
        Files.setLastModifiedTime(in.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.setLastModifiedTime(in.resolve("b.txt"), java.nio.file.attribute.FileTime.fromMillis(0));
        return in;
    }

    @Test
    void resumeKeepsCurrentOutputsAndSaysSo() throws IOException {
        Path in = oldInputs();
        Path o = dir.resolve("o");
        assertEquals(0, run("align", in.toString(), "-o", o.toString(), "--resume"));
        assertEquals(0, run("align", in.toString(), "-o", o.toString(), "--resume"));
        assertTrue(err.toString().contains("up to date, kept (--resume): 2"), err.toString());
    }

    @Test
    void resumeRewritesOutputsMadeWithOtherSpellingsNamesOrDictionary() throws IOException {
        Path in = oldInputs();
        Path o = dir.resolve("o");
        Path dictionary = Files.writeString(dir.resolve("dict.tsv"), "army\tالجيش\n");
        String[] base = {"align", in.toString(), "-o", o.toString(), "--resume"};
        assertEquals(0, run(base));
        assertEquals(0, run(append(base, "--keep-spellings")));
        assertFalse(err.toString().contains("up to date"), err.toString());
        assertEquals(0, run(append(base, "--keep-spellings")));
        assertTrue(err.toString().contains("up to date, kept (--resume): 2"), err.toString());
        assertEquals(0, run(append(base, "--keep-spellings", "--dictionary", dictionary.toString())));
        assertFalse(err.toString().contains("up to date"), err.toString());
        assertEquals(0, run(append(base, "--keep-spellings", "--dictionary", dictionary.toString())));
        assertTrue(err.toString().contains("up to date, kept (--resume): 2"), err.toString());
        // another dictionary under the same name is another option
        Files.writeString(dictionary, "army\tجيش\n");
        assertEquals(0, run(append(base, "--keep-spellings", "--dictionary", dictionary.toString())));
        assertFalse(err.toString().contains("up to date"), err.toString());
    }

    private static String[] append(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void quietPrintsNoSummaryButStillNamesBadInputs() throws IOException {
        Path in = inputs();
        Files.write(in.resolve("bad.txt"), new byte[] {'a', '\n', (byte) 0xFF});
        assertEquals(ExitCode.BAD_INPUT, run("align", in.toString(), "-o", dir.resolve("o").toString(), "--quiet"));
        assertTrue(err.toString().contains("bad.txt:2:"), err.toString());
        assertFalse(err.toString().contains("documents or pairs"), err.toString());
    }

    @Test
    void usageErrorsForOptionsThatDoNotFit() throws IOException {
        String in = inputs().toString();
        String o = dir.resolve("o").toString();
        assertEquals(ExitCode.USAGE, run("align", in, "-o", "-", "--format", "tmx,tsv"));
        assertEquals(ExitCode.USAGE, run("align", in, "-o", "-", "--format", "moses"));
        assertEquals(ExitCode.USAGE, run("align", in, "--format", "pdf", "-o", o));
        assertEquals(ExitCode.USAGE, run("align", in, "--columns", "src,nope"));
        assertEquals(ExitCode.USAGE, run("align", in, "--tsv-escape", "quote"));
        assertEquals(ExitCode.USAGE, run("align", in, "-o", o, "--resume", "--combined"));
        assertEquals(ExitCode.USAGE, run("align", in, "-o", o, "--resume", "--format", "html"));
        assertEquals(ExitCode.USAGE, run("align", in, "--resume"));
        assertEquals(ExitCode.USAGE, run("align", in, "--jobs", "0"));
        assertEquals(ExitCode.USAGE, run("align", in, "--src-lang", "english!"));
        assertEquals(ExitCode.USAGE, run("align", "-", "-", "-o", "-"));
        assertTrue(err.toString().contains("standard input (-) can be given only once"), err.toString());
    }
}
