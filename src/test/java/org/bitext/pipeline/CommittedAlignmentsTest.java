package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bitext.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The committed alignments/ folder must be exactly what {@code bitext align seeds/ -o alignments/} writes. */
class CommittedAlignmentsTest {
    @TempDir
    Path out;

    @Test
    void committedAlignmentsAreUpToDate() throws IOException {
        CommandLine cli = Main.commandLine();
        cli.setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        cli.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        int code = cli.execute("align", "seeds/", "-o", out.toString());
        assertEquals(0, code);
        List<String> expected = names(Path.of("alignments"));
        assertEquals(expected, names(out), "alignments/ holds other files than the tool writes: run "
                + "./bitext align seeds/ -o alignments/");
        for (String name : expected) {
            assertArrayEquals(Files.readAllBytes(Path.of("alignments", name)), Files.readAllBytes(out.resolve(name)),
                    "alignments/" + name + " is stale: run ./bitext align seeds/ -o alignments/");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
