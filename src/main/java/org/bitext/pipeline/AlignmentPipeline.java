package org.bitext.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.bitext.align.LexicalModel;
import org.bitext.align.SentenceAligner;
import org.bitext.io.InputCollector;
import org.bitext.io.InputUnit;
import org.bitext.io.TextDecoder;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.bitext.names.NameCanonicalizer;
import org.bitext.text.LanguageIdentifier;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.ScriptLanguageIdentifier;
import org.bitext.text.SentenceSegmenter;

/**
 * The library's one entry point for document alignment: inputs in, aligned documents out to a
 * {@link DocumentSink}, a {@link BatchReport} back.
 *
 * <p>Two passes over the batch, one unit at a time so that memory does not grow with the batch:
 * the first aligns by length and anchors and collects confident sentence pairs; a word
 * translation model is trained on them; the second pass reads each unit again, aligns it with
 * the model and hands it to the sink. A unit that fails (unreadable, not text) is reported with
 * its file and skipped; the rest of the batch goes on.
 */
public final class AlignmentPipeline {
    /** Enough pairs for IBM Model 1 to learn the frequent words; bounds training time and memory. */
    static final int MAX_TRAINING_PAIRS = 200_000;

    private final DocumentPreparer preparer;
    private final SentenceAligner aligner;
    private final LanguagePair languages;
    private final NameSpelling names;

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
        this.languages = languages;
        this.names = names;
        this.preparer = new DocumentPreparer(new TextDecoder(encoding), new ParagraphSplitter(identifier),
                new SentenceSegmenter(), languages);
        this.aligner = new SentenceAligner();
    }

    public AlignmentPipeline() {
        this(LanguagePair.englishArabic(), Optional.empty(), new ScriptLanguageIdentifier());
    }

    /**
     * Aligns everything under {@code inputs}.
     *
     * @param excluded folders never read (the output folder)
     * @param warnings receives one line per problem, naming the file
     */
    public BatchReport run(List<Path> inputs, List<Path> excluded, DocumentSink sink, Consumer<String> warnings)
            throws IOException {
        InputCollector.Collected collected = new InputCollector(excluded).collect(inputs);
        List<String> failures = new ArrayList<>();
        collected.problems().forEach(p -> {
            failures.add(p.toString());
            warnings.accept(p.toString());
        });
        List<InputUnit> units = collected.units();

        LexicalModel.Builder training = new LexicalModel.Builder(MAX_TRAINING_PAIRS);
        NameCanonicalizer.Counter nameCounter = new NameCanonicalizer.Counter();
        Set<InputUnit> unreadable = new HashSet<>();
        for (InputUnit unit : units) {
            try {
                PreparedDocument doc = preparer.prepare(unit);
                if (names.rewrite()) {
                    doc.source().forEach(s -> nameCounter.add(s.text()));
                }
                if (doc.isBilingual()) {
                    training.add(doc.sourceInput(), doc.targetInput(),
                            aligner.align(doc.sourceInput(), doc.targetInput()));
                }
            } catch (IOException | RuntimeException e) {
                unreadable.add(unit);
                String message = describe(unit, e);
                failures.add(message);
                warnings.accept(message);
            }
        }
        LexicalModel lexicon = training.buildOrNull();
        NameCanonicalizer canonicalizer = names.rewrite() ? nameCounter.build(names.overrides()) : null;

        Tally tally = new Tally();
        Set<String> stems = new HashSet<>();
        for (InputUnit unit : units) {
            if (unreadable.contains(unit)) {
                continue;
            }
            PreparedDocument doc;
            try {
                doc = preparer.prepare(unit);
            } catch (IOException | RuntimeException e) {
                String message = describe(unit, e);
                failures.add(message);
                warnings.accept(message);
                continue;
            }
            tally.count(doc);
            if (!doc.isBilingual()) {
                tally.monolingual.add(unit.stem());
                continue;
            }
            Alignment alignment = aligner.align(doc.sourceInput(), doc.targetInput(), lexicon);
            String stem = uniqueStem(unit.stem(), stems, warnings, unit);
            AlignedDocument aligned;
            if (canonicalizer != null) {
                NameSpelling.Respelled respelled = NameSpelling.respell(doc.source(), canonicalizer);
                aligned = new AlignedDocument(stem, unit.files(), languages.source(), languages.target(),
                        respelled.sentences(), doc.target(), alignment, respelled.edits());
            } else {
                aligned = new AlignedDocument(stem, unit.files(), languages.source(), languages.target(),
                        doc.source(), doc.target(), alignment);
            }
            tally.count(alignment);
            try {
                sink.accept(aligned);
            } catch (IOException e) {
                String message = unit.files().get(0) + ": cannot write output for " + stem + ": " + e.getMessage();
                failures.add(message);
                warnings.accept(message);
            }
        }
        sink.close();
        return new BatchReport(units.size(), tally.aligned, tally.monolingual, tally.sourceSentences,
                tally.targetSentences, tally.beads, tally.otherLanguages, tally.setAside, tally.encodings, failures,
                training.pairs());
    }

    /** Two inputs with the same stem (a/x.txt, b/x.txt) would overwrite each other's outputs. */
    private static String uniqueStem(String stem, Set<String> used, Consumer<String> warnings, InputUnit unit) {
        String candidate = stem;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = stem + "~" + k;
        }
        if (!candidate.equals(stem)) {
            warnings.accept(unit.files().get(0) + ": another input has the stem " + stem + "; writing it as "
                    + candidate);
        }
        return candidate;
    }

    private static String describe(InputUnit unit, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean named = unit.files().stream().anyMatch(f -> message.contains(f.toString()));
        return named ? message : unit.files().get(0) + ": " + message;
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

        void count(PreparedDocument doc) {
            sourceSentences += doc.source().size();
            targetSentences += doc.target().size();
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
