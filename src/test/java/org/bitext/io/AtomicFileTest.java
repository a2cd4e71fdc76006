package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeContent() throws IOException {
        Path target = dir.resolve("x.tsv");
        AtomicFile.write(target, out -> out.write("a\tب\n"));
        assertEquals("a\tب\n", Files.readString(target));
    }

    /** The bytes a buffered stream writer gives for the same writes, the reference. */
    private static byte[] streamWriterBytes(AtomicFile.Content content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.Writer out = new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
            content.writeTo(out);
        }
        return bytes.toByteArray();
    }

    @Test
    void writesTheBytesOfAStreamWriterWhateverTheWritesAndSurrogates() throws IOException {
        String emoji = "\uD83D\uDE00";
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 200_000; i++) {
            big.append("line ").append(i).append(" \u0628\u064A\u062A ").append(emoji).append('\n');
        }
        List<AtomicFile.Content> contents = List.of(
                out -> out.write(big.toString()),
                out -> { // a pair split between writes, and between blocks
                    for (int i = 0; i < big.length(); i++) {
                        out.write(big.charAt(i));
                    }
                },
                out -> {
                    out.write(emoji.charAt(0));
                    out.flush();
                    out.write(emoji.charAt(1));
                },
                out -> out.write("lone \uD83D high, lone \uDE00 low, last high \uD83D"),
                out -> out.append("x".repeat(40_000) + '\uD83D').append("\uDE00 end"),
                out -> { // builders, copied without a string, with a pair across each block's end
                    for (int block = 1; block <= 3; block++) {
                        out.append(new StringBuilder("\u20AC\u4E2D".repeat(4_096 * block - 1)).append('\uD83D'));
                        out.append(new StringBuilder().append('\uDE00').append("\u00E9"));
                    }
                    out.append(new StringBuilder("\uDE00 lone low, then a lone high at the end \uD83D"));
                },
                out -> out.write("y".repeat(8_191) + emoji + "z".repeat(8_190) + emoji + "\uD83D"));
        for (int c = 0; c < contents.size(); c++) {
            Path target = dir.resolve("t" + c + ".txt");
            AtomicFile.write(target, contents.get(c));
            assertArrayEquals(streamWriterBytes(contents.get(c)), Files.readAllBytes(target), "content " + c);
        }
    }

    @Test
    void aFailingWriterKeepsThePreviousVersionAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("x.tsv");
        Files.writeString(target, "old\n");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a fi");
            throw new IOException("disk full");
        }));
        assertEquals("old\n", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
