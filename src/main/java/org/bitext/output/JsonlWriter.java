package org.bitext.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;

/**
 * Writes JSON Lines: one object per bead, insertions and deletions included, with the keys
 * always in this order:
 * <pre>{"doc":"stem","src":"...","tgt":"...","src_idx":[0],"tgt_idx":[0,1],"type":"1-2","score":0.873}</pre>
 * {@code src_idx}/{@code tgt_idx} are the sentence indices of each side (empty for the
 * missing side of a 1-0 or 0-1 bead); the score has three decimals.
 *
 * <p>String escaping: {@code "} and {@code \}, control characters (short forms where JSON has
 * them, else {@code \}{@code u00XX}), and U+2028/U+2029, which JavaScript before ES2019 cannot
 * hold in a string literal. Other characters, Arabic included, are written as they are.
 * Unpaired surrogates are removed: UTF-8 cannot encode them, and the XML writer drops them too.
 */
public final class JsonlWriter extends StreamingCorpusWriter {
    private final Writer out;

    public JsonlWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    long writeDocument(AlignedDocument document) throws IOException {
        String doc = quote(document.stem());
        StringBuilder b = new StringBuilder();
        long lines = 0;
        for (Bead bead : document.alignment().beads()) {
            b.setLength(0);
            b.append("{\"doc\":").append(doc);
            b.append(",\"src\":").append(quote(document.sourceText(bead)));
            b.append(",\"tgt\":").append(quote(document.targetText(bead)));
            b.append(",\"src_idx\":");
            indices(b, bead.sourceStart(), bead.sourceEnd());
            b.append(",\"tgt_idx\":");
            indices(b, bead.targetStart(), bead.targetEnd());
            b.append(",\"type\":").append(quote(bead.type()));
            b.append(",\"score\":").append(formatScore(bead.score()));
            b.append("}\n");
            out.write(b.toString());
            lines++;
        }
        return lines;
    }

    @Override
    void flush() throws IOException {
        out.flush();
    }

    private static void indices(StringBuilder b, int start, int end) {
        b.append('[');
        for (int i = start; i < end; i++) {
            if (i > start) {
                b.append(',');
            }
            b.append(i);
        }
        b.append(']');
    }

    /** {@code text} as a JSON string literal, quotes included. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == LineBreaks.LINE_SEPARATOR || c == LineBreaks.PARAGRAPH_SEPARATOR) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (!Character.isSurrogate(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
