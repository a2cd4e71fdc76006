package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.model.LanguageGuess;

/**
 * A deliberately simple language identifier for an Arabic-English corpus: it tells Arabic
 * from English by script, and checks that Latin text looks English through its function words.
 * A full many-language detector is meant to replace it behind {@link LanguageIdentifier}.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code und} with confidence 0 when the text has fewer than {@value #MIN_LETTERS}
 *       letters, or is a URL or an e-mail address;</li>
 *   <li>the dominant script decides: Arabic gives {@code ar}, Latin gives {@code en}, any other
 *       script {@code und} with confidence 0;</li>
 *   <li>the base confidence is the share of letters in the dominant script, scaled down for
 *       short texts (full weight from {@value #FULL_WEIGHT_LETTERS} letters on);</li>
 *   <li>Arabic text that uses letters of Persian or Urdu (پ چ ژ گ ک ی ...) is capped at
 *       {@value #FOREIGN_CAP}: {@code ar} is then probably wrong;</li>
 *   <li>Latin text of more than {@value #FEW_WORDS} words is scaled by the share of English
 *       function words (0.3 up to {@value #STRAY_FUNCTION_SHARE}, full weight from
 *       {@value #ENGLISH_FUNCTION_SHARE}), so that French or
 *       German text never exceeds 0.5; text of {@value #FEW_WORDS} words or fewer, where function
 *       words are rare even in English, is capped at {@value #SHORT_CAP}.</li>
 * </ul>
 */
public final class ScriptLanguageIdentifier implements LanguageIdentifier {
    static final int MIN_LETTERS = 3;
    static final int FULL_WEIGHT_LETTERS = 40;
    static final int FEW_WORDS = 5;
    static final double STRAY_FUNCTION_SHARE = 0.05;
    static final double ENGLISH_FUNCTION_SHARE = 0.25;
    static final double SHORT_CAP = 0.5;
    static final double FOREIGN_CAP = 0.3;

    private static final Pattern URL_OR_EMAIL = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+|[^\\s@]+@[^\\s@]+\\.[a-z]{2,}");

    /**
     * Frequent English words. Words that are just as frequent in French, Spanish, German or
     * Italian ({@code a}, {@code on}, {@code an}, {@code will}, {@code he}) are left out.
     */
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "were", "are",
            "this", "it", "as", "by", "from", "have", "has", "had", "been", "at", "which", "not",
            "or", "but", "she", "they", "his", "her", "their", "its", "would", "said", "who",
            "we", "you", "there", "than", "after", "about");

    static final char PEH = '\u067E';
    static final char TCHEH = '\u0686';
    static final char JEH = '\u0698';
    static final char KEHEH = '\u06A9';
    static final char GAF = '\u06AF';
    static final char HEH_DOACHASHMEE = '\u06BE';
    static final char HEH_GOAL = '\u06C1';
    static final char FARSI_YEH = '\u06CC';
    static final char YEH_BARREE = '\u06D2';

    /** Letters of Persian, Urdu, Kurdish or Pashto that Arabic does not use. */
    private static final String NON_ARABIC_LETTERS = new String(new char[] {
        PEH, TCHEH, JEH, KEHEH, GAF, HEH_DOACHASHMEE, HEH_GOAL, FARSI_YEH, YEH_BARREE});

    @Override
    public LanguageGuess identify(CharSequence text) {
        String trimmed = text.toString().strip();
        if (URL_OR_EMAIL.matcher(trimmed).matches()) {
            return LanguageGuess.undetermined();
        }
        String script = ScriptRuns.dominant(trimmed);
        int letters = 0;
        int inScript = 0;
        int nonArabic = 0;
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                letters++;
                int s = ScriptRuns.letterScript(cp);
                if (s != UScript.INVALID_CODE && UScript.getShortName(s).equals(script)) {
                    inScript++;
                }
                if (NON_ARABIC_LETTERS.indexOf(cp) >= 0) {
                    nonArabic++;
                }
            }
            i += Character.charCount(cp);
        }
        if (letters < MIN_LETTERS) {
            return LanguageGuess.undetermined();
        }
        double confidence = (double) inScript / letters
                * (0.5 + 0.5 * Math.min(1.0, (double) letters / FULL_WEIGHT_LETTERS));
        if (script.equals("Arab")) {
            return new LanguageGuess("ar", nonArabic > 0 ? Math.min(confidence, FOREIGN_CAP) : confidence);
        }
        if (script.equals("Latn")) {
            return new LanguageGuess("en", confidence * englishness(trimmed));
        }
        return LanguageGuess.undetermined();
    }

    /** A factor in [0, 1] for how English the words of a Latin text look. */
    private static double englishness(String text) {
        int words = 0;
        int function = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                words++;
                if (ENGLISH_FUNCTION_WORDS.contains(word)) {
                    function++;
                }
            }
        }
        if (words <= FEW_WORDS) {
            return SHORT_CAP;
        }
        double share = (double) function / words;
        // 0.3 up to a share that a stray "in" or "is" in German or Dutch can reach, rising
        // to 1 at the share usual in English prose (0.3 to 0.45 with this list).
        double above = Math.max(0.0, share - STRAY_FUNCTION_SHARE);
        return 0.3 + 0.7 * Math.min(1.0, above / (ENGLISH_FUNCTION_SHARE - STRAY_FUNCTION_SHARE));
    }
}
