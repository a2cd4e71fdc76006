package org.bitext.text.lang;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.bitext.model.LanguageGuess;
import org.bitext.text.LanguageIdentifier;

/**
 * Language identification in three steps, cheapest first:
 * <ol>
 *   <li>Script (ICU): the script with the most letters decides alone when only one language
 *       of interest writes it (Hebrew, Greek, Ethiopic, Hangul, kana, Han, Devanagari,
 *       Bengali, ...). Han text with a tenth or more kana is Japanese.</li>
 *   <li>For the Arabic script, {@link ArabicLetterRules}: letters that only some of its
 *       languages write.</li>
 *   <li>Where languages share a script (Arabic, Latin, Cyrillic), a character 1–4-gram
 *       naive-Bayes model ({@link NgramModel}) trained on redistributable text (see
 *       docs/langid.md).</li>
 * </ol>
 * A long text is decided once one language leads every other by {@value #DECISIVE_LEAD} nats
 * (after at least {@value #MIN_LETTERS_TO_DECIDE} letters and half of the text's): the rest
 * is not scored. Web and mail addresses are ignored. The answer is {@code und} when the text
 * has fewer than {@value #MIN_LETTERS} letters in a shared script, or when the best language's
 * posterior is below {@value #MIN_CONFIDENCE}.
 * Posteriors come from the scores divided by {@value #TEMPERATURE}, because overlapping
 * n-grams of four orders are far from independent and raw naive-Bayes posteriors are
 * overconfident; text shorter than {@value #SHORT_TEXT_LETTERS} letters gets a
 * proportionally higher temperature, so a title or a dateline is {@code und} rather than
 * confidently wrong. Among Latin-script languages English has a prior (see
 * {@link #ENGLISH_PRIOR}).
 *
 * <p>Immutable and thread-safe; the model loads once, in the constructor.
 */
public final class NgramLanguageIdentifier implements LanguageIdentifier {
    /** Resource holding the default model, as written by the trainer. */
    public static final String MODEL_RESOURCE = "/org/bitext/text/lang/ngrams.bin.gz";
    static final int MIN_LETTERS = 4;
    static final double MIN_CONFIDENCE = 0.6;
    static final double TEMPERATURE = 4.0;
    /** Below this many letters the temperature grows in proportion: short text, less sure. */
    static final int SHORT_TEXT_LETTERS = 40;
    /**
     * Log prior odds of English among Latin-script languages. The pipeline reads
     * Arabic-English news, where Latin-script text is English far more often than anything
     * else; without it a dateline such as "Baghdad, Iraq" has too few letters to tell.
     */
    static final double ENGLISH_PRIOR = 2.0;
    /**
     * A lead in log-likelihood (nats, priors included) after which the rest of a text is not
     * scored ({@link #lettersToDecide}): tempered, a posterior above 0.9999 however many
     * languages share the script (1.000 as {@code detect} prints it, as the whole text's would
     * be). Scoring was most of the identifier's time, and most news paragraphs are decided by
     * their first hundred letters: over the 35,916 paragraphs of a 1,000-document batch of the
     * dev corpora, 60 % of the letters are scored, and no language or printed confidence changes
     * (nor over the dev corpora's files taken whole as paragraphs). The start of a text alone
     * does not decide ({@link #MIN_SHARE_TO_DECIDE}).
     */
    static final double DECISIVE_LEAD = 48;
    /** The fewest letters scored before a text is decided early; shorter text is scored whole. */
    static final int MIN_LETTERS_TO_DECIDE = 100;
    /**
     * The smallest share of a text's letters scored before it is decided early: a one-line
     * English note that a soft wrap joined to a French paragraph leads by far more than
     * {@link #DECISIVE_LEAD} after its 200 letters, and so would a quarter of a paragraph that
     * is three quarters French (English n-grams outscore French ones faster than the reverse).
     * With a quarter instead of half, 45 % of the letters above are scored, with the same answers.
     */
    static final double MIN_SHARE_TO_DECIDE = 0.5;
    /** A tenth of kana among Han and kana letters marks Japanese. */
    static final double KANA_SHARE_FOR_JAPANESE = 0.1;

    /** Scripts written by exactly one language among those we report. */
    static final Map<Integer, String> SINGLE_LANGUAGE_SCRIPTS = Map.ofEntries(
            Map.entry(UScript.HEBREW, "he"),
            Map.entry(UScript.GREEK, "el"),
            Map.entry(UScript.ETHIOPIC, "am"),
            Map.entry(UScript.HANGUL, "ko"),
            Map.entry(UScript.HIRAGANA, "ja"),
            Map.entry(UScript.KATAKANA, "ja"),
            Map.entry(UScript.HAN, "zh"),
            Map.entry(UScript.DEVANAGARI, "hi"),
            Map.entry(UScript.BENGALI, "bn"),
            Map.entry(UScript.THAI, "th"),
            Map.entry(UScript.GEORGIAN, "ka"),
            Map.entry(UScript.ARMENIAN, "hy"),
            Map.entry(UScript.GUJARATI, "gu"),
            Map.entry(UScript.GURMUKHI, "pa"),
            Map.entry(UScript.TAMIL, "ta"),
            Map.entry(UScript.TELUGU, "te"),
            Map.entry(UScript.KANNADA, "kn"),
            Map.entry(UScript.MALAYALAM, "ml"),
            Map.entry(UScript.SINHALA, "si"),
            Map.entry(UScript.KHMER, "km"),
            Map.entry(UScript.LAO, "lo"),
            Map.entry(UScript.MYANMAR, "my"),
            Map.entry(UScript.TIBETAN, "bo"),
            Map.entry(UScript.THAANA, "dv"));

    private static final class DefaultHolder {
        static final NgramLanguageIdentifier INSTANCE = fromResource(MODEL_RESOURCE);
    }

    private final NgramModel model;

    NgramLanguageIdentifier(NgramModel model) {
        this.model = model;
    }

    NgramModel model() {
        return model;
    }

    /** The identifier with the model shipped in the jar, loaded on first use and shared. */
    public static NgramLanguageIdentifier standard() {
        return DefaultHolder.INSTANCE;
    }

    /** Loads a model written by the trainer from a class-path resource. */
    public static NgramLanguageIdentifier fromResource(String resource) {
        try (InputStream raw = NgramLanguageIdentifier.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing language model resource " + resource);
            }
            return new NgramLanguageIdentifier(NgramModel.read(new GZIPInputStream(raw, 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read language model", e);
        }
    }

    @Override
    public LanguageGuess identify(CharSequence input) {
        char[] text = NgramFeatures.chars(withoutAddresses(input));
        int[] weighted = new int[UScript.CODE_LIMIT];
        int script = LetterScripts.dominant(text, weighted);
        if (script == UScript.COMMON) {
            return LanguageGuess.undetermined();
        }
        if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA) {
            int kana = letters(weighted, UScript.HIRAGANA) + letters(weighted, UScript.KATAKANA);
            int cjk = kana + letters(weighted, UScript.HAN);
            String language = kana >= KANA_SHARE_FOR_JAPANESE * cjk ? "ja" : "zh";
            return new LanguageGuess(language, singleScriptConfidence(cjk));
        }
        int letters = letters(weighted, script);
        String single = SINGLE_LANGUAGE_SCRIPTS.get(script);
        if (single != null) {
            return new LanguageGuess(single, singleScriptConfidence(letters));
        }
        NgramModel.Group group = model.groupOrNull(script);
        if (group == null || letters < MIN_LETTERS) {
            return LanguageGuess.undetermined();
        }
        double temperature = TEMPERATURE
                * Math.max(1.0, SHORT_TEXT_LETTERS / (double) letters);
        return bestOf(group, scores(group, text, DECISIVE_LEAD, lettersToDecide(letters)), temperature);
    }

    /** The letters of ICU script {@code script} among {@code weighted} letter counts. */
    private static int letters(int[] weighted, int script) {
        return weighted[script] / LetterScripts.weight(script);
    }

    /**
     * The text with web and mail addresses blanked out: their letters ({@code https www com})
     * say nothing about the language around them. Tokens are split at whitespace; a token is an
     * address when it holds {@code ://}, starts with {@code www.}, or holds an {@code @}
     * followed later by a dot.
     */
    static CharSequence withoutAddresses(CharSequence text) {
        String s = text.toString();
        if (!s.contains("://") && !s.contains("www.") && s.indexOf('@') < 0) {
            return text;
        }
        StringBuilder masked = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            String token = s.substring(start, i);
            int at = token.indexOf('@');
            if (token.contains("://") || token.startsWith("www.")
                    || at > 0 && token.indexOf('.', at) > at) {
                for (int k = start; k < i; k++) {
                    masked.setCharAt(k, ' ');
                }
            }
        }
        return masked;
    }

    /** Log-scores (likelihood plus letter priors) of {@code text} per language of a group. */
    static double[] scores(NgramModel.Group group, char[] text) {
        return scores(group, text, Double.POSITIVE_INFINITY, 0);
    }

    /**
     * Letters scored before a text of {@code letters} letters may be decided early: at least
     * {@value #MIN_LETTERS_TO_DECIDE} and a {@value #MIN_SHARE_TO_DECIDE} share of them.
     */
    static int lettersToDecide(int letters) {
        return Math.max(MIN_LETTERS_TO_DECIDE, (int) (letters * MIN_SHARE_TO_DECIDE));
    }

    /**
     * {@link #scores(NgramModel.Group, char[])}, scoring the text only until one language leads
     * by {@code decisiveLead} ({@link NgramModel.Group#score(char[], double[], double[], double, int)}).
     */
    static double[] scores(NgramModel.Group group, char[] text, double decisiveLead, int lettersToDecide) {
        double[] scores = new double[group.languages.length];
        boolean arabic = group.script == UScript.ARABIC;
        int english = group.indexOf("en");
        int[] letterEvidence = arabic ? ArabicLetterRules.priorEvents(text, group) : null;
        double[] priors = null;
        if (decisiveLead < Double.POSITIVE_INFINITY) {
            priors = new double[scores.length];
            if (arabic) {
                ArabicLetterRules.addPriors(letterEvidence, priors);
            }
            if (english >= 0) {
                priors[english] += ENGLISH_PRIOR;
            }
        }
        group.score(text, scores, priors, decisiveLead, lettersToDecide);
        // added one by one rather than as `priors`' totals, in the order that gives a text scored
        // whole the same bits as before early decisions existed
        if (arabic) {
            ArabicLetterRules.addPriors(letterEvidence, scores);
        }
        if (english >= 0) {
            scores[english] += ENGLISH_PRIOR;
        }
        return scores;
    }

    private static LanguageGuess bestOf(NgramModel.Group group, double[] scores,
                                        double temperature) {
        int best = 0;
        for (int l = 1; l < scores.length; l++) {
            if (scores[l] > scores[best]) {
                best = l;
            }
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp((s - scores[best]) / temperature);
        }
        double confidence = 1 / sum;
        if (confidence < MIN_CONFIDENCE) {
            return LanguageGuess.undetermined();
        }
        return new LanguageGuess(group.languages[best], confidence);
    }

    /** One letter is a hint, a word is near certain: {@code 1 - 2^-letters}, at most 0.999. */
    private static double singleScriptConfidence(int letters) {
        return Math.min(0.999, 1 - Math.pow(2, -letters));
    }
}
