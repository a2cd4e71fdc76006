package org.bitext.names;

import java.util.List;

/**
 * The names {@link NameFinder#findLatin(String)} finds in the English sentences read lately,
 * remembered for the next reader of the same sentence: a batch reads each English sentence once
 * for the aligner's name anchors, on a worker, and again soon after for respelling, on the thread
 * that writes. Only a pure function is remembered (the mentions and their keys, equal to
 * {@link NameKey#of}), so what is in here never changes a result. Thread-safe; each memo is
 * emptied when it reaches its bound, which bounds its memory.
 */
public final class RecentNames {
    /** Sentences remembered: some hundreds of documents, more than a batch's workers run ahead of its writer. */
    static final int MAX_SENTENCES = 20_000;
    /** Spellings whose keys are remembered (names repeat from one document to the next). */
    static final int MAX_KEYS = 100_000;

    private final NameFinder finder = new NameFinder();
    private final BoundedMemo<String, List<NameMention>> bySentence =
            new BoundedMemo<>(MAX_SENTENCES, sentence -> finder.findLatin(sentence, this::key));
    private final BoundedMemo<String, NameKey> keys = new BoundedMemo<>(MAX_KEYS, NameKey::of);

    /** {@link NameFinder#findLatin(String)} of {@code sentence}. */
    public List<NameMention> of(String sentence) {
        return bySentence.get(sentence);
    }

    /** {@link NameKey#of} of {@code spelling}, remembered. */
    public NameKey key(String spelling) {
        return keys.get(spelling);
    }
}
