package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyTrieTest {
    @Test
    void aWalkEndsOnAKeyOnlyForTheKeysAndLeavesTheTrieOnlyAfterEveryPrefix() {
        Random random = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            Set<String> keys = new HashSet<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                keys.add(randomWord(random));
            }
            Set<String> prefixes = new HashSet<>();
            for (String key : keys) {
                for (int end = 0; end <= key.length(); end++) {
                    prefixes.add(key.substring(0, end));
                }
            }
            KeyTrie trie = KeyTrie.of(keys);
            assertEquals(keys.isEmpty(), trie.isEmpty());
            for (int probe = 0; probe < 50; probe++) {
                String word = randomWord(random);
                int node = trie.walk(KeyTrie.ROOT, word, 0, word.length());
                // the root, the empty key, is there even in a trie of no keys
                assertEquals(prefixes.contains(word) || word.isEmpty(), node != KeyTrie.NONE, word + " in " + keys);
                assertEquals(keys.contains(word), node != KeyTrie.NONE && trie.isKey(node), word + " in " + keys);
            }
        }
    }

    @Test
    void aKeyIsFoundPieceByPieceAsWhole() {
        KeyTrie trie = KeyTrie.of(Set.of("bgdd", "bg"));
        int node = trie.walk(KeyTrie.ROOT, "xbg", 1, 3);
        assertTrue(trie.isKey(node));
        node = trie.walk(node, "dd", 0, 2);
        assertTrue(trie.isKey(node));
        assertEquals(KeyTrie.NONE, trie.step(node, 'd'));
        assertFalse(trie.isKey(trie.step(KeyTrie.ROOT, 'b')));
        assertEquals(KeyTrie.NONE, trie.walk(KeyTrie.NONE, "", 0, 0));
    }

    private static String randomWord(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(5); k > 0; k--) {
            b.append("bgdq\u00E9".charAt(random.nextInt(5)));  // é: a root child outside the root table
        }
        return b.toString();
    }
}
