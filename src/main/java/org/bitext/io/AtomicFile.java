package org.bitext.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the previous version or the complete new one.
 *
 * <p>Rules:
 * <ol>
 *   <li>the content goes to a hidden temporary file in the same folder (so the rename cannot cross
 *       file systems), created with the ordinary permissions of new files (the umask), not the
 *       owner-only ones of {@link Files#createTempFile};</li>
 *   <li>the data are forced to the device before the rename, so a crash right after it cannot
 *       leave an empty file under the final name;</li>
 *   <li>the temporary file is renamed over the target only after the content has been written
 *       and closed without error (an I/O error or any runtime exception: disk full, a failing
 *       writer);</li>
 *   <li>on failure the temporary file is deleted and the previous version is untouched.</li>
 * </ol>
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Something that writes text to a writer; may fail with an I/O error. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code content} to {@code target} in UTF-8 (no BOM), atomically. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = null;
        boolean done = false;
        try {
            FileChannel channel = null;
            for (int attempt = 0; channel == null; attempt++) {
                tmp = dir.resolve(String.format(Locale.ROOT, ".%s.%08x.tmp", target.getFileName(),
                        ThreadLocalRandom.current().nextInt()));
                try {
                    channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    if (attempt >= 100) {
                        throw e;
                    }
                    tmp = null;
                }
            }
            try (FileChannel ch = channel; OutputStream stream = Channels.newOutputStream(ch);
                 Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done && tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
