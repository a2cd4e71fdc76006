package org.bitext.text;

/**
 * The words a direct-mapped memo holds, one per place, in one char array: at each place the
 * word's length (0 for none), then its chars, so that finding whether a place holds a word reads
 * one stretch of memory and makes no string. The memo keeps its values in arrays of its own,
 * indexed by place. Not thread-safe: each thread has its own memo.
 */
public final class HeldWords {
    private final int maxLength;
    private final int stride;
    private final char[] words;

    /** @param maxLength the longest word a place holds (a caller keeps longer ones elsewhere) */
    public HeldWords(int places, int maxLength) {
        this.maxLength = maxLength;
        this.stride = maxLength + 1;
        this.words = new char[places * stride];
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
