package org.bitext.align;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

/**
 * A word translation model learned without supervision from the batch itself (after Moore 2002):
 * a first alignment pass by length and anchors yields confident 1-1 sentence pairs, IBM Model 1
 * is trained on them in both directions, and the second pass compares sentences through it.
 *
 * <p>Sentences are compared as bags of words: a source sentence is mapped into the target
 * vocabulary through t(f | e) and compared by cosine with the target sentence's own bag, and
 * the same the other way round. Words are weighted by inverse document frequency so that
 * function words, which IBM Model 1 translates to everything, count little. The model knows
 * no language: tokens arrive already folded by the caller.
 *
 * <p>Immutable and {@link Serializable}, so that a distributed run can train it once and hand it
 * to every worker (a side input).
 */
public final class LexicalModel implements Serializable {
    private static final long serialVersionUID = 3L;
    private static final int ITERATIONS = 5;
    private static final int MIN_TRAINING_PAIRS = 10;
    /** Rarer words are left out of the model (see {@link Vocabulary#of(List, int)}). */
    private static final int MIN_SENTENCES_PER_WORD = 3;
    /**
     * Training pairs from which the lexicon's similarity gets its full weight; below, the weight
     * shrinks in proportion. Trained on a couple of hundred pairs, IBM Model 1 knows a few hundred
     * words each seen in a handful of pairs, and one of them entering the vocabulary or not flips
     * merges whose score is near 0.5 (Text+Berg's 194 pairs; the Arabic-English dev batches have
     * 490 to 940). Text+Berg strict F1 at 250/300/350: 0.873/0.875/0.872.
     */
    private static final int FULL_EVIDENCE_PAIRS = 300;

    private final Vocabulary sourceVocabulary;
    private final Vocabulary targetVocabulary;
    private final TranslationTable forward;
    private final TranslationTable backward;
    private final float[] sourceIdf;
    private final float[] targetIdf;
    private final int trainingPairs;
    /** Of {@link #trainingPairs}, those learned from the batch's alignments (not a dictionary's entries). */
    private final int learnedPairs;
    /**
     * The scratch of {@link #vectors}, one per thread and kept from document to document: it is
     * sized to the vocabularies, and allocating (and zeroing) it for every document pair cost more
     * than building the pair's vectors. Not serialised: {@link #readResolve} makes a new one.
     */
    private final transient ThreadLocal<VectorScratch> scratch;
    /** Likewise the dense scratch of {@link LexicalSimilarity}, one per thread. */
    private final transient ThreadLocal<LexicalSimilarity.Scratch> denseScratch;

    /**
     * Per word of a side, each of its translations' probability times that translation's inverse
     * document frequency: what a translated vector adds for the word ({@link #translate}). Computed
     * once per model, not once per occurrence, where reading the other side's idf at each
     * translation's id was a cache miss.
     */
    private final transient float[][] forwardWeighted;
    private final transient float[][] backwardWeighted;

    private LexicalModel(Vocabulary sourceVocabulary, Vocabulary targetVocabulary, TranslationTable forward,
                         TranslationTable backward, float[] sourceIdf, float[] targetIdf, int trainingPairs,
                         int learnedPairs) {
        this.sourceVocabulary = sourceVocabulary;
        this.targetVocabulary = targetVocabulary;
        this.forward = forward;
        this.backward = backward;
        this.sourceIdf = sourceIdf;
        this.targetIdf = targetIdf;
        this.trainingPairs = trainingPairs;
        this.learnedPairs = learnedPairs;
        this.forwardWeighted = weighted(forward, targetIdf);
        this.backwardWeighted = weighted(backward, sourceIdf);
        this.scratch = ThreadLocal.withInitial(this::newScratch);
        this.denseScratch = ThreadLocal.withInitial(this::newDenseScratch);
    }

    /**
     * {@code model} with other translation tables and idf, which differ only for the words of the
     * pairs left out ({@code sourceWords}, {@code targetWords}); its vocabularies, and so its
     * scratch, are shared.
     */
    private LexicalModel(LexicalModel model, TranslationTable forward, TranslationTable backward,
                         float[] sourceIdf, float[] targetIdf, int[] sourceWords, int[] targetWords) {
        this.sourceVocabulary = model.sourceVocabulary;
        this.targetVocabulary = model.targetVocabulary;
        this.forward = forward;
        this.backward = backward;
        this.sourceIdf = sourceIdf;
        this.targetIdf = targetIdf;
        this.trainingPairs = model.trainingPairs;
        this.learnedPairs = model.learnedPairs;
        this.forwardWeighted = reweighted(model.forwardWeighted, forward, sourceWords, targetIdf);
        this.backwardWeighted = reweighted(model.backwardWeighted, backward, targetWords, sourceIdf);
        this.scratch = model.scratch;
        this.denseScratch = model.denseScratch;
    }

    /**
     * The weighted rows computed again for the words of the pairs left out: theirs are the
     * translations that changed, and a row weighs translations by the other side's idf, which
     * changed for the words the pairs' words mostly translate to.
     */
    private static float[][] reweighted(float[][] weighted, TranslationTable table, int[] words, float[] otherIdf) {
        float[][] out = weighted.clone();
        for (int e : words) {
            out[e] = weightedRow(table, e, otherIdf);
        }
        return out;
    }

    /** Word e's translations' probabilities times their idf ({@link #weighted}). */
    private static float[] weightedRow(TranslationTable table, int e, float[] otherIdf) {
        int[] fs = table.targetsOf(e);
        float[] ps = table.probabilitiesOf(e);
        float[] row = new float[fs.length];
        for (int k = 0; k < fs.length; k++) {
            row[k] = ps[k] * otherIdf[fs[k]];
        }
        return row;
    }

    /**
     * The largest share of the learned pairs that a document's own may be for {@link #without}
     * to take them out. A document that taught much of the lexicon (a batch of one, or of a few
     * long ones) would lose the words only it has: aligned without its own pairs, Text+Berg's
     * single document fell from 0.892 to 0.820 strict F1, TICO's 16 documents from 0.990 to
     * 0.987 presegmented. 0.05 to 0.1 gave the same development figures, 0.2 less (TICO
     * presegmented 0.988).
     */
    public static final double MAX_OWN_SHARE = 0.1;

    /**
     * This model as if {@code own}, pairs it was trained on, had not been among them (leave one
     * out): the lexicon to align the document whose first-pass pairs they are. Both directions'
     * translations of the pairs' words are estimated again from the counts the other pairs gave
     * them ({@link TranslationTable#without}), and the words' idf from the other pairs' sentences;
     * a word then seen in fewer than {@link #MIN_SENTENCES_PER_WORD} of them is left out, as the
     * vocabulary would have left it. Returns this model when {@code own} is empty or more than
     * {@link #MAX_OWN_SHARE} of the learned pairs.
     */
    public LexicalModel without(List<TrainingPair> own) {
        if (own.isEmpty() || own.size() > MAX_OWN_SHARE * learnedPairs) {
            return this;
        }
        List<int[]> sources = new ArrayList<>(own.size());
        List<int[]> targets = new ArrayList<>(own.size());
        for (TrainingPair pair : own) {
            sources.add(sourceVocabulary.ids(pair.source()));
            targets.add(targetVocabulary.ids(pair.target()));
        }
        int[] sourceOwn = ownWords(sources);
        int[] targetOwn = ownWords(targets);
        float[] sourceLeft = idfWithout(sourceIdf, sources, sourceOwn);
        float[] targetLeft = idfWithout(targetIdf, targets, targetOwn);
        return new LexicalModel(this, forward.without(sources, targets, e -> sourceLeft[e] == 0),
                backward.without(targets, sources, f -> targetLeft[f] == 0), sourceLeft, targetLeft, sourceOwn,
                targetOwn);
    }

    /** The distinct ids of the sentences, in increasing order. */
    private static int[] ownWords(List<int[]> sentences) {
        int size = 0;
        for (int[] sentence : sentences) {
            size += sentence.length;
        }
        int[] all = new int[size];
        int at = 0;
        for (int[] sentence : sentences) {
            System.arraycopy(sentence, 0, all, at, sentence.length);
            at += sentence.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[distinct++] = all[k];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /**
     * The idf of the words of {@code own} as if those sentences had not been trained on: their
     * document frequency (read back from the idf) less their sentences there; 0 for a word then
     * seen in fewer than {@link #MIN_SENTENCES_PER_WORD} sentences, which the vocabulary would
     * not have taken.
     */
    private float[] idfWithout(float[] idf, List<int[]> own, int[] ownWords) {
        int[] ownFrequency = new int[ownWords.length];
        for (int[] sentence : own) {
            int[] sorted = sentence.clone();
            Arrays.sort(sorted);
            for (int k = 0; k < sorted.length; k++) {
                if (k == 0 || sorted[k] != sorted[k - 1]) {
                    ownFrequency[Arrays.binarySearch(ownWords, sorted[k])]++;
                }
            }
        }
        float[] out = idf.clone();
        double sentences = trainingPairs;
        for (int k = 0; k < ownWords.length; k++) {
            int w = ownWords[k];
            double left = Math.rint(sentences / Math.expm1(idf[w])) - ownFrequency[k];
            out[w] = left < MIN_SENTENCES_PER_WORD ? 0 : (float) Math.log(1.0 + (sentences - own.size()) / left);
        }
        return out;
    }

    private static float[][] weighted(TranslationTable table, float[] otherIdf) {
        float[][] out = new float[table.sourceVocabulary()][];
        for (int e = 0; e < out.length; e++) {
            out[e] = weightedRow(table, e, otherIdf);
        }
        return out;
    }

    /** A deserialised model goes through the constructor, which gives it its scratch. */
    private Object readResolve() {
        return new LexicalModel(sourceVocabulary, targetVocabulary, forward, backward, sourceIdf, targetIdf,
                trainingPairs, learnedPairs);
    }

    /** The share of its full weight that the lexicon's similarity deserves ({@link #evidence(int)}). */
    public double evidence() {
        return evidence(trainingPairs);
    }

    /**
     * The share of its full weight that a lexicon trained on {@code pairs} sentence pairs
     * deserves: in proportion to the pairs up to {@link #FULL_EVIDENCE_PAIRS}, then all of it.
     */
    static double evidence(int pairs) {
        return Math.min(1.0, (double) pairs / FULL_EVIDENCE_PAIRS);
    }

    /** One training sentence pair: the folded tokens of a source and a target sentence. */
    public record TrainingPair(List<String> source, List<String> target) implements Serializable {
        public TrainingPair {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }

    /**
     * The pairs {@link Builder#add(AlignmentInput, AlignmentInput, Alignment)} takes from a
     * first-pass alignment (its confident 1-1 beads, in order), for callers that gather them
     * document by document before training (a distributed run).
     */
    public static List<TrainingPair> confidentPairs(AlignmentInput source, AlignmentInput target,
                                                    Alignment alignment) {
        List<TrainingPair> pairs = new ArrayList<>();
        for (Bead bead : alignment.beads()) {
            if (bead.sourceCount() == 1 && bead.targetCount() == 1 && bead.score() >= Builder.CONFIDENT) {
                pairs.add(new TrainingPair(source.tokens().get(bead.sourceStart()),
                        target.tokens().get(bead.targetStart())));
            }
        }
        return List.copyOf(pairs);
    }

    /** Collects training pairs from first-pass alignments, then trains. */
    public static final class Builder {
        private static final double CONFIDENT = 0.8;
        private final int maxPairs;
        private final List<List<String>> sources = new ArrayList<>();
        private final List<List<String>> targets = new ArrayList<>();
        /** The pairs added by {@link #addAll}, not a dictionary's. */
        private int learned;

        /** @param maxPairs the most pairs kept (the first ones), which bounds memory and time */
        public Builder(int maxPairs) {
            this.maxPairs = maxPairs;
        }

        /** Adds the confident 1-1 beads of a first-pass alignment. */
        public Builder add(AlignmentInput source, AlignmentInput target, Alignment alignment) {
            return addAll(confidentPairs(source, target, alignment));
        }

        /** Adds pairs in order while fewer than {@code maxPairs} are kept. */
        public Builder addAll(List<TrainingPair> pairs) {
            keep(pairs);
            return this;
        }

        /**
         * {@link #addAll}, returning the pairs it kept (the first of {@code pairs}, all of them
         * until the builder is full): a document's own pairs for {@link LexicalModel#without}.
         */
        public List<TrainingPair> keep(List<TrainingPair> pairs) {
            int kept = 0;
            for (TrainingPair pair : pairs) {
                if (sources.size() >= maxPairs) {
                    break;
                }
                sources.add(pair.source());
                targets.add(pair.target());
                learned++;
                kept++;
            }
            return pairs.subList(0, kept);
        }

        /**
         * Adds known translations (a user's dictionary) as tiny sentence pairs, each as many times
         * as a word must be seen to enter the vocabulary: a word pair the user vouches for counts
         * as much as one the batch shows three times. Not limited by {@code maxPairs}.
         */
        public Builder addDictionary(List<TrainingPair> entries) {
            for (TrainingPair entry : entries) {
                for (int k = 0; k < MIN_SENTENCES_PER_WORD; k++) {
                    sources.add(entry.source());
                    targets.add(entry.target());
                }
            }
            return this;
        }

        public int pairs() {
            return sources.size();
        }

        /** The trained model, or null when there were too few pairs to learn anything. */
        public LexicalModel buildOrNull() {
            if (sources.size() < MIN_TRAINING_PAIRS) {
                return null;
            }
            Vocabulary sv = Vocabulary.of(sources, MIN_SENTENCES_PER_WORD);
            Vocabulary tv = Vocabulary.of(targets, MIN_SENTENCES_PER_WORD);
            List<int[]> s = new ArrayList<>(sources.size());
            List<int[]> t = new ArrayList<>(targets.size());
            for (int k = 0; k < sources.size(); k++) {
                s.add(sv.ids(sources.get(k)));
                t.add(tv.ids(targets.get(k)));
            }
            // The two directions are independent: the backward one is forked, to the pool of the
            // calling thread (the batch's workers, so that training keeps to the number of jobs) or
            // else the common pool, while this thread trains the forward one; joining trains it here
            // when no other thread took it. Each is computed exactly as alone, so training them one
            // after the other, when two at once would not fit in the heap, gives the same tables.
            Runtime runtime = Runtime.getRuntime();
            long headroom = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
            if (2 * trainingBytes(s, t) > headroom) {
                TranslationTable fwd = TranslationTable.train(s, t, sv.size(), ITERATIONS);
                TranslationTable bwd = TranslationTable.train(t, s, tv.size(), ITERATIONS);
                return new LexicalModel(sv, tv, fwd, bwd, idf(s, sv.size()), idf(t, tv.size()), sources.size(), learned);
            }
            ForkJoinTask<TranslationTable> backward =
                    ForkJoinTask.adapt(() -> TranslationTable.train(t, s, tv.size(), ITERATIONS)).fork();
            TranslationTable fwd = TranslationTable.train(s, t, sv.size(), ITERATIONS);
            TranslationTable bwd = backward.join();
            return new LexicalModel(sv, tv, fwd, bwd, idf(s, sv.size()), idf(t, tv.size()), sources.size(), learned);
        }

        /**
         * About the most heap that training one direction takes: a slot (4 bytes) per
         * co-occurrence, and a key, a probability and a count (24 bytes) per distinct pair, of which
         * there are at most as many as co-occurrences (a sixth is typical: 8 bytes in all).
         */
        static long trainingBytes(List<int[]> sources, List<int[]> targets) {
            long cooccurrences = 0;
            for (int k = 0; k < sources.size(); k++) {
                cooccurrences += (long) targets.get(k).length * (sources.get(k).length + 1);
            }
            return BYTES_PER_COOCCURRENCE * cooccurrences;
        }

        private static final int BYTES_PER_COOCCURRENCE = 8;

        private static float[] idf(List<int[]> sentences, int vocabulary) {
            int[] df = new int[vocabulary];
            int[] lastSentence = new int[vocabulary];
            Arrays.fill(lastSentence, -1);
            for (int k = 0; k < sentences.size(); k++) {
                for (int w : sentences.get(k)) {
                    if (lastSentence[w] != k) {
                        lastSentence[w] = k;
                        df[w]++;
                    }
                }
            }
            float[] idf = new float[vocabulary];
            for (int w = 0; w < vocabulary; w++) {
                idf[w] = (float) Math.log(1.0 + (double) sentences.size() / Math.max(1, df[w]));
            }
            return idf;
        }
    }

    /** The model's ids of each word's tokens (unknown tokens left out), source side. */
    int[][] sourceIds(List<List<String>> words) {
        return words.stream().map(sourceVocabulary::ids).toArray(int[][]::new);
    }

    /** The model's ids of each word's tokens (unknown tokens left out), target side. */
    int[][] targetIds(List<List<String>> words) {
        return words.stream().map(targetVocabulary::ids).toArray(int[][]::new);
    }

    /** How strongly source word {@code e} and target word {@code f} translate each other: max of t(f | e), t(e | f). */
    double linkStrength(int e, int f) {
        return Math.max(probability(forward, e, f), probability(backward, f, e));
    }

    private static double probability(TranslationTable table, int from, int to) {
        int[] targets = table.targetsOf(from);
        for (int k = 0; k < targets.length; k++) {
            if (targets[k] == to) {
                return table.probabilitiesOf(from)[k];
            }
        }
        return 0;
    }

    /** The inverse document frequency of the rarest of a source word's tokens (0 for none). */
    double sourceRarity(int[] ids) {
        return rarity(ids, sourceIdf);
    }

    /** The inverse document frequency of the rarest of a target word's tokens (0 for none). */
    double targetRarity(int[] ids) {
        return rarity(ids, targetIdf);
    }

    private static double rarity(int[] ids, float[] idf) {
        double max = 0;
        for (int id : ids) {
            max = Math.max(max, idf[id]);
        }
        return max;
    }

    /**
     * The sentence vectors of one document pair ({@link #similarity(List, List)}), where the words
     * of text whose spaces were lost are found in its runs ({@link #spot}): each run is otherwise
     * one word, unknown to the model, and such a pair was aligned by lengths, numbers and names
     * alone. NTREX's dev document written without spaces, presegmented in its batch: strict F1
     * 0.452 → 0.828; all NTREX presegmented 0.968 → 0.976, end to end 0.971 → 0.975; the other
     * documents' beads the same.
     *
     * @param unspaced the runs of words without spaces in a sentence, as the caller finds them
     */
    LexicalSimilarity similarity(AlignmentInput source, AlignmentInput target, UnspacedRuns unspaced) {
        return similarity(spotted(source, sourceVocabulary, unspaced), spotted(target, targetVocabulary, unspaced));
    }

    /**
     * The side's tokens, with the token of each run of words without spaces replaced by the tokens
     * of the vocabulary found in it ({@link #spot}); the same list when no sentence of the side
     * has such a run (nearly every side).
     */
    static List<List<String>> spotted(AlignmentInput side, Vocabulary vocabulary, UnspacedRuns unspaced) {
        List<List<String>> out = null;
        for (int i = 0; i < side.size(); i++) {
            List<UnspacedRuns.Run> runs = unspaced.of(side.sentences().get(i));
            if (runs.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(side.tokens());
            }
            List<String> tokens = new ArrayList<>(side.tokens().get(i));
            for (UnspacedRuns.Run run : runs) {
                run.tokens().forEach(tokens::remove);
                tokens.addAll(spot(run.folded(), vocabulary));
            }
            out.set(i, tokens);
        }
        return out == null ? side.tokens() : out;
    }

    /**
     * Lengths of the vocabulary's tokens looked for at each place of a run, longest first: a
     * token has at most five letters (the caller's tokenizer cuts words there), and the stems of
     * common words have three or four (امم, متحد). With 5 and 4 only, NTREX end to end gave
     * 0.973 instead of 0.975; every length found at a place, rather than the longest, the same
     * figures. Two letters are no word to look for: any pair of letters occurs somewhere in a run.
     */
    static final int[] SPOT_LENGTHS = {5, 4, 3};

    /**
     * The tokens of {@code vocabulary} that a folded run of letters holds, at each place the
     * longest of {@link #SPOT_LENGTHS}: a word's token is its first letters after its clitics (as
     * {@code org.bitext.text.MatchTokens} makes them), so a word of the run shows its token where
     * it starts, clitics or not, and no word boundary has to be guessed. A place inside a word may
     * show another word's token too, the noise of a lexical vector of a few dozen words.
     */
    static List<String> spot(String folded, Vocabulary vocabulary) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < folded.length(); i++) {
            for (int length : SPOT_LENGTHS) {
                if (i + length <= folded.length()) {
                    String candidate = folded.substring(i, i + length);
                    if (vocabulary.id(candidate) != Vocabulary.UNKNOWN) {
                        found.add(candidate);
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The sentence vectors of one document pair, for {@link LexicalSimilarity}. */
    LexicalSimilarity similarity(List<List<String>> sourceTokens, List<List<String>> targetTokens) {
        int n = sourceTokens.size();
        int m = targetTokens.size();
        SparseVector[] sourceTranslated = new SparseVector[n];
        SparseVector[] sourceBag = new SparseVector[n];
        SparseVector[] targetTranslated = new SparseVector[m];
        SparseVector[] targetBag = new SparseVector[m];
        // Each side has its own accumulators and word counts, reused from sentence to sentence, so
        // that the sides of a long pair are done at once on two cores (same vectors either way).
        Runnable sourceSide = () -> withScratch(scratch -> vectors(sourceTokens, sourceVocabulary, sourceIdf, forward,
                forwardWeighted, scratch.sourceWords, scratch.inSource, scratch.inTarget, sourceBag, sourceTranslated));
        Runnable targetSide = () -> withScratch(scratch -> vectors(targetTokens, targetVocabulary, targetIdf, backward,
                backwardWeighted, scratch.targetWords, scratch.inTarget, scratch.inSource, targetBag, targetTranslated));
        if (n + m >= SentenceAligner.PARALLEL_SENTENCES) {
            Stream.of(sourceSide, targetSide).parallel().forEach(Runnable::run);
        } else {
            sourceSide.run();
            targetSide.run();
        }
        return new LexicalSimilarity(sourceTranslated, targetBag, targetTranslated, sourceBag, denseScratch::get);
    }

    /**
     * Runs {@code work} with this thread's scratch, or with a new one when the thread is already
     * using its own (a thread that waits on a parallel side may run another pair's meanwhile) or
     * the last use failed half way, leaving it dirty.
     */
    private void withScratch(Consumer<VectorScratch> work) {
        VectorScratch mine = scratch.get();
        if (mine.busy) {
            work.accept(newScratch());
            return;
        }
        mine.busy = true;
        boolean done = false;
        try {
            work.accept(mine);
            done = true;
        } finally {
            if (done) {
                mine.busy = false;
            } else {
                scratch.remove();
            }
        }
    }

    private LexicalSimilarity.Scratch newDenseScratch() {
        return new LexicalSimilarity.Scratch(sourceVocabulary.size(), targetVocabulary.size());
    }

    private VectorScratch newScratch() {
        return new VectorScratch(sourceVocabulary.size(), targetVocabulary.size());
    }

    /**
     * Accumulators over both vocabularies and word counts of each side: all that {@link #vectors}
     * needs, empty between calls ({@link SparseVector.Accumulator#build} and
     * {@link WordCounts#count} leave them so).
     */
    private static final class VectorScratch {
        private final SparseVector.Accumulator inSource;
        private final SparseVector.Accumulator inTarget;
        private final WordCounts sourceWords;
        private final WordCounts targetWords;
        private boolean busy;

        VectorScratch(int sourceVocabulary, int targetVocabulary) {
            inSource = new SparseVector.Accumulator(sourceVocabulary);
            inTarget = new SparseVector.Accumulator(targetVocabulary);
            sourceWords = new WordCounts(sourceVocabulary);
            targetWords = new WordCounts(targetVocabulary);
        }
    }

    /**
     * Each sentence of one side as a bag of its own words and as the bag of their translations
     * into the other side's vocabulary under {@code table}.
     */
    private static void vectors(List<List<String>> tokens, Vocabulary own, float[] ownIdf, TranslationTable table,
                                float[][] weighted, WordCounts words, SparseVector.Accumulator inOwn,
                                SparseVector.Accumulator inOther, SparseVector[] bags, SparseVector[] translated) {
        for (int i = 0; i < tokens.size(); i++) {
            words.count(own.ids(tokens.get(i)));
            bags[i] = bag(words, ownIdf, inOwn);
            translated[i] = translate(words, table, weighted, inOther);
        }
    }

    private static SparseVector bag(WordCounts words, float[] idf, SparseVector.Accumulator vector) {
        for (int k = 0; k < words.distinct; k++) {
            int id = words.ids[k];
            vector.add(id, idf[id], words.times[id]);
        }
        return vector.build();
    }

    /** @param weighted each word's translations' probabilities times their idf ({@link #weighted}) */
    private static SparseVector translate(WordCounts words, TranslationTable table, float[][] weighted,
                                          SparseVector.Accumulator vector) {
        for (int w = 0; w < words.distinct; w++) {
            int id = words.ids[w];
            int[] fs = table.targetsOf(id);
            float[] values = weighted[id];
            for (int k = 0; k < fs.length; k++) {
                vector.add(fs[k], values[k], words.times[id]);
            }
        }
        return vector.build();
    }

    /**
     * The distinct word ids of one sentence and how often each occurs. The vectors are sums over
     * the words, and a long text (the coarse pass compares blocks of sentences) repeats its
     * function words hundreds of times: each is looked up once.
     */
    private static final class WordCounts {
        private final int[] times;
        private int[] ids = new int[16];
        private int distinct;

        WordCounts(int vocabulary) {
            times = new int[vocabulary];
        }

        void count(int[] sentence) {
            for (int k = 0; k < distinct; k++) {
                times[ids[k]] = 0;
            }
            distinct = 0;
            for (int id : sentence) {
                if (times[id]++ == 0) {
                    if (distinct == ids.length) {
                        ids = Arrays.copyOf(ids, distinct * 2);
                    }
                    ids[distinct++] = id;
                }
            }
        }
    }
}
