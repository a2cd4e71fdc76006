package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryFilesTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFileBeingWrittenIsRegisteredUntilCommittedOrDiscarded() throws IOException {
        TemporaryFiles temporaries = TemporaryFiles.tracked();
        AtomicFile.Pending a = AtomicFile.open(dir.resolve("a.tsv"), temporaries);
        AtomicFile.Pending b = AtomicFile.open(dir.resolve("b.tsv"), temporaries);
        assertEquals(2, temporaries.pending().size());
        a.writer().write("x");
        a.commit();
        b.discard();
        assertEquals(Set.of(), temporaries.pending());
        assertEquals(List.of(dir.resolve("a.tsv")), files());
    }

    @Test
    void aStoppedRunDeletesItsTemporaryFilesAndLeavesTheCompleteOnes() throws IOException {
        TemporaryFiles temporaries = TemporaryFiles.tracked();
        AtomicFile.write(dir.resolve("done.tmx"), w -> w.write("complete"), temporaries);
        AtomicFile.Pending halfway = AtomicFile.open(dir.resolve("half.tmx"), temporaries);
        halfway.writer().write("half");
        halfway.writer().flush();
        assertEquals(2, files().size(), "the output and a hidden temporary file");
        temporaries.deleteAll();  // what the shutdown hook does
        assertEquals(List.of(dir.resolve("done.tmx")), files());
        // a writer that opens a file after the hook ran (threads run on as the JVM stops) is refused
        IOException refused = assertThrows(IOException.class, () -> AtomicFile.open(dir.resolve("late.tmx"), temporaries));
        assertEquals(dir.resolve("late.tmx") + ": not written, the run is stopping", refused.getMessage());
        assertEquals(List.of(dir.resolve("done.tmx")), files());
    }

    @Test
    void untrackedFilesAreNotRegistered() throws IOException {
        TemporaryFiles none = TemporaryFiles.untracked();
        AtomicFile.Pending p = AtomicFile.open(dir.resolve("a.tsv"), none);
        assertTrue(none.pending().isEmpty());
        p.discard();
        assertFalse(Files.exists(dir.resolve("a.tsv")));
    }
}
