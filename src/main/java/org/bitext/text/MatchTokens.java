package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Words of a sentence folded for matching across spelling variants, the input of the aligner's
 * learned lexicon. Rules:
 * <ol>
 *   <li>words are maximal runs of letters, marks and digits; everything else separates;</li>
 *   <li>case is folded ({@link Locale#ROOT});</li>
 *   <li>Arabic-script words are folded orthographically (harakat and tatweel removed, alef
 *       variants, alef maqsura, ta marbuta, hamza carriers unified) and lose the clitics
 *       و ف (and), ب ل ك (prepositions) and ال (the), as long as three letters remain;</li>
 *   <li>every word is cut to its first {@link #PREFIX} letters, a language-neutral stemmer that
 *       joins inflected forms (withdraw/withdrawal, تنسحب/تنسحبون) at little cost in precision.</li>
 * </ol>
 */
public final class MatchTokens {
    static final int PREFIX = 5;
    private static final int MIN_STEM = 3;
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';
    private static final char KAF = '\u0643';

    private MatchTokens() {
    }

    public static List<String> of(CharSequence sentence) {
        return tokens(sentence, MatchTokens::normalize);
    }

    /**
     * {@link MatchTokens#of} with the token of each word already seen taken from a memo, shared by
     * the threads of a batch: folding a word and interning its token cost far more than looking
     * the word up, and news repeats a few thousand words. The memo maps a word as written to its
     * (interned) token, a pure function, so the tokens are the same strings with or without it;
     * it is emptied when it reaches {@value #MAX_ENTRIES} words, which bounds its memory.
     */
    public static final class Memo {
        static final int MAX_ENTRIES = 100_000;
        private final Map<String, String> tokens = new ConcurrentHashMap<>();
        private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

        public List<String> of(CharSequence sentence) {
            Recent mine = recent.get();
            int n = sentence.length();
            // the sentence copied in bulk and read from the array: a string's charAt tested its
            // coder and bounds at every char
            char[] text = mine.text(n);
            if (sentence instanceof String string) {
                string.getChars(0, n, text, 0);
            } else {
                for (int i = 0; i < n; i++) {
                    text[i] = sentence.charAt(i);
                }
            }
            // room for words of four characters and more with their spaces: no growth on real
            // text (the caller copies the list)
            List<String> words = new ArrayList<>(n / 4 + 1);
            char[] word = mine.buffer;
            int length = 0;
            // the word's String.hashCode, kept up as its chars are read
            int hash = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? text[i] : ' ';
                int kind = WORD_KIND[c];
                int chars = kind == IN_WORD ? 1 : kind == SURROGATE ? wordCharsAt(sentence, i) : 0;
                if (chars > 0) {
                    if (length + 2 > word.length) {
                        word = Arrays.copyOf(word, word.length * 2);
                        mine.buffer = word;
                    }
                    word[length++] = c;
                    hash = 31 * hash + c;
                    if (chars == 2) {
                        char low = text[++i];
                        word[length++] = low;
                        hash = 31 * hash + low;
                    }
                } else if (length > 0) {
                    String w = mine.token(word, length, hash, this);
                    if (w != null) {
                        words.add(w);
                    }
                    length = 0;
                    hash = 0;
                }
            }
            return words;
        }

        private String token(String word) {
            String token = tokens.get(word);
            if (token == null) {
                if (tokens.size() >= MAX_ENTRIES) {
                    tokens.clear();
                }
                token = normalize(word);
                tokens.put(word, token);
            }
            return token;
        }
    }

    /**
     * One thread's cache in front of the shared memo: the tokens of the words seen lately, at
     * {@code 2^}{@value #BITS} places two by two ({@link HeldWords#find}; a cache of a pure
     * function, like the shared memo). A word found here is matched in its buffer, with no string
     * made for it and no look-up in the shared map, whose entries are scattered over the heap;
     * those two were most of the cost of the tokens.
     */
    private static final class Recent {
        /**
         * 2^17 places (5 MB a thread). On the 10,000-document batch, 19.2 million words of some
         * 20,000 types, the cache sent 910,000 words to the shared memo with 2^16 places one by
         * one, 273,000 with 2^18 one by one, 267,000 with 2^16 two by two, 98,000 with 2^17 two
         * by two (10,000 of them longer than {@link #MAX_WORD}).
         */
        static final int BITS = 17;
        /** Longer words (rare) go to the shared memo only. */
        static final int MAX_WORD = 16;
        private final HeldWords words = new HeldWords(1 << BITS, MAX_WORD);
        /** The token of the word at each place, null where it is empty (see {@link #token}). */
        private final String[] tokens = new String[1 << BITS];
        /** The word being read, reused from word to word. */
        char[] buffer = new char[64];
        /** The sentence being read, reused from sentence to sentence. */
        private char[] text = new char[256];

        /** The sentence buffer, with room for {@code length} chars. */
        char[] text(int length) {
            if (text.length < length) {
                text = new char[Math.max(length, 2 * text.length)];
            }
            return text;
        }

        /**
         * The token of {@code word[0, length)}, whose {@link String#hashCode} is {@code hash}, or
         * null when it is empty (a word that folds to nothing). Null rather than the empty string,
         * so that the caller need not read the token to drop it: the strings are spread over the
         * heap, and reading each one to test it missed the cache for every word of a batch.
         */
        String token(char[] word, int length, int hash, Memo shared) {
            if (length > MAX_WORD) {
                return nullIfEmpty(shared.token(new String(word, 0, length)));
            }
            int set = (hash ^ hash >>> 15) * 0x9E3779B9 >>> (Integer.SIZE - BITS + 1);
            int found = words.find(set, word, length);
            if (found >= 0) {
                return tokens[found];
            }
            int place = words.placeForNew(set);
            String token = nullIfEmpty(shared.token(new String(word, 0, length)));
            words.put(place, word, length);
            tokens[place] = token;
            return token;
        }

        private static String nullIfEmpty(String token) {
            return token.isEmpty() ? null : token;
        }
    }

    /** Whether {@code cp} belongs to a word: a letter, a digit or a non-spacing mark. */
    static boolean isWordChar(int cp) {
        return cp <= Character.MAX_VALUE ? WORD_KIND[cp] == IN_WORD : isWordCharUncached(cp);
    }

    private static boolean isWordCharUncached(int cp) {
        return Character.isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
    }

    /** In {@link #WORD_KIND}: a char that is a word's all by itself. */
    private static final byte IN_WORD = 1;
    /** In {@link #WORD_KIND}: a surrogate, whose pair's code point decides. */
    private static final byte SURROGATE = 2;
    /**
     * Per char of the BMP: {@link #IN_WORD}, {@link #SURROGATE} or 0 (a separator), so that the
     * memo's scan reads one table per char and tests no code point (a code point's tests were
     * mispredicted where words and separators alternate).
     */
    private static final byte[] WORD_KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD_KIND[c] = Character.isSurrogate((char) c) ? SURROGATE : isWordCharUncached(c) ? IN_WORD : 0;
        }
    }

    /**
     * How many chars of a word start at surrogate {@code sentence[i]}: 2 for a pair whose code
     * point is a word's, else 0 (a lone surrogate separates, as its code point is no letter).
     */
    private static int wordCharsAt(CharSequence sentence, int i) {
        if (Character.isHighSurrogate(sentence.charAt(i)) && i + 1 < sentence.length()
                && Character.isLowSurrogate(sentence.charAt(i + 1))) {
            return isWordChar(Character.codePointAt(sentence, i)) ? 2 : 0;
        }
        return 0;
    }

    private static List<String> tokens(CharSequence sentence, UnaryOperator<String> normalize) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i <= sentence.length()) {
            int cp = i < sentence.length() ? Character.codePointAt(sentence, i) : ' ';
            if (isWordCharUncached(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                String w = normalize.apply(word.toString());
                if (!w.isEmpty()) {
                    words.add(w);
                }
                word.setLength(0);
            }
            i += i < sentence.length() ? Character.charCount(cp) : 1;
        }
        return words;
    }

    private static String normalize(String word) {
        String w = word;
        if (UScript.getScript(w.codePointAt(0)) == UScript.ARABIC) {
            w = stripClitics(ArabicFolding.fold(w));
        } else {
            w = w.toLowerCase(Locale.ROOT);
        }
        String token = w.codePointCount(0, w.length()) > PREFIX ? w.substring(0, w.offsetByCodePoints(0, PREFIX)) : w;
        // Interned: a long document repeats a few thousand word types millions of times, and one
        // string per occurrence was the largest part of the aligner's memory.
        return token.intern();
    }

    static String stripClitics(String w) {
        String s = w;
        if (s.length() - 1 >= MIN_STEM && (s.charAt(0) == ArabicFolding.WAW || s.charAt(0) == FEH)) {
            s = s.substring(1);
        }
        if (s.length() >= 2 + MIN_STEM && s.charAt(0) == LAM && s.charAt(1) == LAM) {
            return s.substring(2);
        }
        if (s.length() - 1 >= MIN_STEM && (s.charAt(0) == BEH || s.charAt(0) == LAM || s.charAt(0) == KAF)
                && s.length() >= 3 && s.charAt(1) == ArabicFolding.ALEF && s.charAt(2) == LAM) {
            s = s.substring(1);
        }
        if (s.length() - 2 >= MIN_STEM && s.charAt(0) == ArabicFolding.ALEF && s.charAt(1) == LAM) {
            s = s.substring(2);
        }
        return s;
    }
}
