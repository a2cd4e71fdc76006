package org.bitext.model;

import java.nio.file.Path;

/**
 * Where something came from: a file and a 1-based line (0 when unknown). Printed as
 * {@code path:line} so that editors and terminals can jump to it.
 */
public record SourceLocation(Path file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
