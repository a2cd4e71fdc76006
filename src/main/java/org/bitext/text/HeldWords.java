package org.bitext.text;

/**
 * The words a memo holds, one per place, in one char array: at each place the word's length (0
 * for none), then its chars, so that finding whether a place holds a word reads one stretch of
 * memory and makes no string. The memo keeps its values in arrays of its own, indexed by place.
 * Not thread-safe: each thread has its own memo.
 *
 * <p>A memo may use the places one by one ({@link #holds}, {@link #put}: direct-mapped) or two by
 * two ({@link #find}, {@link #placeForNew}: a word's hash picks a set of two neighbouring places,
 * and a new word replaces the one of its set used less lately). With one place per word, two
 * frequent words of one place evict each other at every turn, and most misses of a memo of news
 * words were such turns: the language identifier's memo missed 271,000 times on the
 * 10,000-document benchmark batch with one place per set, 51,000 with two, in the same memory.
 */
public final class HeldWords {
    private final int maxLength;
    private final int stride;
    private final char[] words;
    /** Per set of two places, which one was found or filled last (0 or 1). */
    private final byte[] lastUsed;

    /** @param maxLength the longest word a place holds (a caller keeps longer ones elsewhere) */
    public HeldWords(int places, int maxLength) {
        this.maxLength = maxLength;
        this.stride = maxLength + 1;
        this.words = new char[places * stride];
        this.lastUsed = new byte[places / 2];
    }

    /** The number of sets of two places. */
    public int sets() {
        return lastUsed.length;
    }

    /**
     * The place of {@code set} (places {@code 2 set} and {@code 2 set + 1}) that holds
     * {@code word[0, length)}, now the set's last used, or -1 when neither does.
     */
    public int find(int set, char[] word, int length) {
        int first = set << 1;
        if (holds(first, word, length)) {
            lastUsed[set] = 0;
            return first;
        }
        if (holds(first + 1, word, length)) {
            lastUsed[set] = 1;
            return first + 1;
        }
        return -1;
    }

    /** The place of {@code set} that a new word takes: the one used less lately, now the last used. */
    public int placeForNew(int set) {
        int way = 1 - lastUsed[set];
        lastUsed[set] = (byte) way;
        return (set << 1) + way;
    }

    /**
     * Whether {@code place} holds {@code word[0, length)}: compared char by char, since words are
     * short and {@link java.util.Arrays#equals}' range checks and call cost more than their chars.
     */
    public boolean holds(int place, char[] word, int length) {
        int at = place * stride;
        if (words[at] != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (words[at + 1 + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /** Makes {@code place} hold {@code word[0, length)}, at most {@link #maxLength} chars. */
    public void put(int place, char[] word, int length) {
        if (length > maxLength) {
            throw new IllegalArgumentException("a word of " + length + " chars, above " + maxLength);
        }
        int at = place * stride;
        words[at] = (char) length;
        System.arraycopy(word, 0, words, at + 1, length);
    }
}
