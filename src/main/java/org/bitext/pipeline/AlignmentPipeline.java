package org.bitext.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bitext.align.LexicalModel;
import org.bitext.io.InputCollector;
import org.bitext.io.InputUnit;
import org.bitext.io.RunStoppedException;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.RecentNames;
import org.bitext.pipeline.StageTimes.Stage;
import org.bitext.text.LanguageIdentifier;
import org.bitext.text.ScriptLanguageIdentifier;

/**
 * The library's one entry point for document alignment: inputs in, aligned documents out to a
 * {@link DocumentSink}, a {@link BatchReport} back.
 *
 * <p>Two passes over the batch, a few units at a time (see {@link InOrder}) so that memory does
 * not grow with the batch:
 * the first aligns by length and anchors and collects confident sentence pairs (until the
 * training set is full: later units are only read and counted); a word translation model is
 * trained on them; the second pass aligns each unit with the model and hands it to the sink.
 * Units prepared in pass 1 are kept for pass 2 within a share of the heap ({@link KeptDocuments});
 * the rest are read again. A unit that fails (unreadable, not text) is reported with
 * its file and skipped; the rest of the batch goes on.
 */
public final class AlignmentPipeline {
    /** Enough pairs for IBM Model 1 to learn the frequent words; bounds training time and memory. */
    static final int MAX_TRAINING_PAIRS = UnitAligner.MAX_TRAINING_PAIRS;

    private final UnitAligner unitAligner;
    /**
     * The names of the English sentences the aligner's anchors read lately, which respelling reads
     * again a moment later (the finder was a twentieth of a batch's time, counted three times).
     */
    private final RecentNames recentNames = new RecentNames();
    private final NameSpelling names;
    private final List<LexicalModel.TrainingPair> dictionary;
    private final ScoreThreshold threshold;

    /**
     * @param languages the pair to align
     * @param encoding  an encoding to use for files without a byte-order mark (else UTF-8)
     * @param identifier the language identifier behind paragraph classification
     */
    public AlignmentPipeline(LanguagePair languages, Optional<Charset> encoding, LanguageIdentifier identifier) {
        this(languages, encoding, identifier, NameSpelling.canonical());
    }

    /** @param names whether and how to respell names in the output */
    public AlignmentPipeline(LanguagePair languages, Optional<Charset> encoding, LanguageIdentifier identifier,
                             NameSpelling names) {
        this(languages, encoding, identifier, names, List.of());
    }

    /** @param dictionary word pairs the user knows ({@link Dictionary}), added to the learned lexicon */
    public AlignmentPipeline(LanguagePair languages, Optional<Charset> encoding, LanguageIdentifier identifier,
                             NameSpelling names, List<LexicalModel.TrainingPair> dictionary) {
        this(languages, encoding, identifier, names, dictionary, ScoreThreshold.none());
    }

    /** @param threshold the least score of a pair written as a pair ({@code --min-score}) */
    public AlignmentPipeline(LanguagePair languages, Optional<Charset> encoding, LanguageIdentifier identifier,
                             NameSpelling names, List<LexicalModel.TrainingPair> dictionary,
                             ScoreThreshold threshold) {
        this.names = names;
        this.dictionary = List.copyOf(dictionary);
        this.threshold = threshold;
        this.unitAligner = new UnitAligner(languages, encoding, identifier, recentNames);
    }

    public AlignmentPipeline() {
        this(LanguagePair.englishArabic(), Optional.empty(), new ScriptLanguageIdentifier());
    }

    /**
     * Aligns everything under {@code inputs}, one job at a time.
     *
     * @param excluded folders never read (the output folder)
     * @param warnings receives one line per problem, naming the file
     */
    public BatchReport run(List<Path> inputs, List<Path> excluded, DocumentSink sink, Consumer<String> warnings)
            throws IOException {
        return run(inputs, excluded, sink, warnings, BatchOptions.sequential());
    }

    /**
     * Aligns everything under {@code inputs}. Units are prepared and aligned, and the lexicon is
     * trained, on {@code options.jobs()} threads ({@link Workers}: the aligner's inner parallel work
     * stays on them too), but the pairs are gathered, stems are given and the sink is fed on the
     * calling thread in input order, so the outputs do not depend on the number of
     * jobs. A unit whose outputs the sink reports as up to date is not aligned again (it still
     * takes part in training the lexicon, which the other units depend on).
     *
     * @throws OutputClosedException when the sink's reader went away; the run stops there
     */
    public BatchReport run(List<Path> inputs, List<Path> excluded, DocumentSink sink, Consumer<String> warnings,
                           BatchOptions options) throws IOException {
        return run(new InputCollector(excluded).collect(inputs), sink, warnings, options);
    }

    /**
     * {@link #run(List, List, DocumentSink, Consumer, BatchOptions)} on units already collected
     * (files named as pairs, {@link InputCollector#collectPairs}); its problems are reported as
     * the batch's failures.
     */
    public BatchReport run(InputCollector.Collected collected, DocumentSink sink, Consumer<String> warnings,
                           BatchOptions options) throws IOException {
        try {
            BatchReport report = runBatch(collected, sink, warnings, options);
            long mark = options.timings().start();
            sink.close();
            options.timings().stop(Stage.WRITING, mark);
            return report;
        } catch (IOException | RuntimeException | Error e) {
            sink.abandon();
            throw e;
        } finally {
            options.progress().finished();
        }
    }

    private BatchReport runBatch(InputCollector.Collected collected, DocumentSink sink,
                                 Consumer<String> warnings, BatchOptions options) throws IOException {
        try (Workers workers = new Workers(options.jobs())) {
            return runBatch(collected, sink, warnings, options, workers);
        }
    }

    private BatchReport runBatch(InputCollector.Collected collected, DocumentSink sink,
                                 Consumer<String> warnings, BatchOptions options, Workers workers)
            throws IOException {
        List<String> failures = new ArrayList<>();
        collected.problems().forEach(p -> {
            failures.add(p.toString());
            warnings.accept(p.toString());
        });
        // not failures: the batch reads each file once, as asked
        collected.duplicateWarnings().forEach(warnings);
        List<InputUnit> units = collected.units();
        BatchProgress progress = options.progress();
        StageTimes times = options.timings();

        // Pass 1: learn the lexicon from confident length-only beads; find the bilingual units.
        LexicalModel.Builder training = new LexicalModel.Builder(MAX_TRAINING_PAIRS);
        Map<String, Integer> nameCounts = new HashMap<>();
        Tally tally = new Tally();
        Map<InputUnit, String> stems = new LinkedHashMap<>();
        // each unit's first-pass pairs that the training took, to align it without them
        Map<InputUnit, List<LexicalModel.TrainingPair>> ownPairs = new HashMap<>();
        UniqueStems uniqueStems = new UniqueStems();
        KeptDocuments kept = KeptDocuments.ofHeap();
        // Set by the in-order consumer once the builder holds all the pairs it keeps: any unit a
        // worker starts after that comes later in the input, and its pairs would be dropped, so
        // it is not aligned. A unit aligned before the flag is seen just has its pairs dropped.
        AtomicBoolean trainingFull = new AtomicBoolean();
        progress.pass("learning", units.size());
        InOrder.forEach(units, workers, unit -> {
            return unitAligner.learn(unitAligner.prepare(unit, times), names.rewrite(), !trainingFull.get(), times);
        }, (unit, outcome) -> {
            if (outcome.failed()) {
                fail(unit, outcome.error(), failures, warnings);
            } else {
                FirstPass first = outcome.value().first();
                first.warnings().forEach(warnings);
                tally.count(first);
                first.nameCounts().forEach((name, n) -> nameCounts.merge(name, n, Integer::sum));
                if (first.bilingual()) {
                    long mark = times.start();
                    List<LexicalModel.TrainingPair> own = training.keep(first.trainingPairs());
                    if (!own.isEmpty()) {
                        ownPairs.put(unit, own);
                    }
                    if (training.pairs() >= MAX_TRAINING_PAIRS) {
                        trainingFull.set(true);
                    }
                    times.stop(Stage.LEXICON, mark);
                    stems.put(unit, uniqueStems.assign(unit, warnings));
                    kept.keep(outcome.value().doc());
                } else {
                    tally.monolingual.add(unit.stem());
                }
            }
            progress.unitDone();
        });
        long mark = times.start();
        // on the workers, so that training too keeps to the number of jobs
        int learnedPairs = training.pairs();
        List<LexicalModel.TrainingPair> seed = SeedLexicon.forBatch(unitAligner.languages(), learnedPairs);
        LexicalModel lexicon = workers.call(() -> training.addDictionary(dictionary).addDictionary(seed).buildOrNull());
        mark = times.stop(Stage.LEXICON, mark);
        NameCanonicalizer canonicalizer = names.rewrite()
                ? NameCanonicalizer.fromCounts(nameCounts, names.overrides(), recentNames) : null;
        times.stop(Stage.NAMES, mark);

        // Pass 2: align each bilingual unit with the lexicon and hand it to the sink, in input order.
        List<InputUnit> toAlign = new ArrayList<>();
        List<String> upToDate = new ArrayList<>();
        for (Map.Entry<InputUnit, String> e : stems.entrySet()) {
            if (sink.isUpToDate(e.getValue(), e.getKey().files())) {
                upToDate.add(e.getValue());
                kept.drop(e.getKey());
            } else {
                toAlign.add(e.getKey());
            }
        }
        progress.pass("aligning", toAlign.size());
        InOrder.forEach(toAlign, workers, unit -> {
            PreparedDocument doc = kept.take(unit);
            return unitAligner.secondPass(doc != null ? doc : unitAligner.prepare(unit, times), stems.get(unit),
                    lexicon, ownPairs.getOrDefault(unit, List.of()), times).orElse(null);
        }, (unit, outcome) -> {
            if (outcome.failed()) {
                fail(unit, outcome.error(), failures, warnings);
            } else if (outcome.value() == null) {
                // the file changed between the passes and lost one of its languages
                tally.monolingual.add(unit.stem());
            } else {
                // Respelling runs here, on the one thread that writes, because it is cheap and the
                // canonicalizer's ICU transliterators are not made for sharing across threads.
                long start = times.start();
                AlignedDocument aligned = canonicalizer == null ? outcome.value()
                        : NameSpelling.respell(outcome.value(), canonicalizer);
                start = times.stop(Stage.NAMES, start);
                UnrelatedSides.standard().check(aligned.alignment(),
                        () -> unit.files().stream().map(Path::toString).collect(Collectors.joining(" + ")))
                        .ifPresent(warnings);
                tally.belowThreshold += threshold.below(aligned.alignment());
                aligned = threshold.apply(aligned);
                tally.count(aligned.alignment());
                try {
                    sink.accept(aligned);
                    times.stop(Stage.WRITING, start);
                } catch (OutputClosedException | RunStoppedException e) {
                    throw e;
                } catch (IOException e) {
                    String message = unit.files().get(0) + ": cannot write output for " + aligned.stem() + ": "
                            + e.getMessage();
                    failures.add(message);
                    warnings.accept(message);
                }
            }
            progress.unitDone();
        });
        return new BatchReport(units.size(), tally.aligned + upToDate.size(), tally.monolingual,
                tally.sourceSentences, tally.targetSentences, tally.beads, tally.otherLanguages, tally.setAside,
                tally.encodings, failures, lexicon == null ? 0 : learnedPairs, upToDate, tally.belowThreshold,
                lexicon == null ? 0 : seed.size());
    }

    /** A unit that could not be read or aligned: named, counted, and the batch goes on. */
    private static void fail(InputUnit unit, Exception e, List<String> failures, Consumer<String> warnings) {
        String message = UnitAligner.failureMessage(unit, e);
        failures.add(message);
        warnings.accept(message);
    }

    /** Mutable counts local to one run. */
    private static final class Tally {
        int aligned;
        final List<String> monolingual = new ArrayList<>();
        long sourceSentences;
        long targetSentences;
        final Map<String, Long> beads = new TreeMap<>();
        final Map<String, Integer> otherLanguages = new TreeMap<>();
        final Map<String, Integer> setAside = new TreeMap<>();
        final Map<String, Integer> encodings = new TreeMap<>();
        /** Pairs under the score threshold, written as unaligned sentences. */
        int belowThreshold;

        void count(FirstPass doc) {
            sourceSentences += doc.sourceSentences();
            targetSentences += doc.targetSentences();
            doc.otherLanguages().forEach((k, v) -> otherLanguages.merge(k, v, Integer::sum));
            doc.setAside().forEach((k, v) -> setAside.merge(k, v, Integer::sum));
            doc.encodings().forEach(e -> encodings.merge(e, 1, Integer::sum));
        }

        void count(Alignment alignment) {
            aligned++;
            for (Bead bead : alignment.beads()) {
                beads.merge(bead.type(), 1L, Long::sum);
            }
        }
    }
}
