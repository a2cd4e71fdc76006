package org.bitext.output;

import static org.bitext.output.SampleDocuments.bead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.junit.jupiter.api.Test;

class TmxWriterTest {

    private static String write(TmxSettings settings, AlignedDocument... documents) throws IOException {
        StringWriter out = new StringWriter();
        try (TmxWriter tmx = new TmxWriter(out, settings)) {
            for (AlignedDocument document : documents) {
                tmx.write(document);
            }
        }
        return out.toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void onlyBeadsWithBothSidesBecomeUnits() throws IOException {
        String tmx = write(TmxSettings.defaults("1"), SampleDocuments.school());
        assertEquals(4, count(tmx, "<tu>"));
        assertFalse(tmx.contains("وكالة الأنباء"), "the 0-1 credit line must not be a unit");
    }

    @Test
    void severalDocumentsShareOneHeaderAndFooter() throws IOException {
        String tmx = write(TmxSettings.defaults("1"), SampleDocuments.school(), SampleDocuments.school());
        assertEquals(1, count(tmx, "<header "));
        assertEquals(1, count(tmx, "</tmx>"));
        assertEquals(8, count(tmx, "<tu>"));
    }

    @Test
    void scoreHasThreeDecimalsUnderArabicLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("ar", "EG"));
            String tmx = write(TmxSettings.defaults("1"), SampleDocuments.school());
            assertTrue(tmx.contains("<prop type=\"x-score\">0.912</prop>"), tmx);
            assertTrue(tmx.contains("<prop type=\"x-score\">0.800</prop>"), tmx);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void creationDateIsInTmxFormat() throws IOException {
        String tmx = write(TmxSettings.defaults("1").withCreationDate(Instant.ofEpochSecond(1_700_000_000L)));
        assertTrue(tmx.contains(" creationdate=\"20231114T221320Z\""), tmx);
    }

    @Test
    void noCreationDateUnlessGiven() throws IOException {
        assertFalse(write(TmxSettings.defaults("1")).contains("creationdate"));
    }

    @Test
    void languageTagsAreWrittenAsGiven() throws IOException {
        String tmx = write(TmxSettings.defaults("1").withLanguages("en-US", "ar-SA"), SampleDocuments.school());
        assertTrue(tmx.contains(" srclang=\"en-US\""));
        assertEquals(4, count(tmx, "<tuv xml:lang=\"en-US\">"));
        assertEquals(4, count(tmx, "<tuv xml:lang=\"ar-SA\">"));
    }

    @Test
    void documentInOtherLanguagesIsRejected() {
        AlignedDocument french = new AlignedDocument("f", List.of(Path.of("f.txt")), "fr", "ar",
                SampleDocuments.sentences(List.of("Bonjour.")), SampleDocuments.sentences(List.of("مرحبا.")),
                new Alignment(List.of(bead(0, 1, 0, 1, 1)), 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> write(TmxSettings.defaults("1"), french));
        assertTrue(e.getMessage().startsWith("f: "), e.getMessage());
    }

    @Test
    void malformedLanguageTagIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TmxSettings.defaults("1").withLanguages("en US", "ar"));
        assertThrows(IllegalArgumentException.class, () -> TmxSettings.defaults("1").withLanguages("en", "\"ar"));
    }

    @Test
    void extraPropsComeAfterTheWritersOwn() throws IOException {
        String tmx = write(TmxSettings.defaults("1").withExtraProps(
                (document, bead) -> List.of(new TmxProp("x-names", document.stem() + "@" + bead.sourceStart()))),
                SampleDocuments.school());
        int source = tmx.indexOf("<prop type=\"x-source\">");
        int names = tmx.indexOf("<prop type=\"x-names\">school@0</prop>");
        int variant = tmx.indexOf("<tuv ");
        assertTrue(source < names && names < variant, tmx);
    }

    @Test
    void endLeavesTheWriterOpenAndIsIdempotent() throws IOException {
        StringBuilder closed = new StringBuilder();
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed.append("closed");
            }
        };
        TmxWriter tmx = new TmxWriter(out, TmxSettings.defaults("1"));
        tmx.write(SampleDocuments.school());
        tmx.end();
        tmx.close();
        assertEquals("", closed.toString());
        assertEquals(1, count(out.toString(), "</tmx>"));
        assertEquals(4, tmx.written());
    }

    @Test
    void writeAfterEndFails() throws IOException {
        TmxWriter tmx = new TmxWriter(new StringWriter(), TmxSettings.defaults("1"));
        tmx.end();
        assertThrows(IllegalStateException.class, () -> tmx.write(SampleDocuments.school()));
    }

    @Test
    void beginTwiceFails() throws IOException {
        TmxWriter tmx = new TmxWriter(new StringWriter(), TmxSettings.defaults("1"));
        tmx.begin();
        assertThrows(IllegalStateException.class, tmx::begin);
    }

    @Test
    void noByteOrderMark() throws IOException {
        assertTrue(write(TmxSettings.defaults("1")).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    }
}
