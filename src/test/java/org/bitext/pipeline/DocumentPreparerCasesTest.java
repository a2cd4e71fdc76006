package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bitext.io.InputUnit;
import org.bitext.io.TextDecoder;
import org.bitext.model.Sentence;
import org.bitext.model.Span;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.ScriptLanguageIdentifier;
import org.bitext.text.SentenceSegmenter;
import org.bitext.text.TextSanitizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7's inputs as the preparer sees them: one test per case, named after it. */
class DocumentPreparerCasesTest {
    static final String EN = "The minister said the talks were productive. Both sides agreed to meet again.";
    static final String AR = "قال الوزير إن المحادثات كانت مثمرة. واتفق الطرفان على اللقاء مجددا.";

    @TempDir
    Path dir;

    private final DocumentPreparer preparer = new DocumentPreparer(new TextDecoder(Optional.empty()),
            new ParagraphSplitter(new ScriptLanguageIdentifier()), new SentenceSegmenter(),
            LanguagePair.englishArabic());

    private PreparedDocument prepare(String name, byte[] bytes) throws IOException {
        Path f = Files.write(dir.resolve(name), bytes);
        return preparer.prepare(new InputUnit.Single(name, f));
    }

    private PreparedDocument prepare(String text) throws IOException {
        return prepare("doc.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String allText(PreparedDocument d) {
        StringBuilder sb = new StringBuilder();
        d.source().forEach(s -> sb.append(s.text()).append('\n'));
        d.target().forEach(s -> sb.append(s.text()).append('\n'));
        return sb.toString();
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        PreparedDocument d = prepare("");
        assertFalse(d.isBilingual());
        assertEquals(1, d.setAside().get(DocumentPreparer.EMPTY_FILE));
        assertTrue(d.warnings().get(0).endsWith("doc.txt: empty (no text, or white space only)"), d.warnings().toString());
    }

    @Test
    void whitespaceOnlyFileIsReportedAsEmpty() throws IOException {
        PreparedDocument d = prepare(" \n\t\n\u00A0\n\n");
        assertEquals(1, d.setAside().get(DocumentPreparer.EMPTY_FILE));
    }

    @Test
    void bidiOverridesAreRemovedFromOutputWithAWarning() throws IOException {
        PreparedDocument d = prepare(EN.replace("talks", "\u202Etalks\u202C") + "\n\n" + AR.replace("الوزير", "\u2067الوزير\u2069"));
        assertTrue(d.isBilingual());
        assertFalse(allText(d).chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("removed 4 characters: " + TextSanitizer.BIDI_CONTROLS)),
                d.warnings().toString());
    }

    @Test
    void strayDirectionMarksAtSentenceEdgesAreTrimmed() throws IOException {
        PreparedDocument d = prepare(EN + "\n\n\u200F" + AR.replace(". ", ".\u200F ") + "\u200E");
        for (Sentence s : d.target()) {
            assertFalse(TextSanitizer.isDirectionMark(s.text().charAt(0)), s.text());
            assertFalse(TextSanitizer.isDirectionMark(s.text().charAt(s.text().length() - 1)), s.text());
        }
    }

    @Test
    void zeroWidthNonJoinerSurvivesToTheSentences() throws IOException {
        String persianWord = "\u0645\u06CC\u200C\u0634\u0648\u062F";
        PreparedDocument d = prepare(EN + "\n\n" + AR.replace("مثمرة", "مثمرة " + persianWord));
        assertTrue(allText(d).contains(persianWord));
    }

    @Test
    void decomposedTextIsNormalizedToNfc() throws IOException {
        PreparedDocument d = prepare(EN.replace("said", "sai\u0064 cafe\u0301") + "\n\n" + AR.replace("إن", "\u0627\u0655\u0646"));
        assertTrue(allText(d).contains("café"));
        assertTrue(allText(d).contains("\u0625\u0646"));
    }

    @Test
    void c1ControlsAreRemovedWithAWarning() throws IOException {
        PreparedDocument d = prepare(EN.replace("said", "sa\u0085id\u009B") + "\n\n" + AR);
        assertFalse(allText(d).chars().anyMatch(c -> c >= 0x80 && c <= 0x9F));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains(TextSanitizer.CONTROLS)), d.warnings().toString());
    }

    @Test
    void charactersIllegalInXmlAreRemoved() throws IOException {
        PreparedDocument d = prepare(EN.replace("said", "said\u0001\u000B\uFFFE") + "\n\n" + AR);
        assertFalse(allText(d).chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0xFFFE));
    }

    @Test
    void detectedEncodingIsReportedWithItsFile() throws IOException {
        byte[] bytes = (EN + "\n\n" + AR + "\n").getBytes(Charset.forName("windows-1256"));
        PreparedDocument d = prepare("legacy.txt", bytes);
        assertEquals(List.of("windows-1256 (detected)"), d.encodings());
        assertTrue(d.isBilingual());
        assertTrue(d.warnings().get(0).contains("legacy.txt: not UTF-8; decoded as windows-1256"), d.warnings().toString());
    }

    @Test
    void unreadableFileErrorNamesTheFileAndTheReason() {
        Path gone = dir.resolve("gone.txt");
        IOException e = assertThrows(IOException.class, () -> preparer.prepare(new InputUnit.Single("gone", gone)));
        assertEquals(gone + ": cannot read (NoSuchFile)", e.getMessage());
    }

    @Test
    void singleLineOfFiveMegabytesIsCutIntoBoundedSentences() throws IOException {
        StringBuilder sb = new StringBuilder(5_000_100);
        while (sb.length() < 5_000_000) {
            sb.append("word ");
        }
        PreparedDocument d = prepare(sb.toString());
        assertTrue(d.source().size() >= 5_000_000 / DocumentPreparer.MAX_SENTENCE_CHARS);
        assertTrue(d.source().stream().allMatch(s -> s.text().length() <= DocumentPreparer.MAX_SENTENCE_CHARS));
        assertTrue(d.source().stream().allMatch(s -> !s.text().startsWith(" ") && !s.text().endsWith(" ")));
    }

    @Test
    void longSentenceWithoutSpacesIsCutAtTheLimitNotInsideASurrogatePair() {
        String text = "a" + "\uD83D\uDE00".repeat(3000);
        List<Span> pieces = DocumentPreparer.cutLong(text, new Span(0, text.length()));
        int covered = 0;
        for (Span p : pieces) {
            assertTrue(p.length() <= DocumentPreparer.MAX_SENTENCE_CHARS);
            assertFalse(Character.isLowSurrogate(text.charAt(p.start())));
            covered += p.length();
        }
        assertEquals(text.length(), covered);
    }

    @Test
    void manyOneWordParagraphsKeepOneSentenceEach() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append(i % 2 == 0 ? "minister" : "الوزير").append("\n\n");
        }
        PreparedDocument d = prepare(sb.toString());
        assertEquals(10_000, d.source().size());
        assertEquals(10_000, d.target().size());
    }

    private PreparedDocument preparePair(String english, String arabic) throws IOException {
        Path en = Files.writeString(dir.resolve("x.en.txt"), english);
        Path ar = Files.writeString(dir.resolve("x.ar.txt"), arabic);
        return preparer.prepare(new InputUnit.Pair("x", en, ar));
    }

    @Test
    void arabicWithItsSpacesLostIsNamedInAWarning() throws IOException {
        // three Arabic sentences of words run together (spaces lost), one whole: a warning naming the file
        String glued = "\u0642\u0627\u0645\u062A\u0634\u0627\u0631\u0644\u0632\u0633\u0632\u064A\u0633\u0644\u0631"
                + "\u0623\u0633\u062A\u0627\u0630.";
        String arabic = String.join(" ", glued, glued, glued, AR) + "\n";
        PreparedDocument d = preparePair(EN + "\n", arabic);
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("x.ar.txt: 3 of 5 Arabic sentences have words run"
                + " together without spaces")), d.warnings().toString());
        // two are not worth a warning
        PreparedDocument two = preparePair(EN + "\n", String.join(" ", glued, glued, AR) + "\n");
        assertTrue(two.warnings().isEmpty(), two.warnings().toString());
    }

    @Test
    void aPairWhoseFileNamesAreSwappedIsReadByItsContentsWithAWarning() throws IOException {
        PreparedDocument d = preparePair(AR + "\n", EN + "\n");
        assertEquals(List.of("The minister said the talks were productive.", "Both sides agreed to meet again."),
                d.source().stream().map(Sentence::text).toList());
        assertEquals(2, d.target().size());
        assertTrue(d.target().get(0).text().startsWith("قال الوزير"), d.target().get(0).text());
        assertTrue(d.setAside().isEmpty(), d.setAside().toString());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).contains("x.en.txt") && d.warnings().get(0).contains("names swapped?"),
                d.warnings().get(0));
    }

    @Test
    void aPairWithAQuoteInTheOtherLanguageKeepsEachFileToItsSide() throws IOException {
        // the English file quotes a line of Arabic: set aside, the files are not swapped
        PreparedDocument d = preparePair(EN + "\n\n" + AR + "\n", AR + "\n");
        assertEquals(2, d.source().size());
        assertEquals(2, d.target().size());
        assertTrue(d.target().get(0).text().startsWith("قال الوزير"));
        assertEquals(java.util.Map.of("in the other language's file", 1), d.setAside());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void aPairOfTwoArabicFilesIsNotTakenForSwapped() throws IOException {
        PreparedDocument d = preparePair(AR + "\n", AR + "\n");
        assertTrue(d.source().isEmpty());
        assertEquals(2, d.target().size());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }
}
