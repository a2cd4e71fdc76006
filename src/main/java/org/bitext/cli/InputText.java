package org.bitext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.bitext.io.ReadFailure;
import org.bitext.io.TextDecoder;
import org.bitext.text.TextSanitizer;

/**
 * The text of a file named on the command line, or of standard input for {@code -}, as align
 * reads a document: decoded strictly (UTF-8, a byte-order mark, or a detected legacy encoding),
 * then sanitised (controls out, presentation forms to letters, NFC). For the commands that look
 * at one file's text: detect and segment.
 */
final class InputText {
    static final String STDIN = "-";

    private InputText() {
    }

    /**
     * Gives {@code use} each file's name and text, standard input when {@code files} is empty; a
     * file that cannot be read is named on {@code err} and skipped, and the others are still read.
     *
     * @return {@link ExitCode#OK}, or {@link ExitCode#BAD_INPUT} when a file could not be read
     */
    static int eachFile(List<String> files, PrintWriter err, BiConsumer<String, String> use) {
        int exit = ExitCode.OK;
        for (String file : files.isEmpty() ? List.of(STDIN) : files) {
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                err.println("bitext: " + ReadFailure.describe(Path.of(file), e));
                exit = ExitCode.BAD_INPUT;
                continue;
            }
            use.accept(file, text);
        }
        return exit;
    }

    /** @throws IOException naming the file (and the place of a decoding error) */
    static String read(String file) throws IOException {
        TextDecoder decoder = new TextDecoder(Optional.empty());
        String text = file.equals(STDIN) ? decoder.decode(Path.of("<stdin>"), System.in.readAllBytes()).text()
                : decoder.decode(Path.of(file)).text();
        return new TextSanitizer().sanitize(text).text();
    }
}
