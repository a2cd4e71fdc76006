package org.bitext.pipeline;

import java.io.IOException;

/**
 * The reader of the output went away (a closed pipe, as in {@code bitext align ... -o - | head}).
 * Nothing more can be delivered, so the batch stops at once, without an error message: that is
 * what the reader asked for.
 */
public final class OutputClosedException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputClosedException(String message) {
        super(message);
    }
}
