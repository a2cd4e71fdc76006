package org.bitext.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a batch run did, for the summary on standard error.
 *
 * @param units          units of work found (documents and pairs)
 * @param aligned        units that gave a bilingual alignment
 * @param monolingual    stems of units with sentences on one side only
 * @param sourceSentences sentences of the source language, all units
 * @param targetSentences sentences of the target language, all units
 * @param beadsByType    beads by shape ("1-1", "2-1", "1-0", ...)
 * @param otherLanguages paragraphs set aside by language
 * @param setAside       paragraphs set aside for other reasons
 * @param encodings      files by the encoding they were decoded with
 * @param failures       inputs that could not be processed, each with its reason
 * @param lexiconPairs   sentence pairs of the batch the lexicon was trained on (besides a dictionary's
 *                       entries); 0 when no lexicon was learned (too few pairs)
 * @param upToDate       stems of units whose outputs were already current and were kept
 *                       ({@code --resume}); their beads are not in {@code beadsByType}
 * @param belowMinScore  pairs under the score threshold ({@link ScoreThreshold}), written as
 *                       unaligned sentences (counted so in {@code beadsByType})
 * @param seedWords      entries of bitext's list of news words the lexicon was given ({@link SeedLexicon});
 *                       0 for a batch with words enough of its own
 */
public record BatchReport(int units, int aligned, List<String> monolingual, long sourceSentences,
                          long targetSentences, Map<String, Long> beadsByType, Map<String, Integer> otherLanguages,
                          Map<String, Integer> setAside, Map<String, Integer> encodings, List<String> failures,
                          int lexiconPairs, List<String> upToDate, int belowMinScore, int seedWords) {
    public BatchReport {
        upToDate = List.copyOf(upToDate);
        monolingual = List.copyOf(monolingual);
        beadsByType = Map.copyOf(beadsByType);
        otherLanguages = Map.copyOf(otherLanguages);
        setAside = Map.copyOf(setAside);
        encodings = Map.copyOf(encodings);
        failures = List.copyOf(failures);
    }

    /** A report of a run that skipped nothing. */
    public BatchReport(int units, int aligned, List<String> monolingual, long sourceSentences, long targetSentences,
                       Map<String, Long> beadsByType, Map<String, Integer> otherLanguages,
                       Map<String, Integer> setAside, Map<String, Integer> encodings, List<String> failures,
                       int lexiconPairs) {
        this(units, aligned, monolingual, sourceSentences, targetSentences, beadsByType, otherLanguages, setAside,
                encodings, failures, lexiconPairs, List.of(), 0, 0);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
