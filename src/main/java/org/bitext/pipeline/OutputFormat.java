package org.bitext.pipeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A corpus format that a sink can write, named as in {@code --format}. */
public enum OutputFormat {
    /** TMX 1.4b: {@code STEM.tmx}. */
    TMX("tmx"),
    /** Tab-separated values: {@code STEM.tsv}. */
    TSV("tsv"),
    /** Moses/OPUS line-aligned plain text: {@code STEM.SRC} and {@code STEM.TGT} (language codes). */
    MOSES("moses"),
    /** JSON Lines, one bead a line: {@code STEM.jsonl}. */
    JSONL("jsonl"),
    /** The review page, one per batch: {@code review.html}. */
    HTML("html");

    private final String key;

    OutputFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The format named {@code key} (case-insensitive); the message lists the valid names. */
    public static OutputFormat fromKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (format.key.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + key + "'; expected one of "
                + Arrays.stream(values()).map(OutputFormat::key).collect(Collectors.joining(", ")));
    }
}
