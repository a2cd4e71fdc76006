package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per input encoding of issue 7; the fixtures are texts written for these tests. */
class EncodingDetectionTest {
    static final String ARABIC = "قال وزير الخارجية إن المحادثات مع الوفد الأوروبي كانت مثمرة، وإن الطرفين اتفقا "
            + "على مواصلة الحوار في الشهر المقبل بشأن التجارة والطاقة.\nوأضاف أن الحكومة ستنشر تقريرا مفصلا.\n";
    static final String ARABIC_SHORT = "قال الوزير إن الوفد وصل.";
    static final String ENGLISH = "The minister said the café talks were “productive” and that both sides agreed "
            + "to meet again in São Paulo next month — a step welcomed by Señor Núñez.\n";
    static final String ENGLISH_SHORT = "Café “open”.";

    private final TextDecoder decoder = new TextDecoder(Optional.empty());
    private final Path file = Path.of("in", "doc.txt");

    static byte[] encode(String text, String charset) throws java.nio.charset.CharacterCodingException {
        ByteBuffer b = Charset.forName(charset).newEncoder().encode(java.nio.CharBuffer.wrap(text));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private TextDecoder.DecodedText decode(byte[] bytes) throws Exception {
        return decoder.decode(file, bytes);
    }

    @Test
    void utf8WithoutBomIsUtf8NotDetected() throws Exception {
        TextDecoder.DecodedText d = decode(ARABIC.getBytes(StandardCharsets.UTF_8));
        assertEquals(ARABIC, d.text());
        assertEquals("UTF-8", d.encoding());
        assertFalse(d.detected());
    }

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        TextDecoder.DecodedText d = decode(concat(bom, ENGLISH.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ENGLISH, d.text());
        assertEquals("UTF-8", d.encoding());
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        TextDecoder.DecodedText d = decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ARABIC.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(ARABIC, d.text());
        assertEquals("UTF-16LE", d.encoding());
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        TextDecoder.DecodedText d = decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                ENGLISH.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(ENGLISH, d.text());
        assertEquals("UTF-16BE", d.encoding());
    }

    @Test
    void windows1256ArabicIsDetected() throws Exception {
        TextDecoder.DecodedText d = decode(encode(ARABIC, "windows-1256"));
        assertEquals(ARABIC, d.text());
        assertEquals("windows-1256", d.encoding());
        assertTrue(d.detected());
    }

    @Test
    void windows1256ShortArabicIsDetected() throws Exception {
        assertEquals(ARABIC_SHORT, decode(encode(ARABIC_SHORT, "windows-1256")).text());
    }

    @Test
    void iso88596ArabicIsDetected() throws Exception {
        TextDecoder.DecodedText d = decode(encode(ARABIC, "ISO-8859-6"));
        assertEquals(ARABIC, d.text());
        assertEquals("ISO-8859-6", d.encoding());
        assertTrue(d.detected());
    }

    @Test
    void iso88596ShortArabicIsDetected() throws Exception {
        assertEquals(ARABIC_SHORT, decode(encode(ARABIC_SHORT, "ISO-8859-6")).text());
    }

    @Test
    void windows1252EnglishIsDetected() throws Exception {
        TextDecoder.DecodedText d = decode(encode(ENGLISH, "windows-1252"));
        assertEquals(ENGLISH, d.text());
        assertEquals("windows-1252", d.encoding());
        assertTrue(d.detected());
    }

    @Test
    void windows1252ShortEnglishIsDetected() throws Exception {
        assertEquals(ENGLISH_SHORT, decode(encode(ENGLISH_SHORT, "windows-1252")).text());
    }

    @Test
    void oneAccentedLetterInShortEnglishIsEnough() throws Exception {
        // é alone: too little evidence, but every reading without a mixed-script word agrees
        // (ISO-8859-6 reads "cafى")
        String text = "The café in Baghdad reopened on Monday.\n";
        TextDecoder.DecodedText d = decode(encode(text, "windows-1252"));
        assertEquals(text, d.text());
        assertEquals("windows-1252", d.encoding());
        assertTrue(d.detected());
    }

    @Test
    void westernEuropeanAccentedLettersAreCommonOthersAreNot() {
        assertTrue(LegacyEncodingDetector.onlyCommonLatinLetters("café Señor Œuvre naïve Straße"));
        assertFalse(LegacyEncodingDetector.onlyCommonLatinLetters("aÿb"));
        assertFalse(LegacyEncodingDetector.onlyCommonLatinLetters("þorn"));
        assertFalse(LegacyEncodingDetector.onlyCommonLatinLetters("© 2020"));
        assertFalse(LegacyEncodingDetector.onlyCommonLatinLetters("قهوة"));
    }

    @Test
    void latin1TextThatWindows1252ReadsAlikeIsNamedWindows1252() throws Exception {
        String text = "The owner, José Haddad, said the café in Baghdad reopened on Monday after the curfew.\n";
        TextDecoder.DecodedText d = decode(encode(text.repeat(3), "ISO-8859-1"));
        assertEquals(text.repeat(3), d.text());
        assertEquals("windows-1252", d.encoding());
    }

    @Test
    void overrideWinsOverDetection() throws Exception {
        TextDecoder forced = new TextDecoder(Optional.of(Charset.forName("ISO-8859-1")));
        TextDecoder.DecodedText d = forced.decode(file, encode(ARABIC_SHORT, "windows-1256"));
        assertEquals("ISO-8859-1", d.encoding());
        assertFalse(d.detected());
    }

    @Test
    void invalidUtf8ThatIsNoPlausibleTextNamesTheByteOffset() {
        byte[] bytes = concat("line one\nab".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x81, (byte) 0x01, (byte) 0x9D, (byte) 0x02, (byte) 0x8F});
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class, () -> decode(bytes));
        assertTrue(e.getMessage().startsWith(file + ":2: byte 11: not valid UTF-8"), e.getMessage());
    }

    @Test
    void randomHighBytesWithoutNulAreNotText() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }
        assertThrows(TextDecoder.DecodingException.class, () -> decode(bytes));
    }

    @Test
    void fileAboveTheSizeLimitIsRefusedWithItsSize() {
        TextDecoder small = new TextDecoder(Optional.empty(), 10);
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> small.decode(file, new byte[11]));
        assertTrue(e.getMessage().contains("too large (11 bytes"), e.getMessage());
    }

    @Test
    void utf8WithOneBadByteIsAnErrorNotMojibake() {
        byte[] good = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(java.util.Arrays.copyOf(good, 20), new byte[] {(byte) 0xFF}), good);
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class, () -> decode(bytes));
        assertTrue(e.getMessage().startsWith(file + ":1: byte 20: not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("otherwise UTF-8"), e.getMessage());
    }

    @Test
    void utf8EncodedLoneSurrogateIsAnErrorWithItsOffset() {
        byte[] head = "abc ".getBytes(StandardCharsets.UTF_8);
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] bytes = concat(concat(head, surrogate), ARABIC.getBytes(StandardCharsets.UTF_8));
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class, () -> decode(bytes));
        assertTrue(e.getMessage().startsWith(file + ":1: byte 4: not valid UTF-8"), e.getMessage());
    }

    @Test
    void utf16WithALoneSurrogateIsAnErrorNotASilentReplacement() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x00, (byte) 0xD8, 'b', 0};
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class, () -> decode(bytes));
        assertTrue(e.getMessage().contains("not valid UTF-16LE"), e.getMessage());
    }

    @Test
    void oneOddByteInAsciiTextIsTooLittleToGuessAnEncoding() {
        byte[] bytes = {'a', '\n', (byte) 0xFF, 'b'};
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class, () -> decode(bytes));
        assertTrue(e.getMessage().startsWith(file + ":2: byte 2: not valid UTF-8"), e.getMessage());
    }
}
