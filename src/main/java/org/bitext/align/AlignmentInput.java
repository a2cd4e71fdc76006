package org.bitext.align;

import java.util.List;

/**
 * One side of an alignment problem: sentence texts and the paragraph each belongs to.
 * Paragraph indices never decrease; sentences of presegmented input may all share one.
 */
public record AlignmentInput(List<String> sentences, List<Integer> paragraphs) {
    public AlignmentInput {
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
        if (sentences.size() != paragraphs.size()) {
            throw new IllegalArgumentException("one paragraph index per sentence expected");
        }
    }

    /** Sentences with no paragraph structure (one sentence per line input). */
    public static AlignmentInput unstructured(List<String> sentences) {
        return new AlignmentInput(sentences, java.util.Collections.nCopies(sentences.size(), 0));
    }

    public int size() {
        return sentences.size();
    }
}
