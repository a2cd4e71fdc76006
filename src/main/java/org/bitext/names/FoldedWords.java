package org.bitext.names;

import java.util.Arrays;
import org.bitext.names.NameSignature.FoldedWord;

/**
 * A memo of {@link FoldedWord#of}, for the Arabic signatures of a batch: a map shared by its
 * threads, emptied when it reaches {@value #MAX_ENTRIES} words (which bounds its memory), with a
 * small cache per thread in front of it. Folds are a pure function of the word, so the signatures
 * are the same with or without the memo, whatever it holds.
 */
public final class FoldedWords {
    static final int MAX_ENTRIES = 100_000;
    private final BoundedMemo<String, FoldedWord> shared = new BoundedMemo<>(MAX_ENTRIES, FoldedWord::of);
    private final ThreadLocal<Folder> recent = ThreadLocal.withInitial(() -> new Folder(this));

    /**
     * Folds every word anew: for a single sentence, where a memo would not pay. A folder of the
     * same class as the memo's, so that the signature's call to it stays monomorphic: with a
     * second class there the compiler threw away and recompiled the signature's scan, its
     * biggest method, each time the other class turned up.
     */
    static final Folder UNCACHED = new Folder(null);

    /** The calling thread's folder: ask once per sentence, not once per word (a thread-local look-up). */
    Folder forThisThread() {
        return recent.get();
    }

    private FoldedWord shared(String word) {
        return shared.get(word);
    }

    /**
     * Folds a word given as {@code letters[from, from + length)}. A thread's folder keeps a cache
     * in front of the shared map: the folds of the words seen lately, at {@code 2^}{@value #BITS}
     * places two by two (a word's hash picks a set of two neighbouring places; a new word replaces
     * the one of its set used less lately, as the text package's {@code HeldWords} does). A word
     * found here is matched in the sentence's letters, with no string made for it and no look-up
     * in the shared map, whose entries are scattered over the heap: those were most of the cost of
     * a signature's words. On the 10,000-document benchmark batch, 8.3 million words folded, 2^15
     * places one by one missed 562,000 times (mostly two frequent words of one place taking turns),
     * 2^15 two by two 195,000, 2^16 two by two (2.3 MB a thread) 59,000.
     * {@link #UNCACHED} has neither cache nor map.
     */
    static final class Folder {
        static final int BITS = 16;
        /** Longer words (rare) go to the shared map only. */
        static final int MAX_WORD = 15;
        private static final int STRIDE = MAX_WORD + 1;
        /** At {@code place * STRIDE}: the word's length (0 for none), then its letters. */
        private final char[] words;
        private final FoldedWord[] folds;
        /** Per set of two places, which one was found or filled last (0 or 1). */
        private final byte[] lastUsed;
        /** Null for {@link #UNCACHED}. */
        private final FoldedWords memo;

        private Folder(FoldedWords memo) {
            this.memo = memo;
            this.words = memo == null ? new char[0] : new char[STRIDE << BITS];
            this.folds = memo == null ? new FoldedWord[0] : new FoldedWord[1 << BITS];
            this.lastUsed = memo == null ? new byte[0] : new byte[1 << (BITS - 1)];
        }

        /**
         * Whether the place at {@code at} holds {@code letters[from, from + length)}: compared char
         * by char, since words are short and {@link Arrays#equals}' range checks and call cost
         * more than their few chars. (The text package's memos share {@code HeldWords} for this;
         * names may not depend on text, and this memo reads its words from a sentence's letters.)
         */
        private boolean holds(int at, char[] letters, int from, int length) {
            if (words[at] != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (words[at + 1 + k] != letters[from + k]) {
                    return false;
                }
            }
            return true;
        }

        /** Folds {@code letters[from, from + length)}, whose {@link String#hashCode} is {@code hash}. */
        FoldedWord fold(char[] letters, int from, int length, int hash) {
            if (memo == null) {
                return FoldedWord.of(new String(letters, from, length));
            }
            if (length > MAX_WORD) {
                return memo.shared(new String(letters, from, length));
            }
            int set = (hash ^ hash >>> 15) * 0x9E3779B9 >>> (Integer.SIZE - BITS + 1);
            int first = set << 1;
            if (holds(first * STRIDE, letters, from, length)) {
                lastUsed[set] = 0;
                return folds[first];
            }
            if (holds((first + 1) * STRIDE, letters, from, length)) {
                lastUsed[set] = 1;
                return folds[first + 1];
            }
            int way = 1 - lastUsed[set];
            lastUsed[set] = (byte) way;
            int place = first + way;
            int at = place * STRIDE;
            FoldedWord f = memo.shared(new String(letters, from, length));
            words[at] = (char) length;
            System.arraycopy(letters, from, words, at + 1, length);
            folds[place] = f;
            return f;
        }
    }
}
