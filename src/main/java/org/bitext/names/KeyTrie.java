package org.bitext.names;

import java.util.Arrays;
import java.util.Set;

/**
 * A set of keys as a trie over their characters, for {@link NameSignature}'s search of the wanted
 * keys among the runs of a sentence: a run's key grows word by word, and following it through
 * the trie one character at a time tells after each word whether it is a key, and whether any key
 * still starts with it, without building or hashing it as a string. Immutable once built.
 */
final class KeyTrie {
    /** The node of no key's start: a key that leaves the trie never comes back into it. */
    static final int NONE = -1;
    /** The node of the empty key, the start of every key (there even in a trie of no keys). */
    static final int ROOT = 0;

    /**
     * Per node: the character of the edge into it, its first child and its next sibling
     * ({@link #NONE}: none). Linked siblings rather than a table per node: a trie is built for
     * every document, from a few hundred keys, and most nodes have one child.
     */
    private final char[] label;
    private final int[] firstChild;
    private final int[] nextSibling;
    /** Per node: the key it ends, or null (a run that reaches a key need not spell it again). */
    private final String[] keyAt;
    /**
     * The root's children by character below {@link #ROOT_TABLE} ({@link #NONE}: none): every
     * run of a sentence starts at the root, which has a child for nearly every letter of the
     * keys' alphabet, where a list would be walked a dozen steps for most characters.
     */
    private final int[] rootChildren;
    private static final int ROOT_TABLE = 128;

    private KeyTrie(char[] label, int[] firstChild, int[] nextSibling, String[] keyAt) {
        this.label = label;
        this.firstChild = firstChild;
        this.nextSibling = nextSibling;
        this.keyAt = keyAt;
        this.rootChildren = new int[ROOT_TABLE];
        Arrays.fill(rootChildren, NONE);
        for (int k = firstChild[ROOT]; k != NONE; k = nextSibling[k]) {
            if (label[k] < ROOT_TABLE) {
                rootChildren[label[k]] = k;
            }
        }
    }

    static KeyTrie of(Set<String> keys) {
        int capacity = 1;
        for (String key : keys) {
            capacity += key.length();
        }
        char[] label = new char[capacity];
        int[] firstChild = new int[capacity];
        int[] nextSibling = new int[capacity];
        String[] keyAt = new String[capacity];
        firstChild[ROOT] = NONE;
        nextSibling[ROOT] = NONE;
        int nodes = 1;
        for (String key : keys) {
            int node = ROOT;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                int child = step(label, firstChild, nextSibling, node, c);
                if (child == NONE) {
                    child = nodes++;
                    label[child] = c;
                    firstChild[child] = NONE;
                    nextSibling[child] = firstChild[node];
                    firstChild[node] = child;
                }
                node = child;
            }
            keyAt[node] = key;
        }
        return new KeyTrie(label, firstChild, nextSibling, keyAt);
    }

    private static int step(char[] label, int[] firstChild, int[] nextSibling, int node, char c) {
        for (int k = firstChild[node]; k != NONE; k = nextSibling[k]) {
            if (label[k] == c) {
                return k;
            }
        }
        return NONE;
    }

    /** The node of {@code node}'s key followed by {@code c}, or {@link #NONE} when no key starts so. */
    int step(int node, char c) {
        if (node == ROOT && c < ROOT_TABLE) {
            return rootChildren[c];
        }
        return step(label, firstChild, nextSibling, node, c);
    }

    /** The node of {@code node}'s key followed by {@code text[from, to)}, or {@link #NONE}. */
    int walk(int node, CharSequence text, int from, int to) {
        for (int i = from; i < to && node != NONE; i++) {
            node = step(node, text.charAt(i));
        }
        return node;
    }

    /** Whether the set has no key at all. */
    boolean isEmpty() {
        return firstChild[ROOT] == NONE && keyAt[ROOT] == null;
    }

    /** Whether the key of {@code node} (not {@link #NONE}) is one of the set. */
    boolean isKey(int node) {
        return keyAt[node] != null;
    }

    /** The key of {@code node} (not {@link #NONE}), or null when no key of the set ends there. */
    String keyAt(int node) {
        return keyAt[node];
    }
}
