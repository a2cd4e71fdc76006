package org.bitext.text.lang;

import com.ibm.icu.lang.UScript;

/**
 * Turns text into the character n-grams the model counts; the trainer and the identifier share
 * it so that both see the same features.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only letters of one script are kept (the dominant one when identifying), lower-cased
 *       code point by code point, which needs no locale; everything else separates words.</li>
 *   <li>Arabic harakat and other combining marks, and the tatweel, are dropped: they are
 *       optional in running text, so they would only add noise.</li>
 *   <li>The zero-width non-joiner stays inside a word: Persian and Sorani write it between a
 *       stem and its affixes, Arabic never does.</li>
 *   <li>Each word is padded with one space on each side, and every n-gram of length
 *       {@value #MAX_ORDER} or less that holds a letter is emitted, packed 16 bits a char
 *       into a {@code long} (letters outside the BMP are not modelled).</li>
 * </ul>
 */
final class NgramFeatures {
    static final int MAX_ORDER = 4;
    static final char TATWEEL = '\u0640';
    static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    private static final char SPACE = ' ';

    /** Receives each n-gram key with its order (1..{@value #MAX_ORDER}). */
    interface Sink {
        void accept(long key, int order);
    }

    private NgramFeatures() {
    }

    /**
     * Emits the n-grams of the letters of {@code text} that are in ICU script {@code script}.
     *
     * @return the number of letters used
     */
    static int extract(CharSequence text, int script, Sink sink) {
        char[] word = new char[64];
        int len = 0;
        int letters = 0;
        for (int i = 0; i <= text.length(); ) {
            int cp;
            if (i == text.length()) {
                cp = SPACE;
                i++;
            } else {
                cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
            }
            if (cp == TATWEEL || (Character.getType(cp) == Character.NON_SPACING_MARK)) {
                continue;
            }
            boolean inWord = cp == ZERO_WIDTH_NON_JOINER && len > 0
                    || cp <= 0xFFFF && LetterScripts.letterScript(cp) == script
                            && script != UScript.COMMON;
            if (inWord) {
                if (len == word.length) {
                    word = java.util.Arrays.copyOf(word, len * 2);
                }
                word[len++] = (char) Character.toLowerCase(cp);
                if (cp != ZERO_WIDTH_NON_JOINER) {
                    letters++;
                }
            } else if (len > 0) {
                emitWord(word, len, sink);
                len = 0;
            }
        }
        return letters;
    }

    /** Emits the n-grams of {@code " " + word + " "}. */
    private static void emitWord(char[] word, int len, Sink sink) {
        int padded = len + 2;
        for (int start = 0; start < padded; start++) {
            long key = 0;
            for (int order = 1; order <= MAX_ORDER && start + order <= padded; order++) {
                int p = start + order - 1;
                char c = p == 0 || p == padded - 1 ? SPACE : word[p - 1];
                key = key << 16 | c;
                if (!(order == 1 && c == SPACE)) {
                    sink.accept(key, order);
                }
            }
        }
    }
}
