package org.bitext.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bitext.align.AlignmentInput;
import org.bitext.align.LexicalModel;
import org.bitext.align.SentenceAligner;
import org.bitext.io.ReadFailure;
import org.bitext.io.TextDecoder;
import org.bitext.model.Alignment;
import org.bitext.names.RecentNames;
import org.bitext.text.MatchTokens;
import org.bitext.text.TextSanitizer;

/**
 * Aligns files that are already split into sentences, one a line (the input of published
 * aligner benchmarks). Line numbers are sentence numbers; empty lines are sentences too, so
 * that the numbering always matches the files. A batch of pairs is aligned in two passes: the
 * first by length and anchors, then again with a lexicon learned from the first pass, in a
 * narrow band around the first pass's path (the documents are in memory, so the path is kept).
 * Lines are sanitised as documents are ({@link TextSanitizer#sanitizeKeepingLines}).
 */
public final class Presegmented {
    /** Enough pairs for IBM Model 1 to learn the frequent words; bounds training time and memory. */
    static final int MAX_TRAINING_PAIRS = UnitAligner.MAX_TRAINING_PAIRS;

    /** Files with at least this many lines are tokenised in parallel. */
    private static final int PARALLEL_LINES = 2_000;

    private final TextDecoder decoder;
    private final TextSanitizer sanitizer = new TextSanitizer();
    private final SentenceAligner aligner;

    private final List<LexicalModel.TrainingPair> dictionary;
    /** The files' languages when the user gave them; else they are told by the files' scripts. */
    private final Optional<LanguagePair> languages;

    /** @param dictionary word pairs the user knows ({@link Dictionary}), added to the learned lexicon */
    public Presegmented(TextDecoder decoder, SentenceAligner aligner, List<LexicalModel.TrainingPair> dictionary) {
        this(decoder, aligner, dictionary, Optional.empty());
    }

    private Presegmented(TextDecoder decoder, SentenceAligner aligner, List<LexicalModel.TrainingPair> dictionary,
                         Optional<LanguagePair> languages) {
        this.decoder = decoder;
        this.aligner = aligner;
        this.dictionary = List.copyOf(dictionary);
        this.languages = languages;
    }

    /**
     * This aligner for files known to be in {@code languages}: bitext's list of news words
     * ({@link SeedLexicon}) then goes by them, not by the files' scripts, so that French and
     * Arabic files do not get the English list.
     */
    public Presegmented withLanguages(LanguagePair languages) {
        return new Presegmented(decoder, aligner, dictionary, Optional.of(languages));
    }

    public Presegmented(List<LexicalModel.TrainingPair> dictionary) {
        this(new TextDecoder(Optional.empty()), new SentenceAligner(new RecentNames(), new UnspacedArabic()), dictionary);
    }

    public Presegmented() {
        this(List.of());
    }

    /** A source file and its translation, one sentence a line. */
    public record FilePair(Path source, Path target) {
    }

    /** Aligns every pair; the result list follows the input order. */
    public List<Alignment> align(List<FilePair> pairs) throws IOException {
        return align(pairs, StageTimes.off());
    }

    /** {@link #align(List)}, adding the time of each stage to {@code times}. */
    public List<Alignment> align(List<FilePair> pairs, StageTimes times) throws IOException {
        return align(pairs, times, warning -> { });
    }

    /**
     * {@link #align(List, StageTimes)}, telling {@code warnings} what the sanitiser removed from
     * each file (one line per kind, naming the file).
     */
    public List<Alignment> align(List<FilePair> pairs, StageTimes times, Consumer<String> warnings) throws IOException {
        List<AlignmentInput[]> inputs = new ArrayList<>();
        for (FilePair pair : pairs) {
            inputs.add(new AlignmentInput[] {read(pair.source(), times, warnings), read(pair.target(), times, warnings)});
        }
        long mark = times.start();
        LexicalModel.Builder training = new LexicalModel.Builder(MAX_TRAINING_PAIRS);
        List<SentenceAligner.Pair> pairsPrepared = new ArrayList<>();
        List<Alignment> firstPass = new ArrayList<>();
        // each pair's first-pass pairs that the training took, to align it without them
        List<List<LexicalModel.TrainingPair>> ownPairs = new ArrayList<>();
        for (AlignmentInput[] io : inputs) {
            SentenceAligner.Pair prepared = aligner.prepare(io[0], io[1]);
            Alignment rough = aligner.align(prepared, null);
            ownPairs.add(training.keep(LexicalModel.confidentPairs(io[0], io[1], rough)));
            pairsPrepared.add(prepared);
            firstPass.add(rough);
        }
        mark = times.stop(StageTimes.Stage.FIRST_PASS, mark);
        // a small batch of English and Arabic files also gets bitext's list of news words; the
        // sides' lines are read lazily, only as far as telling their scripts needs
        List<LexicalModel.TrainingPair> seed = languages.isPresent()
                ? SeedLexicon.forBatch(languages.get(), training.pairs())
                : SeedLexicon.forLines(
                        () -> inputs.stream().flatMap(io -> io[0].sentences().stream()).iterator(),
                        () -> inputs.stream().flatMap(io -> io[1].sentences().stream()).iterator(), training.pairs());
        LexicalModel lexicon = training.addDictionary(dictionary).addDictionary(seed).buildOrNull();
        mark = times.stop(StageTimes.Stage.LEXICON, mark);
        List<Alignment> out = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            // the first pass's path guides the second, which then needs neither a coarse search nor a wide band
            // as in documents (UnitAligner's second pass): each pair without what its own first pass
            // taught the lexicon; seven builds' NTREX presegmented strict F1 mean 0.979 -> 0.981
            LexicalModel aligning = lexicon == null ? null : lexicon.without(ownPairs.get(k));
            out.add(aligner.align(pairsPrepared.get(k), aligning, firstPass.get(k)));
        }
        times.stop(StageTimes.Stage.SECOND_PASS, mark);
        return out;
    }

    private AlignmentInput read(Path file, StageTimes times, Consumer<String> warnings) throws IOException {
        long mark = times.start();
        String text;
        try {
            text = decoder.decode(file).text();
        } catch (TextDecoder.DecodingException e) {
            throw e;
        } catch (IOException e) {
            // the JDK's messages name no file ("Is a directory") or only the file
            throw new IOException(ReadFailure.describe(file, e), e);
        }
        // what the documents' sanitiser does, but line for line: controls and bidi overrides out,
        // presentation forms as letters (so names and words match), NFC
        TextSanitizer.Sanitized clean = sanitizer.sanitizeKeepingLines(text);
        clean.removed().forEach((kind, count) -> warnings.accept(
                file + ": removed " + count + " " + (count == 1 ? "character" : "characters") + ": " + kind));
        text = clean.text();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
        mark = times.stop(StageTimes.Stage.DECODE, mark);
        // tokens are a pure function of each line: a long file is tokenised on all cores, in order
        List<List<String>> tokens = (lines.size() >= PARALLEL_LINES ? lines.parallelStream() : lines.stream())
                .map(MatchTokens::of).toList();
        times.stop(StageTimes.Stage.SEGMENTATION, mark);
        return AlignmentInput.unstructured(lines, tokens);
    }
}
