package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import org.bitext.model.ScriptRun;
import org.bitext.model.Span;

/**
 * Splits text into maximal runs of one script, named by ISO 15924 short codes
 * ({@code Arab}, {@code Latn}, {@code Hebr}, ...).
 *
 * <p>Rules:
 * <ul>
 *   <li>a character's script is ICU's {@link UScript#getScript(int)};</li>
 *   <li>characters of script Common, Inherited or Unknown (spaces, punctuation, digits,
 *       combining marks) are <em>neutral</em>: they join the run before them, or, at the start
 *       of the text, the run after them (so a mark or a quote never opens a run of its own);</li>
 *   <li>a text with no letter of a real script is one run {@code Zyyy} (an empty text has no
 *       runs);</li>
 *   <li>runs are contiguous, cover the whole text, and their offsets are UTF-16 indices that
 *       never split a surrogate pair.</li>
 * </ul>
 */
public final class ScriptRuns {
    /** ISO 15924 code for Common, used for text without letters. */
    public static final String COMMON = UScript.getShortName(UScript.COMMON);

    /**
     * Below this code point (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana,
     * NKo) {@link #letterScript} reads a table filled once from ICU, since it runs for every
     * character of every document; above it ICU is asked each time.
     */
    private static final int TABLE_LIMIT = 0x800;
    private static final short[] LETTER_SCRIPT = new short[TABLE_LIMIT];
    /** In {@link #BMP_SCRIPT}: a surrogate, whose pair's code point is looked up. */
    private static final short SURROGATE = -2;
    /** {@link #scriptOf} of every char of the BMP but the surrogates ({@link #SURROGATE}). */
    private static final short[] BMP_SCRIPT = new short[Character.MAX_VALUE + 1];
    /** ISO 15924 code of each ICU script code, which ICU would look up by name on every call. */
    private static final String[] SHORT_NAMES = new String[UScript.CODE_LIMIT];

    static {
        if (UScript.INVALID_CODE != -1) {
            throw new AssertionError("ScriptRuns.of takes a neutral character's code to be -1");
        }
        for (int cp = 0; cp < TABLE_LIMIT; cp++) {
            LETTER_SCRIPT[cp] = (short) (UCharacter.isLetter(cp) ? icuScriptOf(cp) : UScript.INVALID_CODE);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            BMP_SCRIPT[c] = Character.isSurrogate((char) c) ? SURROGATE : (short) icuScriptOf(c);
        }
        for (int code = 0; code < SHORT_NAMES.length; code++) {
            SHORT_NAMES[code] = UScript.getShortName(code);
        }
    }

    private ScriptRuns() {
    }

    /** The script runs of {@code text}, in order. */
    public static List<ScriptRun> of(CharSequence text) {
        List<ScriptRun> runs = new ArrayList<>();
        if (text.length() == 0) {
            return runs;
        }
        if (!hasScriptLetter(text)) {
            runs.add(new ScriptRun(new Span(0, text.length()), COMMON));
            return runs;
        }
        int runStart = 0;
        int runScript = UScript.INVALID_CODE;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int script = BMP_SCRIPT[text.charAt(i)];
            int chars = 1;
            if (script == SURROGATE) {
                int cp = Character.codePointAt(text, i);
                script = scriptOf(cp);
                chars = Character.charCount(cp);
            }
            // A neutral character continues the run it is in: taken as of the run's script, so
            // that the test below changes outcome only where a run ends (letters and spaces
            // alternate, and a test of neutrality was mispredicted at every change). Neutral is
            // INVALID_CODE, the only negative code here: its sign bit selects without a branch.
            int neutral = script >> 31;
            script = (runScript & neutral) | (script & ~neutral);
            if (script != runScript) {
                if (runScript != UScript.INVALID_CODE) {
                    runs.add(new ScriptRun(new Span(runStart, i), shortName(runScript)));
                    runStart = i;
                }
                // The first scripted character also claims the neutral characters before it.
                runScript = script;
            }
            i += chars;
        }
        runs.add(new ScriptRun(new Span(runStart, text.length()), shortName(runScript)));
        return runs;
    }

    /** The script with the most letters in {@code text}; {@code Zyyy} when it has none. */
    public static String dominant(CharSequence text) {
        int[] counts = new int[UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1];
        int best = UScript.INVALID_CODE;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int script = letterScript(cp);
            if (script != UScript.INVALID_CODE) {
                counts[script]++;
                // Strictly more: on a tie the script met first wins, which keeps it stable.
                if (best == UScript.INVALID_CODE || counts[script] > counts[best]) {
                    best = script;
                }
            }
            i += Character.charCount(cp);
        }
        return best == UScript.INVALID_CODE ? COMMON : shortName(best);
    }

    private static String shortName(int script) {
        return script >= 0 && script < SHORT_NAMES.length ? SHORT_NAMES[script] : UScript.getShortName(script);
    }

    /** The script of {@code cp}, or {@link UScript#INVALID_CODE} when it is neutral. */
    static int scriptOf(int cp) {
        return cp <= Character.MAX_VALUE && BMP_SCRIPT[cp] != SURROGATE ? BMP_SCRIPT[cp] : icuScriptOf(cp);
    }

    private static int icuScriptOf(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN
                ? UScript.INVALID_CODE : script;
    }

    /** The script of {@code cp} if it is a letter of a real script, else {@link UScript#INVALID_CODE}. */
    static int letterScript(int cp) {
        if (cp < TABLE_LIMIT) {
            return LETTER_SCRIPT[cp];
        }
        return UCharacter.isLetter(cp) ? scriptOf(cp) : UScript.INVALID_CODE;
    }

    private static boolean hasScriptLetter(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (letterScript(cp) != UScript.INVALID_CODE) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
