package org.bitext.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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
        write(target, content, TemporaryFiles.untracked());
    }

    /** {@link #write(Path, Content)}, the temporary file registered with {@code temporaries} while it exists. */
    public static void write(Path target, Content content, TemporaryFiles temporaries) throws IOException {
        Pending file = open(target, temporaries);
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
        return open(target, TemporaryFiles.untracked());
    }

    /**
     * {@link #open(Path)}, the temporary file registered with {@code temporaries} until it is
     * committed or discarded, so that a stopped run can delete it.
     */
    public static Pending open(Path target, TemporaryFiles temporaries) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // createDirectories on an existing folder fails a mkdir and builds two exceptions before
        // it checks the folder: two system calls and two stack traces per output file
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        temporaries.refuseIfStopped(target);
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
            temporaries.add(tmp);
            return new Pending(target, tmp, new Utf8Writer(Channels.newOutputStream(channel)), temporaries);
        }
    }

    /**
     * UTF-8 text to a stream, gathered a block of chars at a time in one array and encoded from it
     * into another, both kept for the file's life. A string builder encoded with
     * {@link String#getBytes} (as this was) made a quarter of a batch's allocations: the builder's
     * doubling, a string copied out of it, and the encoder's three-bytes-a-char array copied again
     * to size, for every file. A buffered {@link java.io.OutputStreamWriter} copies each char twice
     * through a charset encoder. The bytes are the same as the stream writer's: a surrogate pair
     * split between two writes is kept whole (a trailing high surrogate waits for the next write),
     * and an unpaired surrogate becomes {@code ?}, as the stream writer's replacement makes it.
     */
    private static final class Utf8Writer extends Writer {
        /** Characters gathered before they are encoded and written. */
        private static final int BLOCK = 1 << 13;
        /** The most bytes a char takes: a surrogate pair's four bytes are two chars'. */
        private static final int MAX_BYTES_PER_CHAR = 3;

        private final OutputStream out;
        /** Allocated at the first write: a file that is opened and discarded costs nothing. */
        private char[] chars;
        private byte[] bytes;
        private int pending;
        private boolean closed;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        /** Chars copied out of a string, a builder or an array: {@link String#getChars}'s shape. */
        @FunctionalInterface
        private interface CharSource {
            void getChars(int from, int to, char[] into, int at);
        }

        @Override
        public void write(char[] source, int offset, int length) throws IOException {
            gather(offset, length, (from, to, into, at) -> System.arraycopy(source, from, into, at, to - from));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            gather(offset, length, text::getChars);
        }

        @Override
        public void write(int c) throws IOException {
            open();
            chars[pending] = (char) c;
            gathered(1);
        }

        @Override
        public Writer append(CharSequence text) throws IOException {
            if (text instanceof StringBuilder builder) {
                // copied straight out of the builder, without a string in between
                gather(0, builder.length(), builder::getChars);
                return this;
            }
            return super.append(text);
        }

        /** Copies chars [offset, offset + length) of {@code source} in, a block at a time. */
        private void gather(int offset, int length, CharSource source) throws IOException {
            open();
            int from = offset;
            int left = length;
            while (left > 0) {
                int n = Math.min(left, BLOCK - pending);
                source.getChars(from, from + n, chars, pending);
                gathered(n);
                from += n;
                left -= n;
            }
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

        private void open() throws IOException {
            if (closed) {
                throw new IOException("writer closed");
            }
            if (chars == null) {
                chars = new char[BLOCK];
                bytes = new byte[BLOCK * MAX_BYTES_PER_CHAR];
            }
        }

        /** Counts {@code n} chars just copied in, and writes the block out when it is full. */
        private void gathered(int n) throws IOException {
            pending += n;
            if (pending == BLOCK) {
                drain(false);
            }
        }

        /** Encodes and writes what is pending, but for a last high surrogate unless {@code all}. */
        private void drain(boolean all) throws IOException {
            int end = pending;
            if (!all && end > 0 && Character.isHighSurrogate(chars[end - 1])) {
                end--;
            }
            if (end == 0) {
                return;
            }
            out.write(bytes, 0, encode(chars, end, bytes));
            if (end < pending) {
                chars[0] = chars[end];
            }
            pending -= end;
        }
    }

    /**
     * Encodes {@code chars[0, end)} in UTF-8 into {@code bytes} (at least three bytes per char),
     * as {@link String#getBytes} does: an unpaired surrogate becomes {@code ?}.
     *
     * @return the number of bytes
     */
    static int encode(char[] chars, int end, byte[] bytes) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xC0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                bytes[n++] = (byte) (0xE0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                bytes[n++] = (byte) (0xF0 | cp >> 18);
                bytes[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[n++] = '?';
            }
        }
        return n;
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
        private final TemporaryFiles temporaries;

        private Pending(Path target, Path temporary, Writer writer, TemporaryFiles temporaries) {
            this.target = target;
            this.temporary = temporary;
            this.writer = writer;
            this.temporaries = temporaries;
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
                temporaries.remove(temporary);
            } catch (IOException | RuntimeException e) {
                discard();
                if (temporaries.stopped()) {
                    // the stop deleted the temporary file under the writer
                    throw new RunStoppedException(target + ": not written, the run is stopping");
                }
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
            temporaries.remove(temporary);
        }
    }
}
