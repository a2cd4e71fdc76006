package org.bitext.model;

/**
 * A sentence of one language side.
 *
 * @param index          0-based position among the sentences of its side
 * @param paragraphIndex index of the paragraph it comes from
 * @param span           offsets inside the paragraph text
 * @param text           the sentence, trimmed
 */
public record Sentence(int index, int paragraphIndex, Span span, String text) {
}
