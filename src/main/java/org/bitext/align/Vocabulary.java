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
    /** Each thread's {@link RecentIds}; not serialised ({@link #readResolve} makes a new one). */
    private final transient ThreadLocal<RecentIds> recent = ThreadLocal.withInitial(RecentIds::new);

    private Vocabulary(Map<String, Integer> ids) {
        this.ids = new HashMap<>(ids);
    }

    private Object readResolve() {
        return new Vocabulary(ids);
    }

    /**
     * One thread's cache of the words looked up lately, at 2^{@value #BITS} places two by two (a
     * word's hash picks a set of two neighbouring places; a new word replaces the one of its set
     * used less lately), matched by identity: the match tokens are interned ({@code MatchTokens}),
     * so a word that recurs is the same string, and a hit reads two small arrays instead of the
     * map's table, entry and boxed id, each somewhere else in the heap. A word that is another
     * string of the same text merely misses. Caches a pure function, so no result depends on it.
     * On the 10,000-document benchmark batch, 20 million look-ups, 2^13 places one by one missed
     * 1.9 million times, 2^14 two by two 378,000, 2^15 two by two (256 kB) 132,000.
     */
    private static final class RecentIds {
        static final int BITS = 15;
        final String[] words = new String[1 << BITS];
        final int[] ids = new int[1 << BITS];
        /** Per set of two places, which one was found or filled last (0 or 1). */
        final byte[] lastUsed = new byte[1 << (BITS - 1)];

        /** The id of {@code word}, from the cache or else from {@code vocabulary}, which it then holds. */
        int id(String word, Vocabulary vocabulary) {
            int h = word.hashCode();
            int set = (h ^ h >>> 15) * 0x9E3779B9 >>> (Integer.SIZE - BITS + 1);
            int first = set << 1;
            if (words[first] == word) {
                lastUsed[set] = 0;
                return ids[first];
            }
            if (words[first + 1] == word) {
                lastUsed[set] = 1;
                return ids[first + 1];
            }
            int way = 1 - lastUsed[set];
            lastUsed[set] = (byte) way;
            int id = vocabulary.id(word);
            words[first + way] = word;
            ids[first + way] = id;
            return id;
        }
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
        RecentIds cache = recent.get();
        int[] out = new int[words.size()];
        int n = 0;
        for (String w : words) {
            int id = cache.id(w, this);
            if (id != UNKNOWN) {
                out[n++] = id;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
