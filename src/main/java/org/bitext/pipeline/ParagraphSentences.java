package org.bitext.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.bitext.model.Span;
import org.bitext.text.SentenceSegmenter;

/**
 * The sentences that alignment takes from a paragraph: {@link SentenceSegmenter}'s spans, without
 * the direction marks a cut may leave at their edges, and a sentence longer than
 * {@value DocumentPreparer#MAX_SENTENCE_CHARS} characters in pieces. One rule for {@code align}
 * and for {@code segment}, so that a file segmented by the one and aligned with
 * {@code --presegmented} gets the sentences the other would have found. Thread-safe.
 */
public final class ParagraphSentences {
    private final SentenceSegmenter segmenter;

    public ParagraphSentences(SentenceSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The sentences of {@code paragraphText} in {@code language} (a BCP 47 code), in order, none empty. */
    public List<Span> of(String paragraphText, String language) {
        List<Span> out = new ArrayList<>();
        for (Span sentence : segmenter.split(paragraphText, language)) {
            out.addAll(DocumentPreparer.cutLong(paragraphText,
                    DocumentPreparer.trimDirectionMarks(paragraphText, sentence)));
        }
        return out;
    }
}
