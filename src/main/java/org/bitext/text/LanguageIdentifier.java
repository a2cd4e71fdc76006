package org.bitext.text;

import org.bitext.model.LanguageGuess;

/**
 * Identifies the language of a piece of text. Implementations are immutable and thread-safe,
 * so that one instance serves a whole batch; swapping in a more complete detector touches
 * only the place that composes the pipeline.
 */
public interface LanguageIdentifier {
    /** The most likely language of {@code text}, or {@link LanguageGuess#undetermined()}. */
    LanguageGuess identify(CharSequence text);
}
