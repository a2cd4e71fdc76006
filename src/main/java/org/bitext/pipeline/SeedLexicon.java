package org.bitext.pipeline;

import com.ibm.icu.lang.UScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bitext.align.LexicalModel.TrainingPair;
import org.bitext.text.ScriptRuns;

/**
 * bitext's own list of 284 common words of news in English and Arabic (days, months,
 * numbers, countries, institutions, the verbs of reporting), added to the lexicon of a batch too
 * small to learn those words itself: one article, or a few dozen. A batch learns its lexicon from
 * the confident pairs of a first pass (IBM Model 1); one article gives some 15 of them, too few
 * for most words to be seen the three times the vocabulary asks, so its alignment leaned mostly
 * on lengths, numbers and names, and its scores said little.
 *
 * <p>Measured on the development documents aligned one at a time: NTREX link F1 0.955 → 0.966,
 * and the share of pairs scored 0.999 or more 10 % → 79 % at 98.6 % precision; TICO (longer,
 * medical documents) 0.950 → 0.947. Whole dev batches (515–1,013 learned pairs) get it too:
 * a word enters the model only when seen three times, and in a few hundred pairs IBM Model 1
 * still spreads a news word's probability over its neighbours. Over the seven builds of the
 * development documents ({@code bench/quality-seeds}), NTREX presegmented strict F1 mean
 * 0.977 → 0.979, its worst build 0.957 → 0.969 (a dropped sentence merged into its neighbour's
 * bead, where the batch's lexicon had not linked the neighbour's words); TICO's the same
 * (0.987), end to end NTREX the same (0.980), TICO 0.959 → 0.958. A batch of
 * {@value #USED_BELOW_PAIRS} learned pairs or more has its own words (the 10,000-document
 * benchmark batch learns from 20,000). Presegmented files get it when their scripts say English
 * and Arabic ({@link #forLines}): their languages are not given, and on the German-French
 * benchmark the list's pairs cost 0.8 points of strict F1.
 */
public final class SeedLexicon {
    /** A batch that learned fewer pairs than this gets the list. */
    public static final int USED_BELOW_PAIRS = 5_000;
    static final String RESOURCE = "/org/bitext/pipeline/news-words.en-ar.tsv";
    private static final String LATIN = UScript.getShortName(UScript.LATIN);
    private static final String ARABIC = UScript.getShortName(UScript.ARABIC);

    private SeedLexicon() {
    }

    /**
     * The list's entries for a batch of {@code languages} that learned {@code learnedPairs}
     * pairs: empty for a batch with enough pairs of its own, or another language pair than
     * English and Arabic (either way round).
     */
    public static List<TrainingPair> forBatch(LanguagePair languages, int learnedPairs) {
        if (learnedPairs >= USED_BELOW_PAIRS) {
            return List.of();
        }
        if (languages.isSource("en") && languages.isTarget("ar")) {
            return entries();
        }
        if (languages.isSource("ar") && languages.isTarget("en")) {
            return entries().stream().map(e -> new TrainingPair(e.target(), e.source())).toList();
        }
        return List.of();
    }

    /** Characters read from the start of each side to tell its script: the start of a file is enough. */
    static final int SCRIPT_SAMPLE_CHARS = 4_000;

    /**
     * The list's entries for presegmented files, whose languages are not given (the options'
     * defaults say English and Arabic for any pair): when one side is written in Latin letters
     * and the other in Arabic ones ({@link ScriptRuns#dominant}), they are taken for English and
     * Arabic, that way round or the other; two sides in one script (German and French) get
     * nothing. Each dev document of NTREX and TICO aligned alone from its presegmented files:
     * strict F1 0.924 → 0.960 and 0.933 → 0.961.
     */
    public static List<TrainingPair> forLines(Iterable<String> source, Iterable<String> target, int learnedPairs) {
        if (learnedPairs >= USED_BELOW_PAIRS) {
            return List.of();
        }
        String sourceScript = ScriptRuns.dominant(sample(source));
        String targetScript = ScriptRuns.dominant(sample(target));
        if (sourceScript.equals(LATIN) && targetScript.equals(ARABIC)) {
            return forBatch(LanguagePair.of("en", "ar"), learnedPairs);
        }
        if (sourceScript.equals(ARABIC) && targetScript.equals(LATIN)) {
            return forBatch(LanguagePair.of("ar", "en"), learnedPairs);
        }
        return List.of();
    }

    /** The first lines of a side, up to {@link #SCRIPT_SAMPLE_CHARS} characters (no more are read). */
    private static String sample(Iterable<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() >= SCRIPT_SAMPLE_CHARS) {
                break;
            }
            text.append(line, 0, Math.min(line.length(), SCRIPT_SAMPLE_CHARS - text.length())).append('\n');
        }
        return text.toString();
    }

    /** The list, English first, folded as the lexicon folds words ({@link Dictionary}). */
    public static List<TrainingPair> entries() {
        try (InputStream in = SeedLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return Dictionary.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot read the seed lexicon", e);
        }
    }
}
