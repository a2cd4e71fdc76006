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
    private static final int DROPPED = -1;
    private static final int SEPARATOR = UScript.COMMON;

    /**
     * {@link #kindOf} and the lower case of each character below
     * {@link LetterScripts#TABLE_LIMIT}, filled once: the look-ups run for every character of
     * every paragraph identified.
     */
    private static final byte[] KIND = new byte[LetterScripts.TABLE_LIMIT];
    private static final char[] LOWER = new char[LetterScripts.TABLE_LIMIT];

    static {
        for (int cp = 0; cp < LetterScripts.TABLE_LIMIT; cp++) {
            KIND[cp] = (byte) kindOf(cp);
            LOWER[cp] = (char) Character.toLowerCase(cp);
        }
    }

    /** Receives each n-gram key with its order (1..{@value #MAX_ORDER}). */
    interface Sink {
        void accept(long key, int order);
    }

    /**
     * Receives each word, lower-cased, as the first {@code length} characters of {@code word}
     * (a buffer that is reused: copy what must be kept), and says whether the scan goes on.
     */
    interface WordSink {
        /** @return false to end the scan after this word */
        boolean accept(char[] word, int length);
    }

    private NgramFeatures() {
    }

    /**
     * Emits the n-grams of the letters of {@code text} that are in ICU script {@code script}.
     *
     * @return the number of letters used
     */
    static int extract(CharSequence text, int script, Sink sink) {
        return words(chars(text), script, (word, length) -> {
            ngrams(word, length, sink);
            return true;
        });
    }

    /**
     * The chars of {@code text}, copied in bulk: the scans of a paragraph (its scripts, its words,
     * its letter priors) read an array, where a string's {@code charAt} tested its coder and bounds
     * at every char of every paragraph.
     */
    static char[] chars(CharSequence text) {
        if (text instanceof String string) {
            return string.toCharArray();
        }
        char[] chars = new char[text.length()];
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, chars.length, chars, 0);
        } else {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = text.charAt(i);
            }
        }
        return chars;
    }

    /**
     * Emits the words of the letters of {@code text} that are in ICU script {@code script}, whose
     * n-grams {@link #ngrams} gives, until the sink asks to stop.
     *
     * @return the number of letters of the words emitted
     */
    static int words(char[] text, int script, WordSink sink) {
        char[] word = new char[64];
        int len = 0;
        int letters = 0;
        boolean modelled = script != UScript.COMMON;
        int n = text.length;
        for (int i = 0; i <= n; ) {
            int cp;
            int kind;
            if (i == n) {
                cp = SPACE;
                kind = SEPARATOR;
                i++;
            } else {
                char c = text[i];
                if (c < LetterScripts.TABLE_LIMIT) {
                    cp = c;
                    kind = KIND[c];
                    i++;
                } else {
                    cp = Character.codePointAt(text, i);
                    i += Character.charCount(cp);
                    kind = kindOf(cp);
                }
            }
            if (kind == DROPPED) {
                continue;
            }
            boolean inWord = cp == ZERO_WIDTH_NON_JOINER && len > 0
                    || modelled && kind == script && cp <= 0xFFFF;
            if (inWord) {
                if (len == word.length) {
                    word = java.util.Arrays.copyOf(word, len * 2);
                }
                word[len++] = cp < LetterScripts.TABLE_LIMIT ? LOWER[cp] : (char) Character.toLowerCase(cp);
                if (cp != ZERO_WIDTH_NON_JOINER) {
                    letters++;
                }
            } else if (len > 0) {
                if (!sink.accept(word, len)) {
                    return letters;
                }
                len = 0;
            }
        }
        return letters;
    }

    /**
     * What a character is to {@link #words}: {@link #DROPPED} (a combining mark or the
     * tatweel), else the ICU script of a letter, or {@link #SEPARATOR} (Common) for anything else.
     */
    private static int kindOf(int cp) {
        if (cp == TATWEEL || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return DROPPED;
        }
        return LetterScripts.letterScript(cp);
    }

    /**
     * How many n-grams of order {@code order} a word of {@code length} letters has: one per
     * start in the padded word, except the two padding spaces alone.
     */
    static int ngramCount(int length, int order) {
        return order == 1 ? length : Math.max(0, length + 3 - order);
    }

    /** Emits the n-grams of {@code " " + word + " "}, where the word is {@code word[0, len)}. */
    static void ngrams(char[] word, int len, Sink sink) {
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
