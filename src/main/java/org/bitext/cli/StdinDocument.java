package org.bitext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Standard input as one document, for the input {@code -}. The pipeline reads every input
 * twice (two passes) and decodes files strictly, so the bytes are first copied to a file named
 * {@value #NAME} in a private temporary folder; its stem, and so its output names and the TMX
 * {@code x-source}, is {@code stdin}. The folder is removed on {@link #close()}.
 */
final class StdinDocument implements AutoCloseable {
    static final String NAME = "stdin";
    /** How messages name it instead of the temporary path. */
    static final String DISPLAY = "<stdin>";

    private final Path folder;
    private final Path file;

    private StdinDocument(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    static StdinDocument copy(InputStream in) throws IOException {
        Path folder = Files.createTempDirectory("bitext-stdin-");
        Path file = folder.resolve(NAME);
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
            throw e;
        }
        return new StdinDocument(folder, file);
    }

    Path file() {
        return file;
    }

    /** {@code message} with the temporary path replaced by {@value #DISPLAY}. */
    String rename(String message) {
        return message.replace(file.toString(), DISPLAY);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }
}
