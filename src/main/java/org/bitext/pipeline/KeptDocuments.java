package org.bitext.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bitext.align.AlignmentInput;
import org.bitext.io.InputUnit;
import org.bitext.model.Sentence;

/**
 * The units prepared in pass 1 and kept for pass 2, so that a batch that fits in memory is
 * decoded, split and segmented once instead of twice. Documents are kept in input order while
 * their estimated size stays under a budget; the ones after that are read again in pass 2, so
 * memory stays bounded whatever the batch. Keeping or re-reading gives the same document, so the
 * outputs do not depend on the budget (nor on {@code -Xmx}).
 *
 * <p>{@link #keep} is called by one thread (pass 1's in-order consumer); {@link #take} by pass 2's
 * workers, which is why the map is concurrent.
 */
final class KeptDocuments {
    /**
     * Estimated heap per character of sentence text: the text itself, two bytes a char at most
     * (English is stored in one; the aligner input shares the same strings).
     */
    static final long BYTES_PER_CHAR = 2;
    /**
     * Estimated heap per match token: a list slot (a compressed reference, as in any heap under
     * 32 GB, where this budget matters). The tokens themselves are interned
     * ({@link org.bitext.text.MatchTokens}: at most five letters, shared by the whole batch), so
     * a document holds only references to them.
     */
    static final long BYTES_PER_TOKEN = 4;
    /**
     * Estimated heap per sentence besides its characters and tokens: the sentence, its span, the
     * text's and the token list's headers, list slots.
     *
     * <p>Measured on the 10,000-document benchmark batch ({@code --jobs 2}): its kept documents
     * took 380 MB of heap (the live heap after a collection at the end of pass 1, 462 MB, less
     * the 82 MB of a run that kept none); these figures estimate 452 MB. The former estimate, 12
     * bytes a character (from before the tokens were interned), made it 1,485 MB: a heap of 2 GB
     * kept a third of the batch and read the rest twice.
     */
    static final long BYTES_PER_SENTENCE = 160;
    /**
     * Estimated heap per sentence of a document kept with its prepared pair
     * ({@link PreparedDocument#pair}): its features (three small arrays and a record) and its name
     * signature, key ids and memo rows, measured at 555 bytes a sentence on the 1,000-document
     * benchmark batch (after pass 1 filled the memo).
     */
    static final long BYTES_PER_PREPARED_SENTENCE = 560;
    /** The share of the heap the kept documents may take: the aligner and lexicon need the rest. */
    static final int HEAP_FRACTION = 4;

    private final long budget;
    private long used;
    private boolean full;
    private final Map<InputUnit, PreparedDocument> documents = new ConcurrentHashMap<>();

    /** @param budget the most bytes (estimated) kept at a time */
    KeptDocuments(long budget) {
        this.budget = budget;
    }

    /** A store with a quarter of the heap the JVM may grow to. */
    static KeptDocuments ofHeap() {
        return new KeptDocuments(Runtime.getRuntime().maxMemory() / HEAP_FRACTION);
    }

    /**
     * Keeps {@code doc} for pass 2 when it fits; once one does not, no later one is kept either,
     * so that pass 2 re-reads one tail of the batch rather than scattered units.
     *
     * @return whether it was kept
     */
    boolean keep(PreparedDocument doc) {
        long size = footprint(doc);
        if (full || used + size > budget) {
            full = true;
            return false;
        }
        used += size;
        documents.put(doc.unit(), doc);
        return true;
    }

    /** The kept document of {@code unit}, removed from the store, or null when it was not kept. */
    PreparedDocument take(InputUnit unit) {
        return documents.remove(unit);
    }

    /** Forgets the document of {@code unit} (a unit pass 2 will not align). */
    void drop(InputUnit unit) {
        documents.remove(unit);
    }

    /** The estimated heap a prepared document holds, by its sentences and their tokens. */
    static long footprint(PreparedDocument doc) {
        long pair = doc.pair() == null ? 0
                : BYTES_PER_PREPARED_SENTENCE * (doc.source().size() + doc.target().size());
        return footprint(doc.source(), doc.sourceInput()) + footprint(doc.target(), doc.targetInput()) + pair;
    }

    private static long footprint(List<Sentence> sentences, AlignmentInput input) {
        long bytes = 0;
        for (Sentence s : sentences) {
            bytes += BYTES_PER_SENTENCE + BYTES_PER_CHAR * s.text().length();
        }
        for (List<String> tokens : input.tokens()) {
            bytes += BYTES_PER_TOKEN * tokens.size();
        }
        return bytes;
    }
}
