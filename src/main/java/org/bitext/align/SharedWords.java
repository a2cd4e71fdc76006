package org.bitext.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words spelt the same on both sides of a document pair: names, cognates and borrowings
 * ({@code Everest}, {@code Himalaya}, {@code Makalu}) that anchor a translation before any
 * lexicon is learned. Between languages of different scripts there are few, and the signal
 * simply stays silent. Rules:
 * <ul>
 *   <li>a word counts when it occurs, as folded for matching, in both documents of the pair;</li>
 *   <li>words shorter than {@link #MIN_LENGTH} letters are left out, so that short function
 *       words that two languages happen to share ({@code de}, {@code la}, {@code in}) do not count;</li>
 *   <li>words with digits are left out: numbers have their own signal;</li>
 *   <li>a bead scores the Dice coefficient of its two sides' sets of such words.</li>
 * </ul>
 */
final class SharedWords {
    static final int MIN_LENGTH = 4;

    private SharedWords() {
    }

    /** For each sentence of each side, the sorted distinct ids of its shared words: {source, target}. */
    static int[][][] ids(List<List<String>> source, List<List<String>> target) {
        // Only a target word whose first char starts some source word can be shared: between
        // scripts (most pairs) that leaves almost none to hash into the set.
        long[] sourceInitials = new long[(Character.MAX_VALUE + 1) >>> 6];
        for (List<String> sentence : source) {
            for (String word : sentence) {
                if (!word.isEmpty()) {
                    char c = word.charAt(0);
                    sourceInitials[c >>> 6] |= 1L << c;
                }
            }
        }
        Set<String> inTarget = new HashSet<>();
        for (List<String> sentence : target) {
            for (String word : sentence) {
                if (!word.isEmpty() && (sourceInitials[word.charAt(0) >>> 6] & 1L << word.charAt(0)) != 0) {
                    inTarget.add(word);
                }
            }
        }
        Map<String, Integer> shared = new HashMap<>();
        for (List<String> sentence : source) {
            for (String word : sentence) {
                // the look-ups first: most words are not in the target document, or numbered already
                if (!shared.containsKey(word) && inTarget.contains(word) && eligible(word)) {
                    shared.put(word, shared.size());
                }
            }
        }
        return new int[][][] {idsOf(source, shared), idsOf(target, shared)};
    }

    static boolean eligible(String word) {
        if (word.codePointCount(0, word.length()) < MIN_LENGTH) {
            return false;
        }
        // a loop, not a stream: a number that both sides write is asked about at every occurrence
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isDigit(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static int[][] idsOf(List<List<String>> side, Map<String, Integer> shared) {
        int[][] out = new int[side.size()][];
        int[] none = new int[0];
        for (int i = 0; i < side.size(); i++) {
            int[] ids = shared.isEmpty() ? none : new int[side.get(i).size()];
            int count = 0;
            for (String word : side.get(i)) {
                Integer id = shared.isEmpty() ? null : shared.get(word);
                if (id != null) {
                    ids[count++] = id;
                }
            }
            out[i] = count == 0 ? none : sortedDistinct(ids, count);
        }
        return out;
    }

    private static int[] sortedDistinct(int[] ids, int count) {
        Arrays.sort(ids, 0, count);
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || ids[k] != ids[k - 1]) {
                ids[distinct++] = ids[k];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }

    /**
     * Dice coefficient of the word sets of sentences [s, s+a) and [t, t+b) (each sentence's
     * sorted distinct ids, as from {@link #ids}), or 0 when both are empty. Allocation-free: a
     * word is counted at its first sentence in the bead only.
     */
    static double dice(int[][] source, int s, int a, int[][] target, int t, int b) {
        int sourceSize = 0;
        int common = 0;
        for (int i = s; i < s + a; i++) {
            for (int w : source[i]) {
                if (seenBefore(source, s, i, w)) {
                    continue;
                }
                sourceSize++;
                if (seenBefore(target, t, t + b, w)) {
                    common++;
                }
            }
        }
        int targetSize = 0;
        for (int j = t; j < t + b; j++) {
            for (int w : target[j]) {
                if (!seenBefore(target, t, j, w)) {
                    targetSize++;
                }
            }
        }
        return sourceSize + targetSize == 0 ? 0 : 2.0 * common / (sourceSize + targetSize);
    }

    /** Whether one of the sentences [from, to) has word {@code w}. */
    private static boolean seenBefore(int[][] side, int from, int to, int w) {
        for (int k = from; k < to; k++) {
            if (Arrays.binarySearch(side[k], w) >= 0) {
                return true;
            }
        }
        return false;
    }
}
