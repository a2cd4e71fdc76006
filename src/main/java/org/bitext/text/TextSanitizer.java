package org.bitext.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cleans decoded text before it is split, so that nothing invisible or illegal reaches the
 * aligner or the outputs.
 *
 * <p>Rules, in order (the order matters: removals come before NFC so that a removed control
 * cannot separate a letter from the mark it composes with, and edge marks are trimmed last,
 * once the line's edges are final):
 * <ol>
 *   <li>a lone surrogate (half of a UTF-16 pair) is removed;</li>
 *   <li>line and paragraph separators become line breaks: NEL (U+0085) and LINE SEPARATOR
 *       (U+2028) give LF, PARAGRAPH SEPARATOR (U+2029) and FORM FEED give a blank line;</li>
 *   <li>C0 controls other than tab and LF, DEL, and C1 controls are removed;</li>
 *   <li>noncharacters (U+FFFE, U+FFFF and the others, illegal in XML 1.0 or meaningless) and a
 *       ZERO WIDTH NO-BREAK SPACE (U+FEFF, a byte-order mark left inside the text) are removed;</li>
 *   <li>bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, the
 *       "Trojan Source" characters) are removed: they can make text display in another order than
 *       it is stored;</li>
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE: the contextual shapes and
 *       ligatures that text extracted from PDF often holds) are replaced by the letters they
 *       show (their compatibility decomposition: {@code ﻻ} by {@code لا}), which is what language
 *       identification, segmentation, names and the lexicon know, and what a translation memory
 *       needs;</li>
 *   <li>the text is put in NFC;</li>
 *   <li>LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK and ARABIC LETTER MARK (U+200E, U+200F, U+061C)
 *       at the edge of a word group (next to white space or at the start or end of a line) are
 *       removed; inside a word they are kept;</li>
 *   <li>ZERO WIDTH NON-JOINER (U+200C) and ZERO WIDTH JOINER are kept: Persian and Urdu spell with
 *       them.</li>
 * </ol>
 * Each removal is counted by kind so that the caller can warn about it.
 */
public final class TextSanitizer {
    static final char NEXT_LINE = '\u0085';
    static final char LINE_SEPARATOR = '\u2028';
    static final char PARAGRAPH_SEPARATOR = '\u2029';
    static final char ZERO_WIDTH_NO_BREAK_SPACE = '\uFEFF';
    static final char LEFT_TO_RIGHT_MARK = '\u200E';
    static final char RIGHT_TO_LEFT_MARK = '\u200F';
    static final char ARABIC_LETTER_MARK = '\u061C';
    static final char ZERO_WIDTH_NON_JOINER = '\u200C';
    static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
    static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    /** Kinds of removal, as counted in {@link Sanitized#removed()}. */
    public static final String LONE_SURROGATES = "lone surrogates";
    public static final String CONTROLS = "control characters";
    public static final String NONCHARACTERS = "noncharacters and stray byte-order marks";
    public static final String BIDI_CONTROLS = "bidi embeddings, overrides and isolates";
    public static final String EDGE_MARKS = "direction marks at word-group edges";
    public static final String PRESENTATION_FORMS = "Arabic presentation forms (each replaced by the letters it shows)";

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    /** The cleaned text, what was removed (kind to count, no zero counts), and whether NFC changed it. */
    public record Sanitized(String text, Map<String, Integer> removed, boolean normalized) {
        public Sanitized {
            removed = Map.copyOf(removed);
        }

        public int removed(String kind) {
            return removed.getOrDefault(kind, 0);
        }
    }

    /** Cleans {@code text} by the class rules. */
    public Sanitized sanitize(String text) {
        return sanitize(text, false);
    }

    /**
     * Cleans {@code text} by the class rules, except that it keeps its lines: line and paragraph
     * separators (rule 2) become spaces, so the result has exactly the lines of the input. For
     * text that is one sentence a line ({@code --presegmented}), where a line number is a
     * sentence number.
     */
    public Sanitized sanitizeKeepingLines(String text) {
        return sanitize(text, true);
    }

    private Sanitized sanitize(String text, boolean keepLines) {
        Map<String, Integer> removed = new TreeMap<>();
        String cleaned = needsRules1To5(text) ? applyRules1To5(text, removed, keepLines) : text;
        String composed = toNfc(cleaned);
        boolean normalized = !composed.equals(cleaned);
        cleaned = trimEdgeMarks(composed, removed);
        return new Sanitized(cleaned, removed, normalized);
    }

    /**
     * {@code text} in NFC, the same string when it is so already. The text up to where the quick
     * check first fails is NFC as it is; only the rest is normalized (what
     * {@link Normalizer2#normalize} does itself): a test with {@link Normalizer2#isNormalized}
     * first composed the text up to that point once more, and much Arabic news is not NFC (a
     * shadda typed before its vowel sign), so most such documents were scanned twice.
     */
    static String toNfc(String text) {
        int span = NFC.spanQuickCheckYes(text);
        if (span == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, span);
        return NFC.normalizeSecondAndAppend(out, text.subSequence(span, text.length())).toString();
    }

    /** Whether any character of {@code text} is one that rules 1 to 5 remove or replace (seldom). */
    static boolean needsRules1To5(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (NEEDS_RULES_1_TO_5[text.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per char, whether {@link #applyRules1To5} may change it: one look-up and a branch that is
     * never taken in clean text, where range tests were mispredicted wherever Latin-1 and Arabic
     * characters alternate (spaces and punctuation between Arabic words).
     */
    private static final boolean[] NEEDS_RULES_1_TO_5 = new boolean[Character.MAX_VALUE + 1];

    static {
        // by the rules' ranges, not char by char: a class initialiser runs interpreted, once per run
        boolean[] t = NEEDS_RULES_1_TO_5;
        java.util.Arrays.fill(t, 0, 0x20, true);       // C0 controls (tab and LF put back below), FF
        t['\t'] = false;
        t['\n'] = false;
        java.util.Arrays.fill(t, 0x7F, 0xA0, true);    // DEL and C1 controls, NEL among them
        java.util.Arrays.fill(t, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, true);
        java.util.Arrays.fill(t, 0xFDD0, 0xFDF0, true); // noncharacters
        t[0xFFFE] = true;
        t[0xFFFF] = true;
        java.util.Arrays.fill(t, LEFT_TO_RIGHT_EMBEDDING, RIGHT_TO_LEFT_OVERRIDE + 1, true);
        java.util.Arrays.fill(t, LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE + 1, true);
        t[LINE_SEPARATOR] = true;
        t[PARAGRAPH_SEPARATOR] = true;
        t[ZERO_WIDTH_NO_BREAK_SPACE] = true;
        java.util.Arrays.fill(t, 0xFB50, 0xFE00, true);  // Arabic presentation forms A (noncharacters among them)
        java.util.Arrays.fill(t, 0xFE70, 0xFEFF, true);  // Arabic presentation forms B
    }

    private static String applyRules1To5(String text, Map<String, Integer> removed, boolean keepLines) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    if (isNoncharacter(cp)) {
                        count(removed, NONCHARACTERS);
                    } else {
                        sb.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                } else {
                    count(removed, LONE_SURROGATES);
                }
            } else if (c == NEXT_LINE || c == LINE_SEPARATOR) {
                sb.append(keepLines ? ' ' : '\n');
            } else if (c == PARAGRAPH_SEPARATOR || c == '\f') {
                sb.append(keepLines ? " " : "\n\n");
            } else if (isControl(c)) {
                count(removed, CONTROLS);
            } else if (isNoncharacter(c) || c == ZERO_WIDTH_NO_BREAK_SPACE) {
                count(removed, NONCHARACTERS);
            } else if (isBidiControl(c)) {
                count(removed, BIDI_CONTROLS);
            } else if (isArabicPresentationForm(c)) {
                sb.append(NFKC.normalize(String.valueOf(c)));
                count(removed, PRESENTATION_FORMS);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for the direction marks that rule 7 trims at edges. */
    public static boolean isDirectionMark(char c) {
        return c == LEFT_TO_RIGHT_MARK || c == RIGHT_TO_LEFT_MARK || c == ARABIC_LETTER_MARK;
    }

    private static String trimEdgeMarks(String text, Map<String, Integer> removed) {
        if (text.indexOf(LEFT_TO_RIGHT_MARK) < 0 && text.indexOf(RIGHT_TO_LEFT_MARK) < 0
                && text.indexOf(ARABIC_LETTER_MARK) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isDirectionMark(text.charAt(i))) {
                sb.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && isDirectionMark(text.charAt(end))) {
                end++;
            }
            boolean atStart = i == 0 || Whitespace.isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '\n';
            boolean atEnd = end == text.length() || Whitespace.isSpace(text.charAt(end)) || text.charAt(end) == '\n';
            if (atStart || atEnd) {
                removed.merge(EDGE_MARKS, end - i, Integer::sum);
            } else {
                sb.append(text, i, end);
            }
            i = end;
        }
        return sb.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isBidiControl(char c) {
        return (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
                || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE);
    }

    /** U+FB50–U+FDFF (less the noncharacters, removed before) and U+FE70–U+FEFE. */
    private static boolean isArabicPresentationForm(char c) {
        return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE);
    }

    private static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static void count(Map<String, Integer> removed, String kind) {
        removed.merge(kind, 1, Integer::sum);
    }
}
