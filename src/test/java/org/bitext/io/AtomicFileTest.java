package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
