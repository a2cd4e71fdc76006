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
