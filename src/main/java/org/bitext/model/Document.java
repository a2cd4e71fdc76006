package org.bitext.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A decoded text file split into paragraphs.
 *
 * @param file       where the text came from
 * @param text       the decoded text (BOM removed, line ends normalised to LF)
 * @param encoding   the charset the bytes were decoded with
 * @param paragraphs the paragraphs, in order
 */
public record Document(Path file, String text, String encoding, List<Paragraph> paragraphs) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
    }
}
