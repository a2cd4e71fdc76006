package org.bitext.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;

/**
 * Writes the Moses/OPUS plain-text format: two files, source and target, where line n of one
 * translates line n of the other. Only beads with both sides are written, and line breaks
 * inside a segment (see {@link LineBreaks}) become spaces, so the two files always have the
 * same number of lines.
 */
public final class MosesWriter extends StreamingCorpusWriter {
    private final Writer source;
    private final Writer target;

    /** Both writers belong to the caller, who closes them. */
    public MosesWriter(Writer source, Writer target) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        if (source == target) {
            throw new IllegalArgumentException("source and target must be different writers");
        }
    }

    @Override
    long writeDocument(AlignedDocument document) throws IOException {
        StringBuilder src = new StringBuilder();
        StringBuilder tgt = new StringBuilder();
        long lines = 0;
        for (Bead bead : document.alignment().beads()) {
            if (bead.isLink()) {
                src.append(LineBreaks.toOneLine(document.sourceText(bead))).append('\n');
                tgt.append(LineBreaks.toOneLine(document.targetText(bead))).append('\n');
                lines++;
            }
        }
        source.write(src.toString());
        target.write(tgt.toString());
        return lines;
    }

    @Override
    void flush() throws IOException {
        source.flush();
        target.flush();
    }
}
