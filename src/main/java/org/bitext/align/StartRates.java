package org.bitext.align;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How often each word starts a sentence of the document, as a share of its occurrences:
 * where a run-on text hides a boundary, the next sentence starts with a word that starts
 * the document's other sentences (and, do, are; و, هل), not with one that continues a
 * phrase. Words are compared in lower case without surrounding punctuation.
 */
record StartRates(Map<String, int[]> counts) {
    /** Bits of the filter of wanted keys' hashes: a few hundred keys leave most bits clear. */
    private static final int FILTER_BITS = 14;

    /**
     * The counts of the {@code wanted} keys only ({@link #key}s of the words that are asked
     * about): every word of the document is still scanned, but one that is not wanted costs
     * a hash of its letters instead of two strings and a map entry. A word's key is made only
     * when its hash is a wanted key's.
     */
    static StartRates of(List<String> sentences, Set<String> wanted) {
        Map<String, int[]> counts = new HashMap<>();
        long[] filter = new long[1 << (FILTER_BITS - 6)];
        for (String key : wanted) {
            counts.put(key, new int[3]);
            int bit = filterBit(key.hashCode());
            filter[bit >>> 6] |= 1L << bit;
        }
        for (String sentence : sentences) {
            boolean first = true;
            int[] last = null;
            // words between white space (a regular expression's \s); a hand-written scan: String.split
            // ran a regular expression over every sentence of every document
            for (int i = 0, start; i < sentence.length(); ) {
                while (i < sentence.length() && isSpace(sentence.charAt(i))) {
                    i++;
                }
                start = i;
                while (i < sentence.length() && !isSpace(sentence.charAt(i))) {
                    i++;
                }
                int b = keyStart(sentence, start, i);
                int e = keyEnd(sentence, b, i);
                if (b == e) {
                    continue; // no key: neither a sentence's first word nor its last
                }
                int hash = keyHash(sentence, b, e);
                int bit = filterBit(hash);
                int[] c = hash == SPECIAL_CASE || (filter[bit >>> 6] & 1L << bit) != 0
                        ? counts.get(sentence.substring(b, e).toLowerCase(Locale.ROOT)) : null;
                if (c != null) {
                    c[0] += first ? 1 : 0;
                    c[1]++;
                }
                first = false;
                last = c;
            }
            if (last != null) {
                last[2]++;
            }
        }
        return new StartRates(counts);
    }

    /** Adds the keys of the words of sentences [from, to), split as {@link Words} splits them. */
    static void addKeys(List<String> sentences, int from, int to, Set<String> keys) {
        for (int[] span : RunOnSplitter.wordSpans(sentences, from, to)) {
            String key = key(sentences.get(span[0]).substring(span[1], span[2]));
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
    }

    /** {@link #keyHash}'s answer when the key's hash cannot be had char by char. */
    private static final int SPECIAL_CASE = 0x8000_0000;

    /**
     * The {@link String#hashCode} of {@code text[from, to)} in lower case, computed char by char
     * without making the string; {@link #SPECIAL_CASE} for text that {@link String#toLowerCase}
     * does not lower char by char (a dotted capital I becomes two chars, a capital sigma depends
     * on its neighbours, a surrogate pair is lowered as one code point). A key whose hash
     * happens to be {@link #SPECIAL_CASE} is simply looked up as a special case.
     */
    private static int keyHash(String text, int from, int to) {
        int hash = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return SPECIAL_CASE;
            }
            hash = 31 * hash + lower(c);
        }
        return hash;
    }

    private static int filterBit(int hash) {
        return (hash ^ hash >>> FILTER_BITS ^ hash >>> 2 * FILTER_BITS) & ((1 << FILTER_BITS) - 1);
    }

    /** Sentence starts over occurrences plus one (a word seen once is no evidence). */
    double startRate(String word) {
        int[] c = counts.get(key(word));
        return c == null ? 0 : (double) c[0] / (c[1] + 1);
    }

    /** Sentence ends over occurrences plus one. */
    double endRate(String word) {
        int[] c = counts.get(key(word));
        return c == null ? 0 : (double) c[2] / (c[1] + 1);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Below this char (Latin, Greek, Cyrillic, Hebrew, Arabic), {@link #lower} and
     * {@link #isLetterOrDigit} read tables: every word of a document with a run-on bead is
     * keyed, and {@link Character}'s look-ups of each char were a third of the key scan. Small
     * tables, so that filling them costs the start-up nothing measurable.
     */
    private static final int TABLE_LIMIT = 0x800;
    private static final char[] LOWER = new char[TABLE_LIMIT];
    private static final boolean[] LETTER_OR_DIGIT = new boolean[TABLE_LIMIT];

    static {
        for (char c = 0; c < TABLE_LIMIT; c++) {
            LOWER[c] = Character.toLowerCase(c);
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    /** {@link Character#toLowerCase(char)}. */
    static char lower(char c) {
        return c < TABLE_LIMIT ? LOWER[c] : Character.toLowerCase(c);
    }

    /** {@link Character#isLetterOrDigit(char)}. */
    static boolean isLetterOrDigit(char c) {
        return c < TABLE_LIMIT ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** A word in lower case without the non-letters and non-digits at its ends. */
    static String key(String word) {
        int b = keyStart(word, 0, word.length());
        return word.substring(b, keyEnd(word, b, word.length())).toLowerCase(Locale.ROOT);
    }

    /** Where the key of the word {@code text[from, to)} starts: past the non-letters and non-digits. */
    private static int keyStart(String text, int from, int to) {
        int b = from;
        while (b < to && !isLetterOrDigit(text.charAt(b))) {
            b++;
        }
        return b;
    }

    /** Where the key of {@code text[from, to)}, which starts at a letter or digit, ends. */
    private static int keyEnd(String text, int from, int to) {
        int e = to;
        while (e > from && !isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
