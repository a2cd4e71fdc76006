package org.bitext.pipeline;

import java.io.Writer;
import java.util.List;
import org.bitext.output.CorpusWriter;
import org.bitext.output.HtmlReviewWriter;
import org.bitext.output.JsonlWriter;
import org.bitext.output.MosesWriter;
import org.bitext.output.TmxWriter;
import org.bitext.output.TsvWriter;

/** The one place that knows which writer renders each {@link OutputFormat}. */
final class FormatWriters {
    private FormatWriters() {
    }

    /**
     * A writer of {@code format} onto {@code targets}, one per file of
     * {@link OutputSettings#fileNames} and in that order (Moses has two).
     */
    static CorpusWriter create(OutputFormat format, OutputSettings settings, List<Writer> targets) {
        int files = format == OutputFormat.MOSES ? 2 : 1;
        if (targets.size() != files) {
            throw new IllegalArgumentException(format.key() + " writes " + files + " file(s), got " + targets.size());
        }
        Writer out = targets.get(0);
        return switch (format) {
            case TMX -> new TmxWriter(out, settings.tmx());
            case TSV -> new TsvWriter(out, settings.tsv());
            case MOSES -> new MosesWriter(out, targets.get(1));
            case JSONL -> new JsonlWriter(out);
            case HTML -> new HtmlReviewWriter(out, settings.html());
        };
    }
}
