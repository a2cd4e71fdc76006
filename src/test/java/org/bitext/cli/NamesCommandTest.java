package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NamesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new NamesCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void keyPrintsNameKeyAndCanonical(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("in.txt"), "al-Qā’im\nal-Qa'im\nالقائم\n", StandardCharsets.UTF_8);
        assertEquals(0, run("key", f.toString()));
        assertEquals("al-Qā’im\tkm\tal-Qaim\nal-Qa'im\tkm\tal-Qaim\nالقائم\tkm\tal-Qaim\n",
                out.toString().replace("\r\n", "\n"));
    }

    @Test
    void aDashIsStandardInputAmongTheFiles(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("in.txt"), "Daesh\n", StandardCharsets.UTF_8);
        java.io.InputStream saved = System.in;
        System.setIn(new java.io.ByteArrayInputStream("al-Qa'im\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertEquals(0, run("key", "-", f.toString(), "-"));
        } finally {
            System.setIn(saved);
        }
        String[] lines = out.toString().replace("\r\n", "\n").split("\n");
        assertEquals(2, lines.length, out.toString() + err);
        assertTrue(lines[0].startsWith("al-Qa'im\t") && lines[1].startsWith("Daesh\t"), out.toString());
    }

    @Test
    void matchPrintsDecisionAndScore(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("pairs.tsv"), "القائم\tal-Qaim\nQaim\tQom\n", StandardCharsets.UTF_8);
        assertEquals(0, run("match", f.toString()));
        String[] lines = out.toString().replace("\r\n", "\n").split("\n");
        assertTrue(lines[0].startsWith("القائم\tal-Qaim\ttrue\t0."), lines[0]);
        assertTrue(lines[1].startsWith("Qaim\tQom\tfalse\t0."), lines[1]);
    }

    @Test
    void listPrintsGroupsWithCounts(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "They left Qayyarah and Qayara, then Qayyarah again.\n", StandardCharsets.UTF_8);
        assertEquals(0, run("list", dir.toString()));
        assertEquals("Qayyarah\t3\tQayyarah (2)\tQayara (1)\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    void aBadPairIsNamedByFileAndLineAndTheOthersAreStillScored(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.tsv"), "Qaim\tal-Qaim\n", StandardCharsets.UTF_8);
        Path second = Files.writeString(dir.resolve("b.tsv"), "Qaim\tQom\nno tab here\nداعش\tDaesh\n",
                StandardCharsets.UTF_8);
        assertEquals(ExitCode.BAD_INPUT, run("match", first.toString(), second.toString()));
        assertEquals("bitext: " + second + ":2: expected two names separated by a tab\n",
                err.toString().replace("\r\n", "\n"));
        assertEquals(3, out.toString().replace("\r\n", "\n").split("\n").length, out.toString());
    }

    @Test
    void aMissingOrUndecodableFileIsNamedAndTheOthersAreRead(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "al-Qaim\n", StandardCharsets.UTF_8);
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path missing = dir.resolve("missing.txt");
        assertEquals(ExitCode.BAD_INPUT, run("key", missing.toString(), binary.toString(), good.toString()));
        assertEquals("al-Qaim\tkm\tal-Qaim\n", out.toString().replace("\r\n", "\n"));
        String messages = err.toString().replace("\r\n", "\n");
        assertTrue(messages.startsWith("bitext: " + missing + ": no such file or directory\n"), messages);
        assertTrue(messages.contains("bitext: " + binary + ":1: byte 1: binary file"), messages);
    }

    @Test
    void aMissingNamesFileIsNamedNotAnInternalError(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("names.tsv");
        Files.writeString(dir.resolve("a.txt"), "They left Qayyarah.\n", StandardCharsets.UTF_8);
        assertEquals(ExitCode.BAD_INPUT, run("list", "--names", missing.toString(), dir.toString()));
        assertEquals("bitext: " + missing + ": no such file or directory\n", err.toString().replace("\r\n", "\n"));
        assertEquals("", out.toString());
    }
}
