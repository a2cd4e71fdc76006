package org.bitext.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;

/**
 * Writes one tab-separated row per bead, with the columns of {@link TsvSettings}. Every row
 * has exactly as many cells as there are columns: tabs and line breaks inside a cell are
 * handled by the {@link TsvEscape} mode. Lines end with LF; numbers use {@link Locale#ROOT}.
 */
public final class TsvWriter extends StreamingCorpusWriter {
    private final Writer out;
    private final TsvSettings settings;
    private long skipped;

    public TsvWriter(Writer out, TsvSettings settings) {
        this.out = Objects.requireNonNull(out, "out");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Rows left out so far because of {@link TsvEscape#SKIP}. */
    public long skipped() {
        return skipped;
    }

    @Override
    void writeHeader() throws IOException {
        if (settings.header()) {
            StringBuilder b = new StringBuilder();
            for (TsvColumn column : settings.columns()) {
                if (b.length() > 0) {
                    b.append('\t');
                }
                b.append(column.key());
            }
            out.append(b.append('\n'));
        }
    }

    @Override
    long writeDocument(AlignedDocument document) throws IOException {
        long rows = 0;
        StringBuilder b = new StringBuilder(ROW_CAPACITY);
        beads:
        for (Bead bead : document.alignment().beads()) {
            if (!bead.isLink() && !settings.includeUnlinked()) {
                continue;
            }
            b.setLength(0);
            for (int i = 0; i < settings.columns().size(); i++) {
                String cell = cell(document, bead, settings.columns().get(i));
                if (settings.escape() == TsvEscape.SKIP && hasCellBreak(cell)) {
                    skipped++;
                    continue beads;
                }
                if (i > 0) {
                    b.append('\t');
                }
                b.append(escape(cell, settings.escape()));
            }
            out.append(b.append('\n'));
            rows++;
        }
        return rows;
    }

    @Override
    void flush() throws IOException {
        out.flush();
    }

    private static String cell(AlignedDocument document, Bead bead, TsvColumn column) {
        return switch (column) {
            case SRC -> document.sourceText(bead);
            case TGT -> document.targetText(bead);
            case SCORE -> formatScore(bead.score());
            case DOC -> document.stem();
            case PARA -> Integer.toString(bead.sourceCount() > 0
                    ? document.source().get(bead.sourceStart()).paragraphIndex()
                    : document.target().get(bead.targetStart()).paragraphIndex());
            case TYPE -> bead.type();
        };
    }

    private static boolean hasCellBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (LineBreaks.isCellBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Applies {@code mode} to one cell; {@link TsvEscape#SKIP} cells reach here clean. */
    static String escape(String text, TsvEscape mode) {
        return switch (mode) {
            case REPLACE -> LineBreaks.toOneCell(text);
            case BACKSLASH -> backslash(text);
            case DROP -> drop(text);
            case SKIP -> text;
        };
    }

    private static String backslash(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (LineBreaks.isLineBreak(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String drop(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!LineBreaks.isCellBreak(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
