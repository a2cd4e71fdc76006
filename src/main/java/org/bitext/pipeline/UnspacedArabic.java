package org.bitext.pipeline;

import java.util.List;
import org.bitext.align.UnspacedRuns;
import org.bitext.text.ArabicFolding;
import org.bitext.text.MatchTokens;
import org.bitext.text.RunTogetherWords;

/**
 * Arabic words run together without spaces ({@link RunTogetherWords}), for the aligner's lexicon
 * to look inside: each run with the token {@link MatchTokens} made of it and its letters folded
 * as tokens are ({@link ArabicFolding}). Stateless.
 */
final class UnspacedArabic implements UnspacedRuns {
    @Override
    public List<Run> of(String sentence) {
        List<String> runs = RunTogetherWords.runs(sentence);
        return runs.isEmpty() ? List.of()
                : runs.stream().map(run -> new Run(MatchTokens.of(run), ArabicFolding.fold(run))).toList();
    }
}
