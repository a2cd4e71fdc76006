package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing cases of issue 7: a failure at any point leaves the previous version and no temporary file. */
class AtomicFileFailureTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void diskFullAfterTheBufferWasFlushedKeepsThePreviousVersion() throws IOException {
        Path target = Files.writeString(dir.resolve("x.tmx"), "old");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("x".repeat(1 << 20)); // more than the buffer: bytes reached the temporary file
            throw new IOException("No space left on device");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void runtimeExceptionInTheWriterLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("x.tsv");
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half");
            throw new UncheckedIOException(new IOException("writer failed"));
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listing());
    }

    @Test
    void failureWhenTheTargetIsADirectoryLeavesNoTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("x.tsv"));
        Files.writeString(target.resolve("keep"), "k");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> out.write("data")));
        assertEquals(List.of(target), listing());
        assertEquals("k", Files.readString(target.resolve("keep")));
    }

    @Test
    void newFileHasOrdinaryPermissionsNotOwnerOnly() throws IOException {
        Path target = dir.resolve("x.tsv");
        AtomicFile.write(target, out -> out.write("a"));
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
        // the umask decides; a temp-file default would give exactly rw------- whatever it is
        Path plain = Files.writeString(dir.resolve("plain"), "a");
        assertEquals(Files.getPosixFilePermissions(plain), perms);
    }

    @Test
    void secondWriteReplacesTheFirstCompletely() throws IOException {
        Path target = dir.resolve("x.tsv");
        AtomicFile.write(target, out -> out.write("long first version\n"));
        AtomicFile.write(target, out -> out.write("v2\n"));
        assertEquals("v2\n", Files.readString(target));
        assertEquals(List.of(target), listing());
    }
}
