package org.bitext.io;

import java.io.IOException;
import java.io.OutputStream;
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
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the previous version or the complete new one.
 *
 * <p>Rules:
 * <ol>
 *   <li>the content goes to a hidden temporary file in the same folder (so the rename cannot cross
 *       file systems), created with the ordinary permissions of new files (the umask), not the
 *       owner-only ones of {@link Files#createTempFile};</li>
 *   <li>the data are not forced to the device: a process that dies never leaves half a file
 *       (the rename is the commit), and an fsync per file made writing the slowest stage of a
 *       batch (about 11 ms a file); a power cut may still lose the newest files;</li>
 *   <li>the temporary file is renamed over the target only after the content has been written
 *       and closed without error (an I/O error or any runtime exception: disk full, a failing
 *       writer);</li>
 *   <li>on failure the temporary file is deleted and the previous version is untouched.</li>
 * </ol>
 * {@link #write} does it in one call; {@link #open} gives a {@link Pending} file for content that
 * is written over a longer time (a corpus that grows document by document) or for several files
 * that must appear together.
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
        Pending file = open(target);
        try {
            content.writeTo(file.writer());
            file.commit();
        } catch (IOException | RuntimeException e) {
            file.discard();
            throw e;
        }
    }

    /** Opens a hidden temporary file beside {@code target}, for UTF-8 text without a BOM. */
    public static Pending open(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // createDirectories on an existing folder fails a mkdir and builds two exceptions before
        // it checks the folder: two system calls and two stack traces per output file
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + hex8(ThreadLocalRandom.current().nextInt())
                    + ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
                continue;
            }
            return new Pending(target, tmp, new Utf8Writer(Channels.newOutputStream(channel)));
        }
    }

    /**
     * UTF-8 text to a stream, gathered in a string builder and encoded a block at a time with
     * {@link String#getBytes}, the JDK's fastest encoder; a buffered {@link java.io.OutputStreamWriter}
     * copied every character twice through a charset encoder and allocated a 128 KB buffer per
     * file. The bytes are the same: a surrogate pair split between two writes is kept whole (a
     * trailing high surrogate waits for the next write), and an unpaired surrogate becomes
     * {@code ?} as the stream writer's replacement makes it.
     */
    private static final class Utf8Writer extends Writer {
        /** Characters gathered before they are encoded and written. */
        private static final int BLOCK = 1 << 15;

        private final OutputStream out;
        private final StringBuilder pending = new StringBuilder();
        private boolean closed;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            open().append(chars, offset, length);
            drainFull();
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            open().append(text, offset, offset + length);
            drainFull();
        }

        @Override
        public void write(int c) throws IOException {
            open().append((char) c);
            drainFull();
        }

        @Override
        public Writer append(CharSequence text) throws IOException {
            open().append(text);
            drainFull();
            return this;
        }

        @Override
        public void flush() throws IOException {
            drain(false);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            try {
                drain(true);
            } finally {
                closed = true;
                out.close();
            }
        }

        private StringBuilder open() throws IOException {
            if (closed) {
                throw new IOException("writer closed");
            }
            return pending;
        }

        private void drainFull() throws IOException {
            if (pending.length() >= BLOCK) {
                drain(false);
            }
        }

        /** Encodes and writes what is pending, but for a last high surrogate unless {@code all}. */
        private void drain(boolean all) throws IOException {
            int end = pending.length();
            if (!all && end > 0 && Character.isHighSurrogate(pending.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                return;
            }
            out.write(pending.substring(0, end).getBytes(StandardCharsets.UTF_8));
            pending.delete(0, end);
        }
    }

    /** {@code value} as eight lower-case hexadecimal digits, as {@code %08x} prints it. */
    static String hex8(int value) {
        String hex = Integer.toHexString(value);
        return "0".repeat(8 - hex.length()) + hex;
    }

    /** A file being written: {@link #commit} makes it appear complete, {@link #discard} drops it. */
    public static final class Pending {
        private final Path target;
        private final Path temporary;
        private final Writer writer;

        private Pending(Path target, Path temporary, Writer writer) {
            this.target = target;
            this.temporary = temporary;
            this.writer = writer;
        }

        public Writer writer() {
            return writer;
        }

        public Path target() {
            return target;
        }

        /** Flushes, closes, and renames over the target. */
        public void commit() throws IOException {
            try {
                writer.flush();
                writer.close();
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                discard();
                throw e;
            }
        }

        /** Closes and deletes the temporary file; the target is left as it was. Never throws. */
        public void discard() {
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
}
