package org.bitext.pipeline;

import java.io.IOException;
import org.bitext.model.AlignedDocument;
import org.bitext.output.CorpusWriter;

/** Streams every document into one writer (standard output): one corpus, in input order. */
public final class StreamSink implements DocumentSink {
    private final CorpusWriter writer;

    public StreamSink(CorpusWriter writer) {
        this.writer = writer;
    }

    @Override
    public void accept(AlignedDocument document) throws IOException {
        writer.write(document);
    }

    @Override
    public void close() throws IOException {
        writer.end();
    }
}
