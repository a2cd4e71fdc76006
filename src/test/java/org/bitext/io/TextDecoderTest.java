package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder(Optional.empty());
    private final Path file = Path.of("in", "doc.txt");

    @Test
    void utf8ByteOrderMarkIsRemoved() throws Exception {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", decoder.decode(file, bytes).text());
    }

    @Test
    void utf16LittleEndianWithByteOrderMark() throws Exception {
        byte[] body = "سلام\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        TextDecoder.DecodedText decoded = decoder.decode(file, bytes);
        assertEquals("سلام\n", decoded.text());
        assertEquals("UTF-16LE", decoded.encoding());
    }

    @Test
    void utf32ByteOrderMarksAreNotTakenForUtf16() throws Exception {
        String text = "The army \u0627\u0644\u062c\u064a\u0634\n";
        byte[] little = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                text.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        TextDecoder.DecodedText decoded = decoder.decode(file, little);
        assertEquals(text, decoded.text());
        assertEquals("UTF-32LE", decoded.encoding());
        byte[] big = withPrefix(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
                text.getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        assertEquals(text, decoder.decode(file, big).text());
        assertEquals("UTF-32BE", decoder.decode(file, big).encoding());
    }

    @Test
    void utf16WithoutAMarkIsRefusedWithTheEncodingToName() {
        String text = "The army left. \u063a\u0627\u062f\u0631 \u0627\u0644\u062c\u064a\u0634.\n";
        TextDecoder.DecodingException little = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(file, text.getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(little.getMessage().endsWith("binary file (NUL byte), not text; if it is UTF-16LE without a "
                + "byte-order mark, use --encoding UTF-16LE"), little.getMessage());
        TextDecoder.DecodingException big = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(file, text.getBytes(StandardCharsets.UTF_16BE)));
        assertTrue(big.getMessage().endsWith("use --encoding UTF-16BE"), big.getMessage());
    }

    @Test
    void nulsAtBothParitiesGiveNoUtf16Hint() {
        assertEquals(Optional.empty(), TextDecoder.utf16WithoutMark(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 'a'}));
        assertEquals(Optional.empty(), TextDecoder.utf16WithoutMark(new byte[] {'a', 'b', 'c', 'd'}));
        // one NUL in a long text is damage, not UTF-16
        byte[] mostlyText = new byte[400];
        java.util.Arrays.fill(mostlyText, (byte) 'x');
        mostlyText[7] = 0;
        assertEquals(Optional.empty(), TextDecoder.utf16WithoutMark(mostlyText));
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, bytes, prefix.length, body.length);
        return bytes;
    }

    @Test
    void crlfAndLoneCrBecomeLf() throws Exception {
        assertEquals("a\nb\nc\n", decoder.decode(file, "a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void invalidUtf8NamesFileLineAndByteOffset() {
        byte[] bytes = {'o', 'k', '\n', 'x', (byte) 0xC3, '(', '\n'};
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(file, bytes));
        assertTrue(e.getMessage().startsWith(file + ":2: byte 4: not valid UTF-8"), e.getMessage());
    }

    @Test
    void nulByteMarksABinaryFile() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0};
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(file, bytes));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void overrideDecodesALegacyEncoding() throws Exception {
        TextDecoder windows = new TextDecoder(Optional.of(java.nio.charset.Charset.forName("windows-1256")));
        byte[] bytes = {(byte) 0xC7, (byte) 0xE1};
        assertEquals("ال", windows.decode(file, bytes).text());
    }

    @Test
    void aRealReplacementCharacterInValidUtf8IsKept() throws Exception {
        String text = "a \uFFFD b \u0628\n";
        TextDecoder.DecodedText decoded = decoder.decode(file, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, decoded.text());
        assertEquals("UTF-8", decoded.encoding());
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() {
        byte[] bytes = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(file, bytes));
        assertTrue(e.getMessage().startsWith(file + ":1: byte 1: not valid UTF-8"), e.getMessage());
    }

    @Test
    void aNulByteInOtherwiseValidUtf8StillMarksABinaryFile() {
        byte[] bytes = {'o', 'k', '\n', (byte) 0xD8, (byte) 0xA8, 0, '\n'};
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(file, bytes));
        assertEquals(file + ":2: byte 5: binary file (NUL byte), not text", e.getMessage());
    }
}
