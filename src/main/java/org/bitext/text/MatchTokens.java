package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
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

        public List<String> of(CharSequence sentence) {
            return tokens(sentence, this::token);
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

    private static List<String> tokens(CharSequence sentence, UnaryOperator<String> normalize) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i <= sentence.length()) {
            int cp = i < sentence.length() ? Character.codePointAt(sentence, i) : ' ';
            if (Character.isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
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
