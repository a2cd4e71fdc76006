package org.bitext.align;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Word types of one side of a batch, numbered in order of first appearance. Immutable once built. */
final class Vocabulary implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    static final int UNKNOWN = -1;

    /**
     * Never changed after construction. A HashMap rather than {@code Map.copyOf}: most lookups of
     * a text's words miss (rare words are left out), and a HashMap compares hash codes before
     * contents, where the immutable map's probing compares strings.
     */
    private final HashMap<String, Integer> ids;

    private Vocabulary(Map<String, Integer> ids) {
        this.ids = new HashMap<>(ids);
    }

    static Vocabulary of(List<List<String>> sentences) {
        return of(sentences, 1);
    }

    /**
     * The words found in at least {@code minSentences} sentences. A word seen in one training pair
     * only is "translated" by IBM Model 1 into whatever else is rare in that pair, right or wrong,
     * so a first-pass error would come back as a confident lexical match.
     */
    static Vocabulary of(List<List<String>> sentences, int minSentences) {
        // Per word, in order of first appearance: {sentences seen in, the last of them}.
        Map<String, int[]> seen = new LinkedHashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (String word : sentences.get(k)) {
                int[] count = seen.computeIfAbsent(word, w -> new int[] {0, -1});
                if (count[1] != k) {
                    count[1] = k;
                    count[0]++;
                }
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        for (Map.Entry<String, int[]> word : seen.entrySet()) {
            if (word.getValue()[0] >= minSentences) {
                ids.put(word.getKey(), ids.size());
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
