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
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a text file strictly.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a file larger than the size limit is refused (memory stays bounded);</li>
 *   <li>a byte-order mark chooses the encoding (UTF-8, UTF-16LE, UTF-16BE, UTF-32LE, UTF-32BE) and is
 *       removed;</li>
 *   <li>otherwise the override given by the user, if any, is used strictly;</li>
 *   <li>a NUL byte in a file without a UTF-16 or UTF-32 BOM or override marks it as binary (the
 *       message suggests {@code --encoding UTF-16LE} or {@code UTF-16BE} when the NULs fall as
 *       in UTF-16 text);</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 (a legacy encoding is never preferred to it);</li>
 *   <li>otherwise the encoding is detected among the legacy encodings of the language pair
 *       ({@link LegacyEncodingDetector}); when none is plausible, the error names the first byte
 *       that is not UTF-8, never a silent U+FFFD;</li>
 *   <li>CRLF and lone CR become LF.</li>
 * </ol>
 */
public final class TextDecoder {
    /** Files above this size are refused rather than read whole: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    private final Optional<Charset> override;
    private final long maxBytes;
    private final LegacyEncodingDetector detector;

    public TextDecoder(Optional<Charset> override) {
        this(override, DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes largest file decoded; larger files are an error naming the size */
    public TextDecoder(Optional<Charset> override, long maxBytes) {
        this.override = override;
        this.maxBytes = maxBytes;
        this.detector = new LegacyEncodingDetector();
    }

    /** Decodes {@code file}; throws {@link DecodingException} naming the file and place. */
    public DecodedText decode(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new DecodingException(file, 0, 1, String.format(Locale.ROOT,
                    "file too large (%d bytes; the limit is %d bytes), not read", size, maxBytes));
        }
        return decode(file, Files.readAllBytes(file));
    }

    /** Decodes bytes read from {@code file} (the name is used in messages only). */
    public DecodedText decode(Path file, byte[] bytes) throws DecodingException {
        if (bytes.length > maxBytes) {
            throw new DecodingException(file, 0, 1, String.format(Locale.ROOT,
                    "file too large (%d bytes; the limit is %d bytes), not read", bytes.length, maxBytes));
        }
        Charset bomCharset = null;
        int bomLength = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bomCharset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            // before UTF-16LE's, which it begins with: UTF-16 text does not start with U+0000
            bomCharset = Charset.forName("UTF-32LE");
            bomLength = 4;
        } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            bomCharset = Charset.forName("UTF-32BE");
            bomLength = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            bomCharset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            bomCharset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        }
        if (bomCharset != null) {
            return new DecodedText(normalizeLineEnds(strictDecode(file, bytes, bomLength, bomCharset)),
                    bomCharset.name(), false);
        }
        if (override.isEmpty()) {
            // The usual case, valid UTF-8, decoded by the JDK's fastest path: a NUL byte is a
            // U+0000 char, and bytes that are not UTF-8 give U+FFFD; either (or a real U+FFFD)
            // goes the strict way below, which finds the same text or the same error.
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\0') < 0 && text.indexOf('\uFFFD') < 0) {
                return new DecodedText(normalizeLineEnds(text), StandardCharsets.UTF_8.name(), false);
            }
        }
        Charset charset = override.orElse(StandardCharsets.UTF_8);
        int nul = indexOfNul(bytes);
        if (nul >= 0 && !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
            Optional<String> utf16 = override.isEmpty() ? utf16WithoutMark(bytes) : Optional.empty();
            throw new DecodingException(file, nul, lineAt(bytes, nul), "binary file (NUL byte), not text"
                    + utf16.map(name -> "; if it is " + name + " without a byte-order mark, use --encoding " + name)
                    .orElse(""));
        }
        if (override.isPresent()) {
            return new DecodedText(normalizeLineEnds(strictDecode(file, bytes, 0, charset)), charset.name(), false);
        }
        Failure utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text != null) {
            return new DecodedText(normalizeLineEnds(utf8.text), StandardCharsets.UTF_8.name(), false);
        }
        if (mostlyUtf8(bytes)) {
            throw new DecodingException(file, utf8.offset, lineAt(bytes, utf8.offset),
                    "not valid UTF-8 (" + utf8.kind + ") in a file that is otherwise UTF-8 (damaged, or an "
                            + "encoded lone surrogate); fix the file or use --encoding");
        }
        Optional<LegacyEncodingDetector.Detected> detected = detector.detect(bytes);
        if (detected.isPresent()) {
            return new DecodedText(normalizeLineEnds(detected.get().text()), detected.get().charset().name(), true);
        }
        throw new DecodingException(file, utf8.offset, lineAt(bytes, utf8.offset),
                "not valid UTF-8 (" + utf8.kind + "), and not plausible text in "
                        + String.join(", ", detector.candidateNames())
                        + "; use --encoding if the file is in another encoding");
    }

    /**
     * True when most bytes above 0x7F form well-formed UTF-8 sequences: the file is UTF-8 with a
     * few bad bytes, and decoding it as a legacy encoding would give mojibake ({@code Ø§Ù„}) rather
     * than text. Legacy Arabic and Latin text almost never pairs a lead byte with continuation bytes.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        long inSequences = 0;
        long outside = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                inSequences += length;
                i += length;
            } else {
                outside++;
                i++;
            }
        }
        return inSequences > outside;
    }

    private static String strictDecode(Path file, byte[] bytes, int offset, Charset charset)
            throws DecodingException {
        Failure result = tryDecode(bytes, offset, charset);
        if (result.text == null) {
            throw new DecodingException(file, result.offset, lineAt(bytes, result.offset),
                    "not valid " + charset.name() + " (" + result.kind
                            + "); use --encoding if the file is in another encoding");
        }
        return result.text;
    }

    /** Decodes strictly; the text, or where and why it failed. */
    static Failure tryDecode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String kind = (result.isMalformed() ? "malformed" : "unmappable") + " sequence of " + result.length()
                    + " byte" + (result.length() == 1 ? "" : "s");
            return new Failure(null, in.position(), kind);
        }
        out.flip();
        return new Failure(out.toString(), -1, null);
    }

    /** Outcome of a strict decoding: {@code text}, or the failing byte {@code offset} and its kind. */
    record Failure(String text, int offset, String kind) {
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

    /** Bytes looked at by {@link #utf16WithoutMark}: enough to tell, few enough for any file. */
    private static final int UTF16_SAMPLE = 4096;
    private static final int MIN_UTF16_NULS = 4;

    /**
     * The UTF-16 a file without a byte-order mark seems to be in, for the hint of the binary-file
     * error: Latin letters, digits, spaces and line ends in UTF-16 have a NUL high byte, so text
     * has NULs at byte positions of one parity only (odd in UTF-16LE, even in UTF-16BE), and
     * many of them even in Arabic text, whose words are separated by spaces. A guess, so only a
     * hint: the file is decoded as UTF-16 only when a mark or the user says so.
     */
    static Optional<String> utf16WithoutMark(byte[] bytes) {
        int length = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < length; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int units = length / 2;
        if (units == 0 || (evenNuls > 0) == (oddNuls > 0)) {
            return Optional.empty();
        }
        // a tenth of the code units with a NUL high byte, spaces alone give that in Arabic; and a
        // few of them, since a short damaged file may have one NUL anywhere
        int nuls = Math.max(evenNuls, oddNuls);
        if (nuls < MIN_UTF16_NULS || nuls * 10 < units) {
            return Optional.empty();
        }
        return Optional.of(oddNuls > 0 ? "UTF-16LE" : "UTF-16BE");
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

    /**
     * A decoded file: its text, the encoding used, and whether that encoding was detected
     * (guessed from the bytes) rather than known from a BOM, the user or valid UTF-8.
     */
    public record DecodedText(String text, String encoding, boolean detected) {
        public DecodedText(String text, String encoding) {
            this(text, encoding, false);
        }
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
