package org.bitext.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bitext.align.LexicalModel;
import org.bitext.align.RunOnSplitter;
import org.bitext.align.SentenceAligner;
import org.bitext.io.InputUnit;
import org.bitext.io.TextDecoder;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.bitext.model.Sentence;
import org.bitext.model.Span;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.RecentNames;
import org.bitext.text.LanguageIdentifier;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.SentenceSegmenter;

/**
 * The work on one unit, for each of the two passes over a batch, with nothing shared between
 * units: {@link AlignmentPipeline} runs it over a local batch, and a distributed run (the Beam
 * module) on workers. Between the passes the caller joins the first passes of the batch, in input
 * order: training pairs into a {@link LexicalModel.Builder} of {@link #MAX_TRAINING_PAIRS}, name
 * counts into {@link NameCanonicalizer#fromCounts}, and stems through {@link UniqueStems}.
 *
 * <p>Holds no state between calls; an instance may serve one thread at a time (ICU break
 * iterators are cloned per use, the language identifier is immutable).
 */
public final class UnitAligner {
    /**
     * Enough pairs for IBM Model 1 to learn the frequent words (Moore 2002 trained on about as
     * many); the first ones of the batch are kept. It bounds training memory (about 8 bytes per
     * co-occurring word pair, plus the pairs' tokens) so that a batch of any size aligns within
     * a 512 MB heap.
     */
    public static final int MAX_TRAINING_PAIRS = 20_000;

    private final DocumentPreparer preparer;
    private final ChunkedAligner aligner;
    private final LanguagePair languages;

    /**
     * @param languages  the pair to align
     * @param encoding   an encoding to use for files without a byte-order mark (else UTF-8)
     * @param identifier the language identifier behind paragraph classification
     */
    public UnitAligner(LanguagePair languages, Optional<Charset> encoding, LanguageIdentifier identifier) {
        this(languages, encoding, identifier, new RecentNames());
    }

    /**
     * @param names where the aligner's name anchors find the names of English sentences: a
     *              caller that reads them again soon after (respelling) shares it
     */
    public UnitAligner(LanguagePair languages, Optional<Charset> encoding, LanguageIdentifier identifier,
                       RecentNames names) {
        this.languages = languages;
        this.preparer = new DocumentPreparer(new TextDecoder(encoding), new ParagraphSplitter(identifier),
                new SentenceSegmenter(), languages);
        this.aligner = new ChunkedAligner(new SentenceAligner(names, new UnspacedArabic()));
    }

    public LanguagePair languages() {
        return languages;
    }

    /**
     * Pass 1: reads the unit and aligns it by length and anchors only.
     *
     * @param countNames whether to count its English name spellings (when names are respelled)
     * @throws IOException when a file cannot be read or is not text; the message names the file
     */
    public FirstPass firstPass(InputUnit unit, boolean countNames) throws IOException {
        return firstPass(unit, countNames, StageTimes.off());
    }

    /** {@link #firstPass(InputUnit, boolean)}, adding the time of each stage to {@code times}. */
    public FirstPass firstPass(InputUnit unit, boolean countNames, StageTimes times) throws IOException {
        return firstPass(prepare(unit, times), countNames, true, times);
    }

    /** Reads, splits and segments the unit: the work both passes start with. */
    PreparedDocument prepare(InputUnit unit, StageTimes times) throws IOException {
        return preparer.prepare(unit, times);
    }

    /**
     * Pass 1 on a unit already prepared.
     *
     * @param collectPairs whether to align it for training pairs; a caller whose training set is
     *                     already full passes false, and the unit's first pass then holds none
     */
    FirstPass firstPass(PreparedDocument doc, boolean countNames, boolean collectPairs, StageTimes times) {
        return learn(doc, countNames, collectPairs, times).first();
    }

    /**
     * Pass 1's result on a unit, and the unit with the pair its alignment prepared
     * ({@link PreparedDocument#pair}): features and name anchors do not depend on the lexicon, so
     * pass 2 aligns a kept document without preparing it again.
     */
    record Learned(PreparedDocument doc, FirstPass first) {
    }

    /** {@link #firstPass(PreparedDocument, boolean, boolean, StageTimes)}, keeping the prepared pair. */
    Learned learn(PreparedDocument doc, boolean countNames, boolean collectPairs, StageTimes times) {
        long mark = times.start();
        List<LexicalModel.TrainingPair> pairs = List.of();
        if (doc.isBilingual() && collectPairs) {
            SentenceAligner.Pair pair = aligner.prepareWhole(doc.sourceInput(), doc.targetInput());
            Alignment alignment = pair != null ? aligner.align(pair, null)
                    : aligner.align(doc.sourceInput(), doc.targetInput(), null);
            pairs = LexicalModel.confidentPairs(doc.sourceInput(), doc.targetInput(), alignment);
            doc = doc.withPair(pair);
        }
        mark = times.stop(StageTimes.Stage.FIRST_PASS, mark);
        Map<String, Integer> names = Map.of();
        if (countNames) {
            NameCanonicalizer.Counter counter = new NameCanonicalizer.Counter();
            counter.addDocument(doc.source().stream().map(Sentence::text).toList());
            names = counter.counts();
            times.stop(StageTimes.Stage.NAMES, mark);
        }
        return new Learned(doc, new FirstPass(doc.isBilingual(), pairs, names, doc.source().size(),
                doc.target().size(), doc.otherLanguages(), doc.setAside(), doc.encodings(), doc.warnings()));
    }

    /**
     * Pass 2: reads the unit again and aligns it with the batch's word model. Names are not
     * respelled here (see {@link NameSpelling#respell}).
     *
     * @param stem    the output name the batch gave the unit ({@link UniqueStems})
     * @param lexicon the batch's word model, or null when the batch had too few pairs to train one
     * @return the aligned document, or empty when the unit no longer holds both languages (the
     *         file changed between the passes)
     */
    public Optional<AlignedDocument> secondPass(InputUnit unit, String stem, LexicalModel lexicon)
            throws IOException {
        return secondPass(unit, stem, lexicon, List.of());
    }

    /**
     * {@link #secondPass(InputUnit, String, LexicalModel)} for a unit whose first-pass pairs
     * {@code ownPairs} (those the batch's training took) taught the lexicon: the unit's sentences
     * are aligned with the lexicon without them ({@link LexicalModel#without}), the run-on
     * splitter reads the whole lexicon.
     */
    public Optional<AlignedDocument> secondPass(InputUnit unit, String stem, LexicalModel lexicon,
                                                List<LexicalModel.TrainingPair> ownPairs) throws IOException {
        return secondPass(prepare(unit, StageTimes.off()), stem, lexicon, ownPairs, StageTimes.off());
    }

    /**
     * Pass 2 on a unit already prepared (kept from pass 1, with its prepared pair when it has one,
     * or read again). A lexicon trained on a document's own first-pass pairs has learned the
     * words of each as translations of each other, the wrong ones too (two neighbouring sentences
     * shifted by one, where one side left a sentence out), and so confirms them: the document is
     * aligned with the lexicon as if it had not taught it ({@link LexicalModel#without}: leave one
     * out). The run-on splitter still reads the whole lexicon: the words of a transcript or a
     * list it cuts are often the document's alone (TICO end to end 0.961 with the splitter on the
     * lexicon without them, 0.964 with the whole one, when each document was left out of training
     * in turn). A document that taught more than a tenth of the lexicon keeps it whole
     * ({@link LexicalModel#MAX_OWN_SHARE}). End to end on the development build: NTREX link F1
     * 0.978 -> 0.983, TICO 0.965 (the same); over the seven builds of {@code bench/quality-seeds}
     * NTREX's mean 0.980 -> 0.981 (range 0.978-0.983 -> 0.977-0.985), TICO's 0.958 (the same), and
     * NTREX rows scored 0.999 or more 99.2 % -> 99.5 % right: self-confirmed pairs had scored 1.000.
     */
    Optional<AlignedDocument> secondPass(PreparedDocument doc, String stem, LexicalModel lexicon,
                                         List<LexicalModel.TrainingPair> ownPairs, StageTimes times) {
        InputUnit unit = doc.unit();
        if (!doc.isBilingual()) {
            return Optional.empty();
        }
        long mark = times.start();
        LexicalModel aligning = lexicon == null ? null : lexicon.without(ownPairs);
        Alignment alignment = doc.pair() != null ? aligner.align(doc.pair(), aligning)
                : aligner.align(doc.sourceInput(), doc.targetInput(), aligning);
        List<Sentence> source = doc.source();
        List<Sentence> target = doc.target();
        if (lexicon != null) {
            // the words' tokens from the memo that gave the sentences theirs (the same tokens)
            RunOnSplitter.Result split = new RunOnSplitter(lexicon, preparer::matchTokens)
                    .split(doc.sourceInput().sentences(), doc.targetInput().sentences(), alignment);
            source = pieces(source, split.source());
            target = pieces(target, split.target());
            alignment = split.alignment();
        }
        // the texts of the sentences as the aligner had them, unless the splitter cut some
        alignment = RunOnSplitter.withGuessedBoundariesScored(
                source == doc.source() ? doc.sourceInput().sentences() : texts(source),
                target == doc.target() ? doc.targetInput().sentences() : texts(target), alignment);
        times.stop(StageTimes.Stage.SECOND_PASS, mark);
        return Optional.of(new AlignedDocument(stem, unit.files(), languages.source(), languages.target(), source,
                target, alignment));
    }

    private static List<String> texts(List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).toList();
    }

    /** The sentences cut into the splitter's pieces (the same list when nothing was cut). */
    static List<Sentence> pieces(List<Sentence> sentences, List<RunOnSplitter.Piece> pieces) {
        if (pieces.size() == sentences.size()) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(pieces.size());
        for (RunOnSplitter.Piece piece : pieces) {
            Sentence whole = sentences.get(piece.sentence());
            int from = whole.span().start();
            out.add(new Sentence(out.size(), whole.paragraphIndex(),
                    new Span(from + piece.start(), from + piece.end()), whole.text().substring(piece.start(), piece.end())));
        }
        return out;
    }

    /** One line for a unit that failed: the exception's message, prefixed with the file unless it names it. */
    public static String failureMessage(InputUnit unit, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean named = unit.files().stream().anyMatch(f -> message.contains(f.toString()));
        return named ? message : unit.files().get(0) + ": " + message;
    }
}
