package org.bitext.text.lang;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import org.bitext.model.ScriptRun;
import org.bitext.model.Span;

/**
 * Which writing systems the letters of a text belong to, by ICU's {@link UScript}.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only letters count; digits, punctuation, spaces and marks have the script of the
 *       text around them ({@code Common}/{@code Inherited} in ICU's terms).</li>
 *   <li>Each letter keeps its own ICU script: a Japanese sentence shows {@code Hani},
 *       {@code Hira} and {@code Kana} letters (the identifier combines them).</li>
 *   <li>The dominant script is the one with the most weighted letters; {@code Zyyy} when
 *       there are no letters at all. A Han, kana or Hangul character weighs
 *       {@value #SYLLABIC_WEIGHT} letters, about one word: otherwise a Chinese sentence that
 *       names "Peter Jones" would count as Latin.</li>
 * </ul>
 */
public final class LetterScripts {
    /** ISO 15924 code for text without letters. */
    public static final String COMMON = "Zyyy";

    static final int SYLLABIC_WEIGHT = 3;

    private LetterScripts() {
    }

    /** The ICU script code of a letter, or {@link UScript#COMMON} for anything else. */
    static int letterScript(int codePoint) {
        if (!Character.isLetter(codePoint)) {
            return UScript.COMMON;
        }
        int script = UScript.getScript(codePoint);
        return script == UScript.INHERITED ? UScript.COMMON : script;
    }

    /** How many alphabet letters one letter of ICU script {@code script} is worth. */
    static int weight(int script) {
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.HANGUL ? SYLLABIC_WEIGHT : 1;
    }

    /** ISO 15924 code of the script with the most weighted letters in {@code text}. */
    public static String dominantScript(CharSequence text) {
        return code(dominant(text));
    }

    /** ICU script code of the script with the most weighted letters, COMMON if none. */
    static int dominant(CharSequence text) {
        return dominant(text, new int[UScript.CODE_LIMIT]);
    }

    /**
     * Like {@link #dominant(CharSequence)}, and leaves in {@code counts} (indexed by ICU
     * script code, {@link UScript#CODE_LIMIT} long) the weighted letter count of each script.
     */
    static int dominant(CharSequence text, int[] counts) {
        int best = UScript.COMMON;
        int bestCount = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            int s = letterScript(cp);
            if (s != UScript.COMMON && (counts[s] += weight(s)) > bestCount) {
                bestCount = counts[s];
                best = s;
            }
        }
        return best;
    }

    /** ISO 15924 short name ({@code Arab}, {@code Latn}, ...) of an ICU script code. */
    static String code(int script) {
        return UScript.getShortName(script);
    }

    /**
     * Maximal runs of one script over {@code text}. Non-letters join the run before them (or,
     * at the start, the first run), so the runs cover the text without gaps; a text without
     * letters is one {@code Zyyy} run.
     */
    public static List<ScriptRun> runs(CharSequence text) {
        List<ScriptRun> runs = new ArrayList<>();
        int runStart = 0;
        int runScript = UScript.COMMON;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int s = letterScript(cp);
            if (s != UScript.COMMON && s != runScript) {
                if (runScript == UScript.COMMON) {
                    runScript = s; // leading non-letters belong to the first letters' run
                } else {
                    int cut = backToWhitespace(text, runStart, i);
                    runs.add(new ScriptRun(new Span(runStart, cut), code(runScript)));
                    runStart = cut;
                    runScript = s;
                }
            }
            i += Character.charCount(cp);
        }
        if (text.length() > 0 || runs.isEmpty()) {
            runs.add(new ScriptRun(new Span(runStart, text.length()), code(runScript)));
        }
        return List.copyOf(runs);
    }

    /**
     * Where a new run starting at letter {@code at} should begin: after the last whitespace
     * between the previous run's last letter and {@code at}, so that an opening quote or
     * bracket goes with the words it opens.
     */
    private static int backToWhitespace(CharSequence text, int from, int at) {
        int cut = at;
        while (cut > from) {
            char c = text.charAt(cut - 1);
            if (Character.isWhitespace(c) || Character.isLetter(c)) {
                break;
            }
            cut--;
        }
        return cut == from ? at : cut;
    }
}
