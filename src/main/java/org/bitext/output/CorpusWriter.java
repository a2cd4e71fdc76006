package org.bitext.output;

import java.io.Closeable;
import java.io.IOException;
import org.bitext.model.AlignedDocument;

/**
 * A streaming corpus format: a header, then any number of documents appended one at a time,
 * then a footer. Several documents may share one writer (a combined corpus, or stdout), or a
 * caller may open one writer per document.
 *
 * <p>The caller owns the underlying {@link java.io.Writer}: {@link #end()} and {@link #close()}
 * write the footer and flush, but never close it, so that stdout stays usable and the caller
 * decides when a temporary file is complete enough to be renamed. Writers emit characters
 * only; encoding them as UTF-8 (without a BOM) is the caller's job.
 *
 * <p>Protocol: {@link #begin()} at most once, then {@link #write} any number of times, then
 * {@link #end()}. {@code write} and {@code end} begin implicitly when the caller did not, so an
 * empty corpus is still a well-formed file. {@code end} is idempotent; {@code write} after
 * {@code end} is an {@link IllegalStateException}.
 */
public interface CorpusWriter extends Closeable {

    /** Writes the header, if the format has one. */
    void begin() throws IOException;

    /** Appends the beads of one document. */
    void write(AlignedDocument document) throws IOException;

    /** Writes the footer, if the format has one, and flushes; does not close the writer. */
    void end() throws IOException;

    /** The number of units (TMX {@code <tu>}, TSV rows, lines, JSON objects) written so far. */
    long written();

    /** Same as {@link #end()}: the underlying writer stays open. */
    @Override
    default void close() throws IOException {
        end();
    }
}
