package org.bitext.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decodes a text file strictly.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a byte-order mark chooses the encoding (UTF-8, UTF-16LE, UTF-16BE) and is removed;</li>
 *   <li>otherwise the override given by the user, else UTF-8;</li>
 *   <li>malformed input is an error naming the byte offset and line, never a silent U+FFFD;</li>
 *   <li>a NUL byte in a file without a UTF-16 BOM marks it as binary;</li>
 *   <li>CRLF and lone CR become LF.</li>
 * </ol>
 */
public final class TextDecoder {
    private final Optional<Charset> override;

    public TextDecoder(Optional<Charset> override) {
        this.override = override;
    }

    /** Decodes {@code file}; throws {@link DecodingException} naming the file and place. */
    public DecodedText decode(Path file) throws IOException {
        return decode(file, Files.readAllBytes(file));
    }

    /** Decodes bytes read from {@code file} (the name is used in messages only). */
    public DecodedText decode(Path file, byte[] bytes) throws DecodingException {
        int bomLength = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else {
            charset = override.orElse(StandardCharsets.UTF_8);
            int nul = indexOfNul(bytes);
            if (nul >= 0 && !charset.name().startsWith("UTF-16")) {
                throw new DecodingException(file, nul, lineAt(bytes, nul),
                        "binary file (NUL byte), not text");
            }
        }
        String text = strictDecode(file, bytes, bomLength, charset);
        return new DecodedText(normalizeLineEnds(text), charset.name());
    }

    private static String strictDecode(Path file, byte[] bytes, int offset, Charset charset)
            throws DecodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw new DecodingException(file, at, lineAt(bytes, at),
                    "not valid " + charset.name() + " (" + (result.isMalformed() ? "malformed" : "unmappable")
                            + " sequence of " + result.length() + " byte" + (result.length() == 1 ? "" : "s")
                            + "); use --encoding if the file is in another encoding");
        }
        out.flip();
        return out.toString();
    }

    static String normalizeLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** 1-based line of byte {@code offset}, counting LF bytes (valid for ASCII-compatible encodings). */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A decoded file: its text and the encoding used. */
    public record DecodedText(String text, String encoding) {
    }

    /** The bytes are not text in the expected encoding; the message names file, line and offset. */
    public static final class DecodingException extends CharacterCodingException {
        private final String message;

        public DecodingException(Path file, long byteOffset, int line, String reason) {
            this.message = file + ":" + line + ": byte " + byteOffset + ": " + reason;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
