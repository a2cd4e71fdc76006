package org.bitext.names;

import java.util.List;
import java.util.Objects;

/**
 * A name found in a sentence.
 *
 * @param text  the name as written (article included, possessive 's left out)
 * @param start UTF-16 offset of its first character in the sentence
 * @param end   UTF-16 offset just after it
 * @param key   its matching key
 * @param words the single-word units inside it (an article kept with its word), with offsets
 *              relative to the sentence; a one-word name has itself as its one unit
 */
public record NameMention(String text, int start, int end, NameKey key, List<NameMention> words) {
    public NameMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        words = List.copyOf(words);
    }

    /** The single-word units, or this mention itself if it is one word. */
    public List<NameMention> units() {
        return words.isEmpty() ? List.of(this) : words;
    }
}
