package org.bitext.text.lang;

import com.ibm.icu.lang.UScript;

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

    /**
     * Below this code point (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana,
     * NKo) {@link #letterScript} reads a table filled once from ICU: it runs for every character
     * of every paragraph, and ICU's script look-up was most of the time spent identifying a
     * language. Above it, non-letters (general punctuation) still cost no ICU call.
     */
    static final int TABLE_LIMIT = 0x800;
    private static final byte[] LETTER_SCRIPT = new byte[TABLE_LIMIT];

    static {
        if (UScript.COMMON != 0) {
            throw new AssertionError("dominant() takes Common's code to be 0");
        }
        for (int cp = 0; cp < TABLE_LIMIT; cp++) {
            int script = icuLetterScript(cp);
            if (script > Byte.MAX_VALUE || weight(script) != 1) {
                // dominant() counts a table letter as one without asking its weight
                throw new AssertionError("script code above a byte, or of a syllabic script, below U+0800: " + script);
            }
            LETTER_SCRIPT[cp] = (byte) script;
        }
    }

    private LetterScripts() {
    }

    /** The ICU script code of a letter, or {@link UScript#COMMON} for anything else. */
    static int letterScript(int codePoint) {
        if (codePoint >= 0 && codePoint < TABLE_LIMIT) {
            return LETTER_SCRIPT[codePoint];
        }
        return icuLetterScript(codePoint);
    }

    private static int icuLetterScript(int codePoint) {
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
        return dominant(NgramFeatures.chars(text), new int[UScript.CODE_LIMIT]);
    }

    /**
     * Like {@link #dominant(CharSequence)}, and leaves in {@code counts} (indexed by ICU
     * script code, {@link UScript#CODE_LIMIT} long) the weighted letter count of each script.
     */
    static int dominant(char[] text, int[] counts) {
        int best = UScript.COMMON;
        int bestCount = 0;
        // counts[COMMON] tallies the non-letters meanwhile, so that a table character needs no
        // test of whether it is a letter (letters and spaces alternate, and that test was
        // mispredicted at every change); it is put back at the end
        int common = counts[UScript.COMMON];
        int length = text.length;
        for (int i = 0; i < length; ) {
            char c = text[i];
            int s;
            int count;
            // the table's characters (nearly all of Arabic and English text) are single chars of
            // scripts that weigh one: no code point to assemble and no weight to look up
            if (c < TABLE_LIMIT) {
                i++;
                s = LETTER_SCRIPT[c];
                count = ++counts[s];
            } else {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                s = letterScript(cp);
                count = counts[s] += s == UScript.COMMON ? 1 : weight(s);
            }
            // the sign bits of (bestCount - count) and -s say count > bestCount and s != COMMON
            // (0); their conjunction selects without a branch, which the compiler did not make
            // of a conditional expression here
            int better = ((bestCount - count) & -s) >> 31;
            bestCount = (count & better) | (bestCount & ~better);
            best = (s & better) | (best & ~better);
        }
        counts[UScript.COMMON] = common;
        return best;
    }

    /** ISO 15924 short name ({@code Arab}, {@code Latn}, ...) of an ICU script code. */
    static String code(int script) {
        return UScript.getShortName(script);
    }
}
