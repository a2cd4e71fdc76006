package org.bitext.beam;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;
import org.bitext.output.CorpusWriter;
import org.bitext.output.JsonlWriter;
import org.bitext.output.TmxSettings;
import org.bitext.output.TmxWriter;
import org.bitext.output.TsvSettings;
import org.bitext.output.TsvWriter;

/**
 * One aligned document rendered by the core's writers, so that its bytes are those that
 * {@code bitext align} writes for it; shards are concatenations of these.
 *
 * @param index    the unit's place in the input order
 * @param stem     the document's output name
 * @param tsv      its TSV rows
 * @param jsonl    its JSON lines
 * @param tmxUnits its TMX {@code <tu>} elements, without the file's header and footer
 * @param beads    its beads by type ({@code 1-1}, {@code 2-1}, {@code 1-0} ...)
 * @param warnings what the summary says of it (its two languages look unrelated)
 */
record Rendered(long index, String stem, String tsv, String jsonl, String tmxUnits, Map<String, Long> beads,
                List<String> warnings) implements Serializable {
    private static final long serialVersionUID = 1L;

    Rendered {
        beads = Map.copyOf(beads);
        warnings = List.copyOf(warnings);
    }

    static Rendered of(long index, AlignedDocument document, TmxSettings tmx, TsvSettings tsv,
                       List<String> warnings) {
        String wholeTmx = render(new StringWriter(), out -> new TmxWriter(out, tmx), document);
        String header = tmxHeader(tmx);
        String footer = tmxFooter(tmx);
        if (!wholeTmx.startsWith(header) || !wholeTmx.endsWith(footer)) {
            throw new IllegalStateException("TMX of " + document.stem() + " does not start with the header and end"
                    + " with the footer of an empty TMX file");
        }
        Map<String, Long> beads = new TreeMap<>();
        for (Bead bead : document.alignment().beads()) {
            beads.merge(bead.type(), 1L, Long::sum);
        }
        return new Rendered(index, document.stem(), render(new StringWriter(), out -> new TsvWriter(out, tsv), document),
                render(new StringWriter(), JsonlWriter::new, document),
                wholeTmx.substring(header.length(), wholeTmx.length() - footer.length()), beads, warnings);
    }

    /** What a TMX file holds before its first unit. */
    static String tmxHeader(TmxSettings tmx) {
        StringWriter out = new StringWriter();
        try {
            new TmxWriter(out, tmx).begin();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What a TMX file holds after its last unit. */
    static String tmxFooter(TmxSettings tmx) {
        return render(new StringWriter(), out -> new TmxWriter(out, tmx), null).substring(tmxHeader(tmx).length());
    }

    private interface WriterFactory {
        CorpusWriter create(StringWriter out);
    }

    private static String render(StringWriter out, WriterFactory factory, AlignedDocument document) {
        try (CorpusWriter writer = factory.create(out)) {
            if (document != null) {
                writer.write(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
