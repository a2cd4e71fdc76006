package org.bitext.align;

import java.util.Collections;
import java.util.List;

/**
 * One side of an alignment problem: sentence texts, the paragraph each belongs to, and each
 * sentence's words as folded for matching (by the caller, who knows the language).
 * Paragraph indices never decrease; sentences of presegmented input all share one.
 */
public record AlignmentInput(List<String> sentences, List<Integer> paragraphs, List<List<String>> tokens) {
    public AlignmentInput {
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
        tokens = tokens.stream().map(List::copyOf).toList();
        if (sentences.size() != paragraphs.size() || sentences.size() != tokens.size()) {
            throw new IllegalArgumentException("one paragraph index and one token list per sentence expected");
        }
    }

    /** Sentences with no paragraph structure (one sentence per line input). */
    public static AlignmentInput unstructured(List<String> sentences, List<List<String>> tokens) {
        return new AlignmentInput(sentences, Collections.nCopies(sentences.size(), 0), tokens);
    }

    public int size() {
        return sentences.size();
    }
}
