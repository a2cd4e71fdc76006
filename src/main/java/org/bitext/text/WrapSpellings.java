package org.bitext.text;

import java.util.Locale;

/**
 * How a document writes elsewhere, on one line, a word it hyphenates at a soft wrap: the best
 * witness of whether the hyphen belongs to the word ({@code so-} / {@code called} where the text
 * also says "so-called") or only to the wrap ({@code so-} / {@code ciety} where it says
 * "society"). A typeset page wraps few words, and news repeats its words, so a wrapped word is
 * often written whole in the same document; where it is not, the caller's rules decide.
 *
 * <p>Holds one document; the lower-case copy it searches is made at the first question, so a
 * document without such a wrap (almost every one) costs nothing. Not thread-safe: one per split.
 */
final class WrapSpellings {
    /** What the document shows of a word split at a wrap. */
    enum Spelling {
        /** written with the hyphen more often than without it */
        HYPHENATED,
        /** written as one word more often than with the hyphen */
        JOINED,
        /** not written on one line, or as often each way */
        UNSEEN
    }

    private final String document;
    private String lowerCase;

    WrapSpellings(String document) {
        this.document = document;
    }

    /**
     * How the document writes the word whose parts are {@code first} (before the hyphen) and
     * {@code rest} (the letters after the wrap), both made of letters: counted as whole words,
     * ignoring case.
     */
    Spelling of(String first, String rest) {
        if (lowerCase == null) {
            lowerCase = document.toLowerCase(Locale.ROOT);
        }
        String a = first.toLowerCase(Locale.ROOT);
        String b = rest.toLowerCase(Locale.ROOT);
        int hyphenated = wholeWords(a + "-" + b) + wholeWords(a + "\u2010" + b);
        int joined = wholeWords(a + b);
        if (hyphenated == joined) {
            return Spelling.UNSEEN;
        }
        return hyphenated > joined ? Spelling.HYPHENATED : Spelling.JOINED;
    }

    /** Occurrences of {@code word} in the document with no letter just before or after it. */
    private int wholeWords(String word) {
        int count = 0;
        for (int at = lowerCase.indexOf(word); at >= 0; at = lowerCase.indexOf(word, at + word.length())) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetter(lowerCase.charAt(at - 1));
            boolean endsWord = end == lowerCase.length() || !Character.isLetter(lowerCase.charAt(end));
            if (startsWord && endsWord) {
                count++;
            }
        }
        return count;
    }
}
