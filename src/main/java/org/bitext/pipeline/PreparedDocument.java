package org.bitext.pipeline;

import java.util.List;
import java.util.Map;
import org.bitext.align.AlignmentInput;
import org.bitext.align.SentenceAligner;
import org.bitext.io.InputUnit;
import org.bitext.model.Sentence;

/**
 * A unit of work read, split and segmented, ready to align.
 *
 * @param unit           where it came from
 * @param encodings      the encoding each file was decoded with, in file order
 * @param source         source-language sentences (sentence index = position)
 * @param target         target-language sentences
 * @param sourceInput    the source side as the aligner sees it
 * @param targetInput    the target side as the aligner sees it
 * @param otherLanguages paragraphs in languages other than the pair's, by language code
 * @param setAside       paragraphs left out for another reason (slugs, no letters), by reason
 * @param warnings       one line per file for what reading it changed or found (characters removed,
 *                       an encoding detected, an empty file), each naming the file
 * @param pair           the two inputs as pass 1's alignment prepared them (features, name anchors:
 *                       nothing that depends on the lexicon), for pass 2 to align again; null when
 *                       pass 1 did not align the document in one piece
 */
record PreparedDocument(InputUnit unit, List<String> encodings, List<Sentence> source, List<Sentence> target,
                        AlignmentInput sourceInput, AlignmentInput targetInput,
                        Map<String, Integer> otherLanguages, Map<String, Integer> setAside,
                        List<String> warnings, SentenceAligner.Pair pair) {
    PreparedDocument {
        warnings = List.copyOf(warnings);
        encodings = List.copyOf(encodings);
        source = List.copyOf(source);
        target = List.copyOf(target);
        otherLanguages = Map.copyOf(otherLanguages);
        setAside = Map.copyOf(setAside);
    }

    PreparedDocument(InputUnit unit, List<String> encodings, List<Sentence> source, List<Sentence> target,
                     AlignmentInput sourceInput, AlignmentInput targetInput,
                     Map<String, Integer> otherLanguages, Map<String, Integer> setAside, List<String> warnings) {
        this(unit, encodings, source, target, sourceInput, targetInput, otherLanguages, setAside, warnings, null);
    }

    PreparedDocument(InputUnit unit, List<String> encodings, List<Sentence> source, List<Sentence> target,
                     AlignmentInput sourceInput, AlignmentInput targetInput,
                     Map<String, Integer> otherLanguages, Map<String, Integer> setAside) {
        this(unit, encodings, source, target, sourceInput, targetInput, otherLanguages, setAside, List.of());
    }

    /** This document with its inputs prepared as {@code pair} (null: none). */
    PreparedDocument withPair(SentenceAligner.Pair pair) {
        return new PreparedDocument(unit, encodings, source, target, sourceInput, targetInput, otherLanguages,
                setAside, warnings, pair);
    }

    boolean isBilingual() {
        return !source.isEmpty() && !target.isEmpty();
    }
}
