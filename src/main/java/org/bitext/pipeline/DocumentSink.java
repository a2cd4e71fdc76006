package org.bitext.pipeline;

import java.io.IOException;
import org.bitext.model.AlignedDocument;

/** Where aligned documents go, one at a time, in input order. */
public interface DocumentSink extends AutoCloseable {
    void accept(AlignedDocument document) throws IOException;

    /** Completes the output (footers, flush); called once after the last document. */
    @Override
    void close() throws IOException;
}
