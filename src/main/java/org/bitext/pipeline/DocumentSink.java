package org.bitext.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bitext.model.AlignedDocument;

/** Where aligned documents go, one at a time, in input order. */
public interface DocumentSink extends AutoCloseable {
    void accept(AlignedDocument document) throws IOException;

    /**
     * True when the outputs for {@code stem} are already there and newer than {@code inputs} and
     * than the tool and settings that must have written them, so that {@code --resume} may skip
     * the document. Sinks that cannot tell (streams, batch files) say false.
     */
    default boolean isUpToDate(String stem, List<Path> inputs) throws IOException {
        return false;
    }

    /** Completes the output (footers, flush, renames); called once after the last document. */
    @Override
    void close() throws IOException;

    /**
     * Called instead of {@link #close()} when the run stops on an error: removes whatever is
     * incomplete (temporary files of batch outputs). Files already complete stay.
     */
    default void abandon() {
    }
}
