package org.bitext.output;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.bitext.model.AlignedDocument;

/**
 * Keeps the begin/write/end protocol of {@link CorpusWriter} in one place so that each format
 * only says what its header, documents and footer look like.
 */
abstract class StreamingCorpusWriter implements CorpusWriter {
    private enum State { NEW, OPEN, ENDED }

    private State state = State.NEW;
    private long written;

    @Override
    public final void begin() throws IOException {
        if (state != State.NEW) {
            throw new IllegalStateException("begin() after the header was written");
        }
        writeHeader();
        state = State.OPEN;
    }

    @Override
    public final void write(AlignedDocument document) throws IOException {
        Objects.requireNonNull(document, "document");
        if (state == State.ENDED) {
            throw new IllegalStateException("write() after end(): " + document.stem());
        }
        if (state == State.NEW) {
            begin();
        }
        written += writeDocument(document);
    }

    @Override
    public final void end() throws IOException {
        if (state == State.ENDED) {
            return;
        }
        if (state == State.NEW) {
            begin();
        }
        writeFooter();
        flush();
        state = State.ENDED;
    }

    @Override
    public final long written() {
        return written;
    }

    /**
     * A bead score as every format prints it: three decimals, ASCII digits and a full stop
     * whatever the default locale (an Arabic one would give Arabic-Indic digits).
     */
    static String formatScore(double score) {
        return String.format(Locale.ROOT, "%.3f", score);
    }

    /** Writes whatever precedes the first document; nothing by default. */
    void writeHeader() throws IOException {
    }

    /** Writes one document and returns how many units it produced. */
    abstract long writeDocument(AlignedDocument document) throws IOException;

    /** Writes whatever follows the last document; nothing by default. */
    void writeFooter() throws IOException {
    }

    /** Flushes every underlying writer. */
    abstract void flush() throws IOException;
}
