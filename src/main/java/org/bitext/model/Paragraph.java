package org.bitext.model;

import java.util.List;

/**
 * A paragraph of a document: a run of lines between blank lines, or a script run split off
 * a line that changes script. {@code text} is the paragraph with soft wraps joined by a space.
 *
 * @param index     0-based position in the document
 * @param span      where the paragraph lies in the decoded document text
 * @param line      1-based line of the paragraph's first character
 * @param text      the paragraph text (soft line breaks become spaces)
 * @param script    dominant ISO 15924 script code ({@code Zyyy} when there are no letters)
 * @param runs      script runs over {@code text} (offsets relative to {@code text})
 * @param language  detected language
 */
public record Paragraph(int index, Span span, int line, String text, String script,
                        List<ScriptRun> runs, LanguageGuess language) {
    public Paragraph {
        runs = List.copyOf(runs);
    }
}
