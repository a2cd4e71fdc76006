package org.bitext.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bitext.align.AlignmentInput;
import org.bitext.align.SentenceAligner;
import org.bitext.io.TextDecoder;
import org.bitext.model.Alignment;

/**
 * Aligns two files that are already split into sentences, one a line (the input of published
 * aligner benchmarks). Line numbers are sentence numbers; empty lines are sentences too, so
 * that the numbering always matches the files.
 */
public final class Presegmented {
    private final TextDecoder decoder;
    private final SentenceAligner aligner;

    public Presegmented(TextDecoder decoder, SentenceAligner aligner) {
        this.decoder = decoder;
        this.aligner = aligner;
    }

    public Presegmented() {
        this(new TextDecoder(Optional.empty()), new SentenceAligner());
    }

    public Alignment align(Path source, Path target) throws IOException {
        return aligner.align(AlignmentInput.unstructured(lines(source)), AlignmentInput.unstructured(lines(target)));
    }

    private List<String> lines(Path file) throws IOException {
        String text = decoder.decode(file).text();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
