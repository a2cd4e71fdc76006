package org.bitext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.model.AlignedDocument;
import org.junit.jupiter.api.Test;

class HtmlReviewWriterTest {
    private static String page(HtmlReviewSettings settings, AlignedDocument... documents) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReviewWriter writer = new HtmlReviewWriter(out, settings);
        for (AlignedDocument document : documents) {
            writer.write(document);
        }
        writer.end();
        return out.toString();
    }

    private static String page(AlignedDocument... documents) throws IOException {
        return page(HtmlReviewSettings.of("en", "ar"), documents);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyBeadIsARowUnpairedOnesIncluded() throws IOException {
        String html = page(SampleDocuments.school());
        assertEquals(5, count(html, "<tr class=\"q\\d"));
        assertEquals(1, count(html, "class=\"q1 unpaired\" data-score=\"0.100\" data-type=\"0-1\""));
    }

    @Test
    void targetCellsOfArabicAreRightToLeftWithTheirLanguage() throws IOException {
        String html = page(SampleDocuments.school());
        assertEquals(5, count(html, "<td class=\"tgt[^\"]*\" lang=\"ar\" dir=\"rtl\">"));
        assertEquals(5, count(html, "<td class=\"src[^\"]*\" lang=\"en\" dir=\"ltr\">"));
    }

    @Test
    void languageTagsAreWrittenAsGivenAndRegionsKeepTheDirection() throws IOException {
        String html = page(HtmlReviewSettings.of("en-US", "ar-EG"), SampleDocuments.school());
        assertTrue(html.contains("lang=\"ar-EG\" dir=\"rtl\""), html);
        assertTrue(html.contains("lang=\"en-US\" dir=\"ltr\""), html);
    }

    @Test
    void textIsEscaped() throws IOException {
        AlignedDocument doc = SampleDocuments.document("a<b>&\"c\"", List.of("<script>alert(1)</script> & co"),
                List.of("نص"), List.of(SampleDocuments.bead(0, 1, 0, 1, 0.5)));
        String html = page(doc);
        assertFalse(html.contains("<script>alert"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), html);
        assertTrue(html.contains("a&lt;b&gt;&amp;\"c\""), html);
    }

    @Test
    void pageLoadsNothingFromElsewhere() throws IOException {
        String html = page(SampleDocuments.school());
        for (String fetch : List.of(" src=", " href=", "url(", "@import", "<link", "<iframe")) {
            assertFalse(html.contains(fetch), fetch);
        }
    }

    @Test
    void histogramHasOneBarPerBandWithItsCount() throws IOException {
        String html = page(SampleDocuments.school(), SampleDocuments.school());
        // scores 0.912, 0.8, 0.65, 0.1, 0.874, twice: bands 9, 8, 6, 1, 8
        assertEquals(10, count(html, "<rect class=\"q\\d\""));
        assertTrue(html.contains("<title>0.8-0.9: 4</title>"), html);
        assertTrue(html.contains("<title>0.9-1.0: 2</title>"), html);
        assertTrue(html.contains("<title>0.0-0.1: 0</title>"), html);
    }

    @Test
    void perDocumentCountsByBeadTypeLinksFirst() throws IOException {
        String html = page(SampleDocuments.school());
        assertTrue(html.contains("<th>document</th><th>beads</th><th>1-1</th><th>1-2</th><th>0-1</th>"), html);
        assertTrue(html.contains("<tr><td class=\"doc\">school</td><td>5</td><td>3</td><td>1</td><td>1</td></tr>"),
                html);
    }

    @Test
    void scoreBandsClampToTheEnds() {
        assertEquals(0, HtmlReviewWriter.band(0.0));
        assertEquals(9, HtmlReviewWriter.band(0.9));
        assertEquals(9, HtmlReviewWriter.band(1.0));
        assertEquals(4, HtmlReviewWriter.band(0.45));
    }

    @Test
    void sameInputSameBytesWhateverTheLocale() throws IOException {
        String first = page(SampleDocuments.school());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(first, page(SampleDocuments.school()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void anEmptyBatchIsStillACompletePage() throws IOException {
        String html = page();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.endsWith("</html>\n"));
        assertTrue(html.contains("0 beads from 0 documents"), html);
    }
}
