package org.bitext.align;

import java.util.List;

/**
 * The stretches of a sentence written without spaces between its words (text whose spaces were
 * lost, as some Arabic copied from a PDF is), each of which the caller's tokenizer made one
 * token: the aligner looks for the lexicon's words inside them instead
 * ({@link LexicalModel#spot}). The caller knows the scripts and supplies them; the aligner knows
 * none. Pure and safe to share.
 */
@FunctionalInterface
public interface UnspacedRuns {
    /**
     * One stretch: the tokens the sentence's token list holds for it, and its letters folded as
     * the tokens are, so that a token is found inside it as a substring.
     */
    record Run(List<String> tokens, String folded) {
        public Run {
            tokens = List.copyOf(tokens);
        }
    }

    /** The stretches of {@code sentence}, in order; none for text with its spaces. */
    List<Run> of(String sentence);

    /** For text whose words are all spaced: no stretch ever. */
    UnspacedRuns NONE = sentence -> List.of();
}
