package org.bitext.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
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

    /** @throws IOException naming the file (and the place of a decoding error) */
    static String read(String file) throws IOException {
        TextDecoder decoder = new TextDecoder(Optional.empty());
        String text = file.equals(STDIN) ? decoder.decode(Path.of("<stdin>"), System.in.readAllBytes()).text()
                : decoder.decode(Path.of(file)).text();
        return new TextSanitizer().sanitize(text).text();
    }
}
