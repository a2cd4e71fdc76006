package org.bitext.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs at blank lines, joining soft-wrapped lines with a space. A
 * stand-in for {@code detect} until the shared paragraph splitter of {@code org.bitext.text}
 * is available.
 */
final class BlankLineParagraphs {
    private BlankLineParagraphs() {
    }

    static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(current, paragraphs);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(trimmed);
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
