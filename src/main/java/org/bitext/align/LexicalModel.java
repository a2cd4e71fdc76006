package org.bitext.align;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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
    private static final long serialVersionUID = 1L;
    private static final int ITERATIONS = 5;
    private static final int MIN_TRAINING_PAIRS = 10;
    /** Rarer words are left out of the model (see {@link Vocabulary#of(List, int)}). */
    private static final int MIN_SENTENCES_PER_WORD = 3;

    private final Vocabulary sourceVocabulary;
    private final Vocabulary targetVocabulary;
    private final TranslationTable forward;
    private final TranslationTable backward;
    private final float[] sourceIdf;
    private final float[] targetIdf;

    private LexicalModel(Vocabulary sourceVocabulary, Vocabulary targetVocabulary, TranslationTable forward,
                         TranslationTable backward, float[] sourceIdf, float[] targetIdf) {
        this.sourceVocabulary = sourceVocabulary;
        this.targetVocabulary = targetVocabulary;
        this.forward = forward;
        this.backward = backward;
        this.sourceIdf = sourceIdf;
        this.targetIdf = targetIdf;
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
            for (TrainingPair pair : pairs) {
                if (sources.size() >= maxPairs) {
                    break;
                }
                sources.add(pair.source());
                targets.add(pair.target());
            }
            return this;
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
            TranslationTable fwd = TranslationTable.train(s, t, sv.size(), ITERATIONS);
            TranslationTable bwd = TranslationTable.train(t, s, tv.size(), ITERATIONS);
            return new LexicalModel(sv, tv, fwd, bwd, idf(s, sv.size()), idf(t, tv.size()));
        }

        private static float[] idf(List<int[]> sentences, int vocabulary) {
            int[] df = new int[vocabulary];
            for (int[] sentence : sentences) {
                int[] distinct = java.util.Arrays.stream(sentence).distinct().toArray();
                for (int w : distinct) {
                    df[w]++;
                }
            }
            float[] idf = new float[vocabulary];
            for (int w = 0; w < vocabulary; w++) {
                idf[w] = (float) Math.log(1.0 + (double) sentences.size() / Math.max(1, df[w]));
            }
            return idf;
        }
    }

    /** The sentence vectors of one document pair, for {@link LexicalSimilarity}. */
    LexicalSimilarity similarity(List<List<String>> sourceTokens, List<List<String>> targetTokens) {
        int n = sourceTokens.size();
        int m = targetTokens.size();
        SparseVector[] sourceTranslated = new SparseVector[n];
        SparseVector[] sourceBag = new SparseVector[n];
        SparseVector[] targetTranslated = new SparseVector[m];
        SparseVector[] targetBag = new SparseVector[m];
        for (int i = 0; i < n; i++) {
            int[] ids = sourceVocabulary.ids(sourceTokens.get(i));
            sourceBag[i] = bag(ids, sourceIdf);
            sourceTranslated[i] = translate(ids, forward, targetIdf);
        }
        for (int j = 0; j < m; j++) {
            int[] ids = targetVocabulary.ids(targetTokens.get(j));
            targetBag[j] = bag(ids, targetIdf);
            targetTranslated[j] = translate(ids, backward, sourceIdf);
        }
        return new LexicalSimilarity(sourceTranslated, targetBag, targetTranslated, sourceBag);
    }

    private static SparseVector bag(int[] ids, float[] idf) {
        float[] values = new float[ids.length];
        for (int k = 0; k < ids.length; k++) {
            values[k] = idf[ids[k]];
        }
        return SparseVector.of(ids, values, ids.length);
    }

    private static SparseVector translate(int[] ids, TranslationTable table, float[] idf) {
        int total = 0;
        for (int id : ids) {
            total += table.targetsOf(id).length;
        }
        int[] out = new int[total];
        float[] values = new float[total];
        int n = 0;
        for (int id : ids) {
            int[] fs = table.targetsOf(id);
            float[] ps = table.probabilitiesOf(id);
            for (int k = 0; k < fs.length; k++) {
                out[n] = fs[k];
                values[n] = ps[k] * idf[fs[k]];
                n++;
            }
        }
        return SparseVector.of(out, values, n);
    }
}
