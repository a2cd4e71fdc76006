package org.bitext.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written over a whole batch (a combined corpus, the review page) that readers must only
 * ever see complete: it grows under a temporary name in the target's folder and is renamed
 * over the target by {@link #commit()}; {@link #discard()} deletes it instead. The one-shot
 * {@link org.bitext.io.AtomicFile} does the same for content written in one call.
 */
final class PendingFile {
    private final Path target;
    private final Path temporary;
    private final Writer writer;

    private PendingFile(Path target, Path temporary, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.writer = writer;
    }

    /** Opens a temporary file beside {@code target}, for UTF-8 text without a BOM. */
    static PendingFile open(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            readableByAll(tmp);
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8),
                    1 << 16);
            return new PendingFile(target, tmp, w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Temporary files are created readable by their owner only; a corpus is meant to be shared,
     * so it gets the usual rw-r--r-- where the file system has POSIX permissions.
     */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    Writer writer() {
        return writer;
    }

    Path target() {
        return target;
    }

    /** Closes the file and renames it over the target. */
    void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Closes and deletes the temporary file; the target is left as it was. Never throws. */
    void discard() {
        try {
            writer.close();
        } catch (IOException e) {
            // deleting it is all that matters now
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a stray hidden .tmp file is the worst outcome
        }
    }
}
