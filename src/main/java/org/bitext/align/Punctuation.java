package org.bitext.align;

/**
 * Punctuation that survives translation, as a language-neutral signal: question marks (? ؟ ;
 * the Greek one too), exclamation marks, quotation marks, brackets and colons. A translation
 * keeps a question a question and a quote a quote; two unrelated sentences rarely agree on them.
 * Each sentence gets one count per class; a bead compares its sides' summed counts.
 */
final class Punctuation {
    static final int CLASSES = 5;
    private static final int QUESTION = 0;
    private static final int EXCLAMATION = 1;
    private static final int QUOTE = 2;
    private static final int BRACKET = 3;
    private static final int COLON = 4;
    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char GREEK_QUESTION_MARK = '\u037E';

    private Punctuation() {
    }

    /**
     * Per character up to U+201F (past the last mark, U+201E), whether {@link #classOf} puts it
     * alone in a class: filled once from classOf itself, so the quick test cannot drift from it.
     */
    private static final boolean[] MAY_BE_MARK = new boolean[0x2020];

    static {
        for (char c = 0; c < MAY_BE_MARK.length; c++) {
            MAY_BE_MARK[c] = classOf(String.valueOf(c), 0) >= 0;
        }
    }

    /** Counts per class of {@code text}: question, exclamation, quote, bracket, colon. */
    static int[] counts(CharSequence text) {
        int[] counts = new int[CLASSES];
        for (int i = 0; i < text.length(); i++) {
            if (mayBeMark(text.charAt(i))) {
                int c = classOf(text, i);
                if (c >= 0) {
                    counts[c]++;
                }
            }
        }
        return counts;
    }

    /**
     * False for a character that {@link #classOf} puts in no class: letters, digits and spaces,
     * nearly all of a sentence, are told by a table look-up instead of the switch (counting marks
     * was 2 % of a run's CPU). A character's class depends on its neighbours only in making a
     * mark no mark (an apostrophe, a clock's colon), so a character in a class alone is the
     * whole set.
     */
    static boolean mayBeMark(char c) {
        return c < MAY_BE_MARK.length && MAY_BE_MARK[c];
    }

    static int classOf(CharSequence text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '?', ARABIC_QUESTION_MARK, GREEK_QUESTION_MARK:
                return QUESTION;
            case '!':
                return EXCLAMATION;
            case '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2018', '\u2019':
                // an apostrophe inside a word (it's, d'Alembert) is not a quotation mark
                if ((c == '\u2019' || c == '\u2018') && i > 0 && i + 1 < text.length()
                        && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                    return -1;
                }
                return QUOTE;
            case '(', ')', '[', ']':
                return BRACKET;
            case ':':
                // a colon between digits is a clock time, which the number signal already sees
                return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1)) ? -1 : COLON;
            default:
                return -1;
        }
    }

    /**
     * Marks that one side of a bead has and the other lacks, summed over the classes, from
     * per-sentence prefix sums ({@code prefix[c][i]} = count of class c in sentences before i).
     */
    static int mismatch(int[][] source, int s, int a, int[][] target, int t, int b) {
        int total = 0;
        for (int c = 0; c < CLASSES; c++) {
            total += Math.abs((source[c][s + a] - source[c][s]) - (target[c][t + b] - target[c][t]));
        }
        return total;
    }
}
