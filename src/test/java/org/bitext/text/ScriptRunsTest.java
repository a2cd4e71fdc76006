package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.bitext.model.ScriptRun;
import org.bitext.model.Span;
import org.junit.jupiter.api.Test;

class ScriptRunsTest {
    private static final String ARABIC_WORD = "\u0627\u0644\u0642\u0627\u0626\u0645"; // al-Qa'im

    /** Runs rendered as {@code script:text|script:text}. */
    private static String render(String text) {
        return ScriptRuns.of(text).stream()
                .map(run -> run.script() + ":" + run.span().of(text))
                .collect(Collectors.joining("|"));
    }

    @Test
    void splitsAtAChangeOfScript() {
        assertEquals("Latn:Base|Arab:" + ARABIC_WORD, render("Base" + ARABIC_WORD));
    }

    @Test
    void punctuationAndSpacesJoinThePrecedingRun() {
        assertEquals("Latn:Base. |Arab:" + ARABIC_WORD + " 12!", render("Base. " + ARABIC_WORD + " 12!"));
    }

    @Test
    void leadingNeutralsJoinTheFollowingRun() {
        assertEquals("Arab:\u00AB12 " + ARABIC_WORD, render("\u00AB12 " + ARABIC_WORD));
    }

    @Test
    void combiningMarksStayWithTheirLetter() {
        // Arabic harakat are of script Inherited.
        String vowelled = "\u0643\u064E\u062A\u064E\u0628\u064E";
        assertEquals("Latn:a |Arab:" + vowelled, render("a " + vowelled));
    }

    @Test
    void textWithoutLettersIsOneCommonRun() {
        assertEquals("Zyyy:*** 12, 3.", render("*** 12, 3."));
    }

    @Test
    void emptyTextHasNoRuns() {
        assertEquals(List.of(), ScriptRuns.of(""));
    }

    @Test
    void offsetsAreUtf16AndNeverSplitASurrogatePair() {
        String gothic = "\uD800\uDF30\uD800\uDF31"; // two Gothic letters outside the BMP
        String text = "ab" + gothic + "c";
        List<ScriptRun> runs = ScriptRuns.of(text);
        assertEquals("Latn:ab|Goth:" + gothic + "|Latn:c", render(text));
        assertEquals(2, runs.get(1).span().start());
        assertEquals(6, runs.get(1).span().end());
    }

    @Test
    void dominantIsTheScriptWithMostLetters() {
        assertEquals("Arab", ScriptRuns.dominant("The word " + ARABIC_WORD + ARABIC_WORD));
        assertEquals("Latn", ScriptRuns.dominant("The strategic base " + ARABIC_WORD));
    }

    @Test
    void dominantIgnoresDigitsAndPunctuation() {
        assertEquals("Arab", ScriptRuns.dominant("\u0628 2020-03-18 !!!"));
        assertEquals("Zyyy", ScriptRuns.dominant("2020-03-18 ***"));
    }

    @org.junit.jupiter.api.Test
    void tabledScriptsAgreeWithIcuOnEveryCodePointAroundTheTable() {
        for (int cp = 0; cp < 0x1000; cp++) {
            int script = com.ibm.icu.lang.UScript.getScript(cp);
            int expected = script == com.ibm.icu.lang.UScript.COMMON || script == com.ibm.icu.lang.UScript.INHERITED
                    || script == com.ibm.icu.lang.UScript.UNKNOWN ? com.ibm.icu.lang.UScript.INVALID_CODE : script;
            org.junit.jupiter.api.Assertions.assertEquals(expected, ScriptRuns.scriptOf(cp), Integer.toHexString(cp));
            org.junit.jupiter.api.Assertions.assertEquals(
                    com.ibm.icu.lang.UCharacter.isLetter(cp) ? expected : com.ibm.icu.lang.UScript.INVALID_CODE,
                    ScriptRuns.letterScript(cp), Integer.toHexString(cp));
        }
    }

    /** The table-driven scan gives the runs of the plain code-point rule, on random mixed text. */
    @Test
    void runsAsThePlainCodePointRuleGivesThem() {
        String alphabet = "ab \u0627\u0644 \u05D0\u03B1.,1\u0301\u2019\u201C\u3042\u4E2D\uD835\uDC00\uD800\uDC00\uD83D\uDE00";
        Random random = new Random(5);
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(plainRuns(text), ScriptRuns.of(text), text);
        }
    }

    /** The rule of {@link ScriptRuns#of} written plainly, one code point at a time. */
    private static List<ScriptRun> plainRuns(String text) {
        List<ScriptRun> runs = new ArrayList<>();
        if (text.isEmpty()) {
            return runs;
        }
        boolean anyLetter = text.codePoints().anyMatch(cp -> ScriptRuns.letterScript(cp) != com.ibm.icu.lang.UScript.INVALID_CODE);
        if (!anyLetter) {
            runs.add(new ScriptRun(new Span(0, text.length()), ScriptRuns.COMMON));
            return runs;
        }
        int runStart = 0;
        int runScript = com.ibm.icu.lang.UScript.INVALID_CODE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int script = ScriptRuns.scriptOf(cp);
            if (script != com.ibm.icu.lang.UScript.INVALID_CODE && script != runScript) {
                if (runScript != com.ibm.icu.lang.UScript.INVALID_CODE) {
                    runs.add(new ScriptRun(new Span(runStart, i), com.ibm.icu.lang.UScript.getShortName(runScript)));
                    runStart = i;
                }
                runScript = script;
            }
            i += Character.charCount(cp);
        }
        runs.add(new ScriptRun(new Span(runStart, text.length()), com.ibm.icu.lang.UScript.getShortName(runScript)));
        return runs;
    }
}
