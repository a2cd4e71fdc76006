package org.bitext.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic text whose spaces were lost ({@code قامتشارلزسزيسلر،أستاذطبالنوم}): a copy from a PDF or
 * a font without a space glyph, as one NTREX reference document (and part of another) is. Its
 * words are not words to a tokenizer: the aligner looks for the words it learned inside such runs
 * ({@code LexicalModel.spot}), and the user should hear of the text, which is written out as it
 * is.
 *
 * <p>The rule: an unbroken run of at least {@value #MIN_RUN_LETTERS} Arabic letters (diacritics
 * and tatweel inside it allowed). Arabic words with all their clitics stay shorter: the longest
 * in the TICO-19 and NTREX-128 development text, drug names included ({@code والتوسيليزوماب}),
 * have 14 letters in one run; the run-together sentences of NTREX have runs of 18 and more.
 */
public final class RunTogetherWords {
    /** The fewest letters of a run that is taken for words run together. */
    public static final int MIN_RUN_LETTERS = 17;

    private RunTogetherWords() {
    }

    /** The first run of run-together words in {@code text}, or null. */
    public static String find(String text) {
        List<String> runs = runs(text, 1);
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** The runs of run-together words in {@code text}, in order (none for most text). */
    public static List<String> runs(String text) {
        return runs(text, Integer.MAX_VALUE);
    }

    /**
     * The runs, found from every {@value #MIN_RUN_LETTERS}th char only: a run spans at least that
     * many chars, so one of them lies in it, and the run is measured from there both ways. Most
     * sentences hold no Arabic letter at those places (English ones none at all), and a full scan
     * of every sentence of every document pair (the aligner asks for each one) was 1.4 % of a
     * batch's CPU time.
     */
    private static List<String> runs(String text, int most) {
        List<String> runs = List.of();
        int n = text.length();
        int p = MIN_RUN_LETTERS - 1;
        while (p < n && runs.size() < most) {
            if (!inRun(text.charAt(p))) {
                p += MIN_RUN_LETTERS;
                continue;
            }
            int start = p;
            while (start > 0 && inRun(text.charAt(start - 1))) {
                start--;
            }
            int end = p + 1;
            while (end < n && inRun(text.charAt(end))) {
                end++;
            }
            while (start < end && !isArabicLetter(text.charAt(start))) {
                start++;   // marks before the first letter are not the run's
            }
            int letters = 0;
            for (int i = start; i < end; i++) {
                letters += isArabicLetter(text.charAt(i)) ? 1 : 0;
            }
            if (letters >= MIN_RUN_LETTERS) {
                if (runs.isEmpty()) {
                    runs = new ArrayList<>();
                }
                runs.add(text.substring(start, end));
            }
            // the next place of the stride at or after the run's end
            p += ((end - p + MIN_RUN_LETTERS - 1) / MIN_RUN_LETTERS) * MIN_RUN_LETTERS;
        }
        return runs;
    }

    /** A char a run is made of: an Arabic letter or a mark inside a word. */
    private static boolean inRun(char c) {
        return isArabicLetter(c) || isInsideWord(c);
    }

    /** The Arabic letters hamza to yeh (U+0621 to U+064A, tatweel apart). */
    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' && c != '\u0640';
    }

    /** Harakat, shadda, sukun, superscript alef and tatweel: inside a word, not between words. */
    private static boolean isInsideWord(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }
}
