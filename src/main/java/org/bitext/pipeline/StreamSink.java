package org.bitext.pipeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.bitext.model.AlignedDocument;
import org.bitext.output.CorpusWriter;

/**
 * Streams every document into one writer (standard output): one corpus, in input order.
 *
 * <p>A {@link PrintWriter} never throws; it only remembers that a write failed. When given the
 * print writer under the corpus writer, this sink asks it after every document
 * ({@link PrintWriter#checkError()}, which also flushes, so a reader such as {@code head} gets
 * each document as soon as it is aligned) and stops the batch with an
 * {@link OutputClosedException} once the reader has gone.
 */
public final class StreamSink implements DocumentSink {
    private final CorpusWriter writer;
    private final PrintWriter checked;

    /** A sink that cannot tell whether its reader went away. */
    public StreamSink(CorpusWriter writer) {
        this(writer, null);
    }

    /** @param checked the print writer that {@code writer} writes to, checked after each document */
    public StreamSink(CorpusWriter writer, PrintWriter checked) {
        this.writer = writer;
        this.checked = checked;
    }

    /**
     * A checked sink that writes {@code format} to {@code out}. Moses, which needs two files,
     * cannot be streamed.
     */
    public static StreamSink of(OutputFormat format, OutputSettings settings, PrintWriter out) {
        if (format == OutputFormat.MOSES) {
            throw new IllegalArgumentException("the Moses format needs two files, not one stream");
        }
        return new StreamSink(FormatWriters.create(format, settings, List.of(out)), out);
    }

    @Override
    public void accept(AlignedDocument document) throws IOException {
        writer.write(document);
        check();
    }

    @Override
    public void close() throws IOException {
        writer.end();
        check();
    }

    private void check() throws OutputClosedException {
        if (checked != null && checked.checkError()) {
            throw new OutputClosedException("the output was closed by its reader");
        }
    }
}
