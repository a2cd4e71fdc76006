package org.bitext.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A column that {@link TsvWriter} can print, named by the key used in options and headers. */
public enum TsvColumn {
    /** The source side of the bead (English by default). */
    SRC("src"),
    /** The target side of the bead (Arabic by default). */
    TGT("tgt"),
    /** The bead score, three decimals. */
    SCORE("score"),
    /** The document stem. */
    DOC("doc"),
    /** Paragraph index of the bead's first source sentence, or of its first target sentence. */
    PARA("para"),
    /** The bead shape, such as {@code 1-2}. */
    TYPE("type");

    private final String key;

    TsvColumn(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The column named {@code key} (case-insensitive); the message lists the valid keys. */
    public static TsvColumn fromKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (TsvColumn column : values()) {
            if (column.key.equals(wanted)) {
                return column;
            }
        }
        throw new IllegalArgumentException("unknown TSV column '" + key + "'; expected one of "
                + Arrays.stream(values()).map(TsvColumn::key).collect(Collectors.joining(", ")));
    }
}
