package org.bitext.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitext.model.LanguageGuess;
import org.bitext.model.ScriptRun;

/**
 * The language of each script run of a paragraph: the run's own guess, or, when the run is too
 * short to tell by itself (a name in brackets, a two-word quote), the guess for all of the
 * paragraph's text in the run's script taken together, since a line that switches scripts mostly
 * keeps one language per script ("The army (الجيش) left. قال الوزير ..."). A run whose script's
 * text stays undetermined as a whole stays undetermined.
 */
public final class RunLanguages {
    private RunLanguages() {
    }

    /** One guess per run of {@code runs}, the runs of {@code text}. */
    public static List<LanguageGuess> of(String text, List<ScriptRun> runs, LanguageIdentifier identifier) {
        List<LanguageGuess> guesses = new ArrayList<>(runs.size());
        Map<String, LanguageGuess> byScript = new HashMap<>();
        for (ScriptRun run : runs) {
            LanguageGuess own = identifier.identify(run.span().of(text));
            if (own.is(LanguageGuess.UNDETERMINED)) {
                own = byScript.computeIfAbsent(run.script(), script -> identifier.identify(textOf(text, runs, script)));
            }
            guesses.add(own);
        }
        return guesses;
    }

    /** The runs of {@code script}, joined by a space (a word never spans two runs). */
    private static String textOf(String text, List<ScriptRun> runs, String script) {
        StringBuilder joined = new StringBuilder();
        for (ScriptRun run : runs) {
            if (run.script().equals(script)) {
                joined.append(run.span().of(text)).append(' ');
            }
        }
        return joined.toString();
    }
}
