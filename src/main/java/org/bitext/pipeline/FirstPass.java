package org.bitext.pipeline;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bitext.align.LexicalModel.TrainingPair;

/**
 * What the first pass over a batch learns from one unit: the sentence pairs it gives for training
 * the word model, the name spellings it holds, and its counts for the report. Serializable, so
 * that a distributed run can gather the first passes of all units on one worker.
 *
 * @param bilingual       whether the unit has sentences in both languages (else it is not aligned)
 * @param trainingPairs   the confident 1-1 beads of its length-only alignment, in document order
 *                        (empty when it is not bilingual)
 * @param nameCounts      English name spellings and how often each occurs (empty when names are
 *                        kept as written)
 * @param sourceSentences source-language sentences
 * @param targetSentences target-language sentences
 * @param otherLanguages  paragraphs in other languages, by language code
 * @param setAside        paragraphs left out for another reason, by reason
 * @param encodings       the encoding of each file, in file order
 * @param warnings        one line per problem met while reading, each naming the file
 */
public record FirstPass(boolean bilingual, List<TrainingPair> trainingPairs, Map<String, Integer> nameCounts,
                        int sourceSentences, int targetSentences, Map<String, Integer> otherLanguages,
                        Map<String, Integer> setAside, List<String> encodings, List<String> warnings)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public FirstPass {
        trainingPairs = List.copyOf(trainingPairs);
        nameCounts = Map.copyOf(nameCounts);
        otherLanguages = Map.copyOf(otherLanguages);
        setAside = Map.copyOf(setAside);
        encodings = List.copyOf(encodings);
        warnings = List.copyOf(warnings);
    }
}
