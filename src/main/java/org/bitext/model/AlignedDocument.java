package org.bitext.model;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of aligning one document or one file pair: the sentences of both sides and the
 * beads between them. Writers render this; they never re-segment.
 *
 * @param stem           output name (file name without its last extension and without
 *                       {@code .en}/{@code .ar} for a pair)
 * @param sources        the input file(s)
 * @param sourceLanguage language code of the source side (for example {@code en})
 * @param targetLanguage language code of the target side (for example {@code ar})
 * @param source         source sentences, indexed by {@link Sentence#index()}
 * @param target         target sentences
 * @param alignment      beads covering both sides
 */
public record AlignedDocument(String stem, List<Path> sources, String sourceLanguage, String targetLanguage,
                              List<Sentence> source, List<Sentence> target, Alignment alignment) {
    public AlignedDocument {
        sources = List.copyOf(sources);
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (alignment.sourceSize() != source.size() || alignment.targetSize() != target.size()) {
            throw new IllegalArgumentException("alignment does not cover the sentences of " + stem);
        }
    }

    /** The source side of a bead: its sentences joined by a space. */
    public String sourceText(Bead bead) {
        return join(source.subList(bead.sourceStart(), bead.sourceEnd()));
    }

    /** The target side of a bead: its sentences joined by a space. */
    public String targetText(Bead bead) {
        return join(target.subList(bead.targetStart(), bead.targetEnd()));
    }

    private static String join(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    }
}
