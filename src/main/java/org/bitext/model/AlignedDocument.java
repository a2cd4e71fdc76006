package org.bitext.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * @param sourceEdits    changes made to source sentences before output, by sentence index
 *                       (for example respelled names), so that writers can record them
 */
public record AlignedDocument(String stem, List<Path> sources, String sourceLanguage, String targetLanguage,
                              List<Sentence> source, List<Sentence> target, Alignment alignment,
                              Map<Integer, List<TextEdit>> sourceEdits) {
    public AlignedDocument {
        sources = List.copyOf(sources);
        source = List.copyOf(source);
        target = List.copyOf(target);
        sourceEdits = Map.copyOf(sourceEdits);
        if (alignment.sourceSize() != source.size() || alignment.targetSize() != target.size()) {
            throw new IllegalArgumentException("alignment does not cover the sentences of " + stem);
        }
    }

    /** A document whose text was output as segmented, without edits. */
    public AlignedDocument(String stem, List<Path> sources, String sourceLanguage, String targetLanguage,
                           List<Sentence> source, List<Sentence> target, Alignment alignment) {
        this(stem, sources, sourceLanguage, targetLanguage, source, target, alignment, Map.of());
    }

    /** The edits made to the source sentences of a bead, in sentence order. */
    public List<TextEdit> sourceEdits(Bead bead) {
        List<TextEdit> edits = new java.util.ArrayList<>();
        for (int i = bead.sourceStart(); i < bead.sourceEnd(); i++) {
            edits.addAll(sourceEdits.getOrDefault(i, List.of()));
        }
        return edits;
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
        // most sides of a bead are one sentence: its text, without a joiner (writers call this per bead)
        if (sentences.size() == 1) {
            return sentences.get(0).text();
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            joined.append(sentences.get(i).text());
        }
        return joined.toString();
    }
}
