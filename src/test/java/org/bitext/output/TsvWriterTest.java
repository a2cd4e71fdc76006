package org.bitext.output;

import static org.bitext.output.SampleDocuments.bead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TsvWriterTest {
    private static final List<TsvColumn> ALL = List.of(TsvColumn.values());

    private static String write(TsvSettings settings, AlignedDocument... documents) throws IOException {
        StringWriter out = new StringWriter();
        try (TsvWriter tsv = new TsvWriter(out, settings)) {
            for (AlignedDocument document : documents) {
                tsv.write(document);
            }
        }
        return out.toString();
    }

    /** Segments (and a stem) full of tabs and every kind of line break. */
    private static AlignedDocument messy() {
        List<String> english = List.of("one\ttwo", "three\nfour", "five\r\nsix", "plain", "seven\u2028eight\u0085nine");
        List<String> arabic = List.of("\u0648\u0627\u062D\u062F", "\u0627\u062B\u0646\u0627\u0646\t\u062B\u0644\u0627\u062B\u0629",
                "\u0623\u0631\u0628\u0639\u0629\u000B\u062E\u0645\u0633\u0629\u000C", "\u0633\u062A\u0629\u2029",
                "\u0633\u0628\u0639\u0629\\");
        return new AlignedDocument("messy\tstem", List.of(Path.of("m.txt")), "en", "ar",
                SampleDocuments.sentences(english, 0, 0, 1, 1, 2),
                SampleDocuments.sentences(arabic, 0, 1, 1, 2, 2),
                new Alignment(List.of(bead(0, 1, 0, 1, 0.9), bead(1, 1, 1, 0, 0.1), bead(2, 0, 1, 1, 0.2),
                        bead(2, 2, 2, 2, 0.7), bead(4, 1, 4, 1, 1.0)), 5, 5));
    }

    @ParameterizedTest
    @EnumSource(TsvEscape.class)
    void everyLineHasTheDeclaredNumberOfColumns(TsvEscape escape) throws IOException {
        TsvSettings settings = new TsvSettings(ALL, true, escape, true);
        String tsv = write(settings, messy(), SampleDocuments.school());
        assertTrue(tsv.endsWith("\n"));
        String[] lines = tsv.substring(0, tsv.length() - 1).split("\n", -1);
        assertTrue(lines.length > 1);
        for (String line : lines) {
            assertEquals(ALL.size(), line.split("\t", -1).length, () -> escape + ": " + line);
            for (char c : line.toCharArray()) {
                assertFalse(LineBreaks.isLineBreak(c), () -> escape + ": line break in " + line);
            }
        }
    }

    @Test
    void defaultIsSourceTargetScoreForLinksWithoutHeader() throws IOException {
        String tsv = write(TsvSettings.defaults(), SampleDocuments.school());
        String[] lines = tsv.split("\n");
        assertEquals(4, lines.length);
        assertEquals("It will teach 400 pupils.\t\u0648\u0633\u062A\u0633\u062A\u0642\u0628\u0644"
                + " \u0627\u0644\u0645\u062F\u0631\u0633\u0629 400 \u062A\u0644\u0645\u064A\u0630.\t0.800", lines[1]);
    }

    @Test
    void scoreUsesRootLocaleUnderArabicDefault() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("ar", "EG"));
            String tsv = write(TsvSettings.defaults().withColumns(List.of(TsvColumn.SCORE, TsvColumn.PARA)),
                    SampleDocuments.school());
            assertEquals("0.912\t0\n0.800\t0\n0.650\t0\n0.874\t0\n", tsv);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void headerNamesTheColumns() throws IOException {
        String tsv = write(TsvSettings.defaults().withHeader(true).withColumns(List.of(TsvColumn.DOC, TsvColumn.TYPE)),
                SampleDocuments.school());
        assertTrue(tsv.startsWith("doc\ttype\nschool\t1-1\n"), tsv);
    }

    @Test
    void replaceTurnsEachRunOfBreaksIntoOneSpace() throws IOException {
        String tsv = write(TsvSettings.defaults().withColumns(List.of(TsvColumn.SRC)), messy());
        assertEquals("one two\nfive six plain\nseven eight nine\n", tsv);
    }

    @Test
    void backslashEscapesBreaksAndBackslashes() throws IOException {
        String tsv = write(TsvSettings.defaults().withEscape(TsvEscape.BACKSLASH)
                .withColumns(List.of(TsvColumn.SRC, TsvColumn.DOC)), messy());
        assertEquals("one\\ttwo\tmessy\\tstem\nfive\\r\\nsix plain\tmessy\\tstem\n"
                + "seven\\u2028eight\\u0085nine\tmessy\\tstem\n", tsv);
        String arabic = write(TsvSettings.defaults().withEscape(TsvEscape.BACKSLASH)
                .withColumns(List.of(TsvColumn.TGT)), messy());
        assertTrue(arabic.endsWith("\u0633\u0628\u0639\u0629\\\\\n"), arabic);
        assertTrue(arabic.contains("\u0623\u0631\u0628\u0639\u0629\\u000B\u062E\u0645\u0633\u0629\\u000C"), arabic);
    }

    @Test
    void dropRemovesTheBreakCharacters() throws IOException {
        String tsv = write(TsvSettings.defaults().withEscape(TsvEscape.DROP).withColumns(List.of(TsvColumn.SRC)), messy());
        assertEquals("onetwo\nfivesix plain\nseveneightnine\n", tsv);
    }

    @Test
    void skipLeavesOutRowsWithBreaksAndCountsThem() throws IOException {
        StringWriter out = new StringWriter();
        TsvWriter tsv = new TsvWriter(out, TsvSettings.defaults().withEscape(TsvEscape.SKIP)
                .withColumns(List.of(TsvColumn.SRC, TsvColumn.TYPE)));
        tsv.write(messy());
        tsv.end();
        // The link beads 0 (tab), 3 (CR LF) and 4 (U+2028, NEL) all have a break in the source cell.
        assertEquals("", out.toString());
        assertEquals(3, tsv.skipped());
        assertEquals(0, tsv.written());
    }

    @Test
    void unlinkedBeadsHaveAnEmptyCellWhenIncluded() throws IOException {
        String tsv = write(TsvSettings.defaults().withUnlinked(true).withColumns(List.of(TsvColumn.SRC, TsvColumn.TGT,
                TsvColumn.TYPE, TsvColumn.PARA)), SampleDocuments.school());
        assertTrue(tsv.contains("\n\t(\u062A\u0642\u0631\u064A\u0631: \u0648\u0643\u0627\u0644\u0629"
                + " \u0627\u0644\u0623\u0646\u0628\u0627\u0621)\t0-1\t0\n"), tsv);
        assertEquals(5, tsv.split("\n").length);
    }

    @Test
    void paraIsTheSourceParagraphElseTheTarget() throws IOException {
        String tsv = write(TsvSettings.defaults().withUnlinked(true).withColumns(List.of(TsvColumn.TYPE, TsvColumn.PARA)),
                messy());
        assertEquals("1-1\t0\n1-0\t0\n0-1\t1\n2-2\t1\n1-1\t2\n", tsv);
    }

    @Test
    void columnsAreParsedFromTheirKeys() {
        assertEquals(TsvColumn.TGT, TsvColumn.fromKey(" TGT "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TsvColumn.fromKey("target"));
        assertEquals("unknown TSV column 'target'; expected one of src, tgt, score, doc, para, type", e.getMessage());
    }

    @Test
    void repeatedOrMissingColumnsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TsvSettings.defaults().withColumns(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> TsvSettings.defaults().withColumns(List.of(TsvColumn.SRC, TsvColumn.SRC)));
    }
}
