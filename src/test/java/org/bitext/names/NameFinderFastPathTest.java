package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NameFinder} reads words in place and tells letters, apostrophes and marks from a table, for speed;
 * these tests hold it to the plain definitions it replaced (kept here as the reference) on random
 * text built from the characters the rules look at.
 */
class NameFinderFastPathTest {
    private static final String ALPHABET = "aAbBlLeEsSzZ -\u2010\u2011'`\u2018\u2019\u02BB\u02BC\u02BD\u02BE\u02BF"
            + "\u0101\u0100\u012B\u1E25\u1E24\u0161\u0160\u1E2B\u00E9\u00C9\u0301.,1\u00A0\u0627\u0644";

    @Test
    void nameWordsAreTheWordsThePlainDefinitionCallsNames() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20_000; trial++) {
            String s = randomText(random, 1 + random.nextInt(14));
            for (int[] token : NameFinder.tokens(s)) {
                assertEquals(referenceIsNameWord(s.substring(token[0], token[1])), NameFinder.isNameWord(s, token), s);
            }
            List<int[]> expected = referenceTokens(s);
            List<int[]> actual = NameFinder.tokens(s);
            assertEquals(expected.size(), actual.size(), s);
            for (int k = 0; k < expected.size(); k++) {
                assertEquals(expected.get(k)[0], actual.get(k)[0], s);
                assertEquals(expected.get(k)[1], actual.get(k)[1], s);
            }
        }
    }

    @Test
    void everyCharacterJoinsOrSplitsWordsAsThePlainDefinitionSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String s : List.of("ab" + c + "cd", c + "Ab", "Ab" + c + "s x")) {
                List<int[]> expected = referenceTokens(s);
                List<int[]> actual = NameFinder.tokens(s);
                assertEquals(expected.size(), actual.size(), s);
                for (int k = 0; k < expected.size(); k++) {
                    assertEquals(expected.get(k)[1], actual.get(k)[1], s);
                }
            }
        }
    }

    @Test
    void anArticleHyphenMayOnlyBeAmongTheFirstLetters() {
        String s = "x al-Rahman y abcd-Efg";
        assertEquals(true, NameFinder.isNameWord(s, new int[] {2, 11}));
        assertEquals(referenceIsNameWord("abcd-Efg"), NameFinder.isNameWord(s, new int[] {14, 22}));
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    // The definitions as they were before the fast paths.

    private static boolean referenceIsNameWord(String w) {
        int p = 0;
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen <= 3 && LatinFolding.isArticle(w.substring(0, hyphen).toLowerCase(Locale.ROOT),
                w.substring(hyphen + 1).toLowerCase(Locale.ROOT), true)) {
            p = hyphen + 1;
        }
        while (p < w.length() && !Character.isLetter(w.charAt(p))) {
            p++;
        }
        if (p >= w.length()) {
            return false;
        }
        if (NameFinder.hasScholarlyMark(w)) {
            return true;
        }
        if (!Character.isUpperCase(w.charAt(p))) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                letters++;
                if (Character.isUpperCase(w.charAt(i))) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper < letters;
    }

    private static List<int[]> referenceTokens(String s) {
        List<int[]> out = new java.util.ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!(Character.isLetter(s.charAt(i)) || isJoiner(s.charAt(i))) || isJoiner(s.charAt(i))
                    && !(isApostrophe(s.charAt(i)) && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && (i == 0 || !Character.isLetter(s.charAt(i - 1))))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK
                    || isJoiner(s.charAt(i)) && i + 1 < n && (Character.isLetter(s.charAt(i + 1)) || isApostrophe(s.charAt(i))))) {
                i++;
            }
            int end = i;
            if (end - start > 2 && isApostrophe(s.charAt(end - 2)) && (s.charAt(end - 1) == 's')) {
                end -= 2;
            }
            while (end > start && isJoiner(s.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(new int[] {start, end});
            }
            if (i == start) {
                i++;
            }
        }
        return out;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BF' || c == '\u02BE' || c == '\u02BB'
                || c == '\u02BC' || c == '`';
    }
}
