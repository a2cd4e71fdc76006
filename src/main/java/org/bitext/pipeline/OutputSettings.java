package org.bitext.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bitext.output.HtmlReviewSettings;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvSettings;

/**
 * Which formats a folder sink writes and how.
 *
 * @param formats the formats, written in this enum order; never empty
 * @param tmx     TMX header and languages; its languages also name the Moses files
 * @param tsv     TSV columns, header and escaping
 * @param html    review page title and languages
 * @param alignmentOptions the options besides these that change what is written (respelling,
 *                names and dictionary files, encoding, score threshold), one {@code key=value}
 *                each, for the resume marker only
 */
public record OutputSettings(Set<OutputFormat> formats, TmxSettings tmx, TsvSettings tsv, HtmlReviewSettings html,
                             List<String> alignmentOptions) {
    public OutputSettings {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        Objects.requireNonNull(tmx, "tmx");
        Objects.requireNonNull(tsv, "tsv");
        Objects.requireNonNull(html, "html");
        alignmentOptions = List.copyOf(alignmentOptions);
    }

    /** Settings with no alignment options of note. */
    public OutputSettings(Set<OutputFormat> formats, TmxSettings tmx, TsvSettings tsv, HtmlReviewSettings html) {
        this(formats, tmx, tsv, html, List.of());
    }

    /** These settings, with {@code options} as the alignment options. */
    public OutputSettings withAlignmentOptions(List<String> options) {
        return new OutputSettings(formats, tmx, tsv, html, options);
    }

    /** TMX and TSV, as the tool has always written. */
    public static OutputSettings tmxAndTsv(TmxSettings tmx, TsvSettings tsv) {
        return new OutputSettings(EnumSet.of(OutputFormat.TSV, OutputFormat.TMX), tmx, tsv,
                HtmlReviewSettings.of(tmx.sourceLanguage(), tmx.targetLanguage()));
    }

    public boolean has(OutputFormat format) {
        return formats.contains(format);
    }

    /**
     * The file names that {@code format} gives for {@code name} (a stem, or {@code corpus}); the
     * review page has a fixed name for the batch.
     */
    public List<String> fileNames(OutputFormat format, String name) {
        return switch (format) {
            case TMX -> List.of(name + ".tmx");
            case TSV -> List.of(name + ".tsv");
            case MOSES -> List.of(name + "." + tmx.sourceLanguage(), name + "." + tmx.targetLanguage());
            case JSONL -> List.of(name + ".jsonl");
            case HTML -> List.of(FolderSink.REVIEW_PAGE);
        };
    }

    /**
     * Everything that changes the bytes of the outputs, one line per item, for the resume marker:
     * outputs written under other settings are not up to date.
     */
    String fingerprint() {
        return "formats=" + EnumSet.copyOf(formats) + "\n"
                + "tmx=" + tmx.creationToolVersion() + " " + tmx.sourceLanguage() + " " + tmx.targetLanguage()
                + " " + tmx.creationDate().map(Object::toString).orElse("-") + "\n"
                + "tsv=" + tsv.columns() + " header=" + tsv.header() + " escape=" + tsv.escape()
                + " unlinked=" + tsv.includeUnlinked() + "\n"
                + "alignment=" + String.join(" ", alignmentOptions) + "\n";
    }
}
