package org.bitext.align;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word types of one side of a batch, numbered in order of first appearance. Immutable once built. */
final class Vocabulary {
    static final int UNKNOWN = -1;

    private final Map<String, Integer> ids;

    private Vocabulary(Map<String, Integer> ids) {
        this.ids = Map.copyOf(ids);
    }

    static Vocabulary of(List<List<String>> sentences) {
        Map<String, Integer> ids = new HashMap<>();
        for (List<String> sentence : sentences) {
            for (String word : sentence) {
                ids.putIfAbsent(word, ids.size());
            }
        }
        return new Vocabulary(ids);
    }

    int size() {
        return ids.size();
    }

    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? UNKNOWN : id;
    }

    /** Ids of the known words of a sentence (unknown words dropped). */
    int[] ids(List<String> words) {
        int[] out = new int[words.size()];
        int n = 0;
        for (String w : words) {
            int id = id(w);
            if (id != UNKNOWN) {
                out[n++] = id;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
