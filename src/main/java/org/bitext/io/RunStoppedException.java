package org.bitext.io;

import java.io.IOException;

/**
 * An output was not written because the run is being stopped from outside (Ctrl-C, {@code kill}):
 * its temporary files are being deleted ({@link TemporaryFiles#deleteAll}). The batch stops
 * without a message per document: the user asked it to stop.
 */
public final class RunStoppedException extends IOException {
    private static final long serialVersionUID = 1L;

    public RunStoppedException(String message) {
        super(message);
    }
}
