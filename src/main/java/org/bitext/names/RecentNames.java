package org.bitext.names;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, List<NameMention>> bySentence = new ConcurrentHashMap<>();
    private final Map<String, NameKey> keys = new ConcurrentHashMap<>();

    /** {@link NameFinder#findLatin(String)} of {@code sentence}. */
    public List<NameMention> of(String sentence) {
        List<NameMention> found = bySentence.get(sentence);
        if (found == null) {
            found = finder.findLatin(sentence, this::key);
            if (bySentence.size() >= MAX_SENTENCES) {
                bySentence.clear();
            }
            bySentence.put(sentence, found);
        }
        return found;
    }

    /** {@link NameKey#of} of {@code spelling}, remembered. */
    public NameKey key(String spelling) {
        NameKey key = keys.get(spelling);
        if (key == null) {
            if (keys.size() >= MAX_KEYS) {
                keys.clear();
            }
            key = NameKey.of(spelling);
            keys.put(spelling, key);
        }
        return key;
    }
}
