package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bitext.io.TextDecoder;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.bitext.model.LanguageGuess;
import org.bitext.model.Paragraph;
import org.bitext.model.ScriptRun;
import org.bitext.model.Sentence;
import org.bitext.model.Span;
import org.bitext.names.NameKey;
import org.bitext.output.TmxSettings;
import org.bitext.output.TmxValidation;
import org.bitext.output.TmxWriter;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.ScriptLanguageIdentifier;
import org.bitext.text.ScriptRuns;
import org.bitext.text.SentenceSegmenter;
import org.bitext.text.TextSanitizer;
import org.bitext.text.lang.NgramLanguageIdentifier;

/**
 * Coverage-guided fuzz tests (Jazzer). Under plain {@code mvn verify} each method replays only
 * its saved inputs in {@code src/test/resources/org/bitext/pipeline/ReliabilityFuzzTestInputs/METHOD/};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReliabilityFuzzTest#METHOD} fuzzes it (bench/reliability/README.md).
 * Each states a law that must hold for any input, not just "does not crash".
 */
class ReliabilityFuzzTest {
    private static final Path FILE = Path.of("fuzz.txt");
    private static final NgramLanguageIdentifier LANGUAGES = NgramLanguageIdentifier.standard();
    private final TextDecoder decoder = new TextDecoder(Optional.empty());
    private final TextSanitizer sanitizer = new TextSanitizer();
    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final ParagraphSplitter splitter = new ParagraphSplitter(new ScriptLanguageIdentifier());

    /** Decoding gives text or an error that names file, line and byte offset; UTF-8 round-trips. */
    @FuzzTest(maxDuration = "5m")
    void decoding(byte[] bytes) {
        try {
            TextDecoder.DecodedText d = decoder.decode(FILE, bytes);
            assertFalse(d.text().contains("\r"));
            if (d.encoding().equals("UTF-8") && !d.detected() && bytes.length > 0 && bytes[0] != (byte) 0xEF) {
                String raw = new String(bytes, StandardCharsets.UTF_8);
                assertEquals(raw.replace("\r\n", "\n").replace('\r', '\n'), d.text());
            }
        } catch (TextDecoder.DecodingException e) {
            assertTrue(e.getMessage().matches("(?s)fuzz\\.txt:\\d+: byte \\d+: .+"), e.getMessage());
        }
    }

    /**
     * Sanitised text has no controls, bidi overrides or lone surrogates, sanitising is idempotent,
     * and sanitising that keeps lines keeps their number.
     */
    @FuzzTest(maxDuration = "5m")
    void sanitizing(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        String clean = sanitizer.sanitize(input).text();
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            assertFalse(c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F, "control " + (int) c);
            assertFalse(c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069, "bidi " + (int) c);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < clean.length() && Character.isLowSurrogate(clean.charAt(i + 1)));
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c));
            }
        }
        assertEquals(clean, sanitizer.sanitize(clean).text());
        // one sentence a line (--presegmented): as many lines out as in
        String lines = sanitizer.sanitizeKeepingLines(input).text();
        assertEquals(input.chars().filter(c -> c == '\n').count(), lines.chars().filter(c -> c == '\n').count());
    }

    /** Paragraphs and sentences: in order, inside their text, trimmed and non-empty. */
    @FuzzTest(maxDuration = "5m")
    void paragraphsAndSentences(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        String text = sanitizer.sanitize(input).text();
        int previousEnd = 0;
        for (Paragraph p : splitter.split(text)) {
            assertTrue(p.span().start() >= previousEnd && p.span().end() <= text.length());
            previousEnd = p.span().end();
            assertFalse(p.text().isBlank());
            for (String language : List.of("en", "ar")) {
                int end = 0;
                for (Span s : segmenter.split(p.text(), language)) {
                    assertTrue(s.start() >= end && s.end() <= p.text().length() && s.length() > 0, s.toString());
                    end = s.end();
                    for (Span piece : DocumentPreparer.cutLong(p.text(), DocumentPreparer.trimDirectionMarks(p.text(), s))) {
                        assertTrue(piece.length() > 0 && piece.length() <= DocumentPreparer.MAX_SENTENCE_CHARS);
                    }
                }
            }
        }
    }

    /** Script runs tile the text; a language guess has a confidence in [0, 1]. */
    @FuzzTest(maxDuration = "5m")
    void scriptAndLanguage(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        int at = 0;
        for (ScriptRun run : ScriptRuns.of(input)) {
            assertEquals(at, run.span().start());
            at = run.span().end();
        }
        assertEquals(input.isEmpty() ? 0 : input.length(), at);
        LanguageGuess guess = LANGUAGES.identify(input);
        assertTrue(guess.confidence() >= 0 && guess.confidence() <= 1, guess.toString());
    }

    /**
     * A name key never fails, and is the consonant skeleton of the form: no vowel, semivowel or
     * hamza symbol, no letter twice in a row, never longer than the form. (Keying the form again is
     * no law: forms write some consonants as capitals, {@code S%h} gives the form {@code S}, which
     * read again as a spelling is folded to {@code s}; Jazzer found that in its first second.)
     */
    @FuzzTest(maxDuration = "5m")
    void nameKey(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        NameKey key = NameKey.of(input);
        assertEquals(input, key.spelling());
        String k = key.key();
        assertTrue(k.length() <= key.form().length(), () -> k + " / " + key.form());
        for (int i = 0; i < k.length(); i++) {
            assertTrue("aiuyw'".indexOf(k.charAt(i)) < 0, k);
            assertTrue(i == 0 || k.charAt(i) != k.charAt(i - 1), k);
        }
    }

    /** Whatever the segments hold, the TMX written is well-formed and valid against the DTD. */
    @FuzzTest(maxDuration = "5m")
    void tmxWriteThenRead(FuzzedDataProvider data) throws Exception {
        String en = data.consumeString(200);
        String ar = data.consumeRemainingAsString();
        List<Sentence> source = List.of(new Sentence(0, 0, new Span(0, en.length()), en));
        List<Sentence> target = List.of(new Sentence(0, 0, new Span(0, ar.length()), ar));
        AlignedDocument doc = new AlignedDocument("fuzz", List.of(FILE), "en", "ar", source, target,
                new Alignment(List.of(new Bead(0, 1, 0, 1, 0.5)), 1, 1));
        StringWriter out = new StringWriter();
        TmxWriter writer = new TmxWriter(out, TmxSettings.defaults("fuzz"));
        writer.write(doc);
        writer.end();
        TmxValidation.parseValid(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
