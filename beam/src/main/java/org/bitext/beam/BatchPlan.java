package org.bitext.beam;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.bitext.align.LexicalModel;
import org.bitext.align.LexicalModel.TrainingPair;
import org.bitext.pipeline.LanguagePair;
import org.bitext.pipeline.SeedLexicon;
import org.bitext.pipeline.UniqueStems;
import org.bitext.pipeline.UnitAligner;

/**
 * What the second pass needs from the whole batch, sent to every worker as a side input.
 *
 * @param lexicon        the word model, or null when the batch had too few training pairs
 * @param nameCounts     the batch's English name spellings, for the canonical spellings
 * @param stems          the output name of every bilingual unit, by its index
 * @param trainingPairs  the pairs the lexicon was trained on
 * @param warnings       stems renamed because another unit had them
 * @param ownPairs       each unit's first-pass pairs that the lexicon was trained on, by its index
 */
record BatchPlan(LexicalModel lexicon, Map<String, Integer> nameCounts, Map<Long, String> stems,
                 int trainingPairs, List<String> warnings, Map<Long, List<TrainingPair>> ownPairs)
        implements Serializable {
    private static final long serialVersionUID = 2L;

    BatchPlan {
        nameCounts = Map.copyOf(nameCounts);
        stems = Map.copyOf(stems);
        warnings = List.copyOf(warnings);
        ownPairs = Map.copyOf(ownPairs);
    }

    /** The first-pass pairs of the unit numbered {@code index} that the lexicon was trained on (pass 2 aligns it without them). */
    List<TrainingPair> ownPairsOf(long index) {
        return ownPairs.getOrDefault(index, List.of());
    }

    /**
     * Joins the first passes as {@code bitext align} does on one machine: training pairs in input
     * order up to {@link UnitAligner#MAX_TRAINING_PAIRS}, name counts summed, stems given in
     * input order. The accumulators keep only the pairs that can still be among the first
     * {@code MAX_TRAINING_PAIRS} (those of the lowest indices), so partial results stay bounded;
     * the lexicon is trained once, in {@link #extractOutput}.
     */
    static final class Fn extends Combine.CombineFn<Learned, Accumulator, BatchPlan> {
        private static final long serialVersionUID = 1L;
        private final int maxPairs;
        /** The batch's languages, which decide whether a small batch gets bitext's list of words. */
        private final String sourceLanguage;
        private final String targetLanguage;

        Fn(String sourceLanguage, String targetLanguage) {
            this(UnitAligner.MAX_TRAINING_PAIRS, sourceLanguage, targetLanguage);
        }

        Fn(int maxPairs, String sourceLanguage, String targetLanguage) {
            this.maxPairs = maxPairs;
            this.sourceLanguage = sourceLanguage;
            this.targetLanguage = targetLanguage;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Accumulator();
        }

        @Override
        public Accumulator addInput(Accumulator acc, Learned input) {
            acc.nameCounts(input.pass().nameCounts());
            if (input.pass().bilingual()) {
                acc.bilingual.put(input.unit().index(), input.unit());
                acc.addPairs(input.unit().index(), input.pass().trainingPairs(), maxPairs);
            }
            return acc;
        }

        @Override
        public Accumulator mergeAccumulators(Iterable<Accumulator> accumulators) {
            Accumulator merged = new Accumulator();
            for (Accumulator acc : accumulators) {
                merged.nameCounts(acc.nameCounts);
                merged.bilingual.putAll(acc.bilingual);
                acc.pairs.forEach((index, pairs) -> merged.addPairs(index, pairs, maxPairs));
            }
            return merged;
        }

        @Override
        public BatchPlan extractOutput(Accumulator acc) {
            LexicalModel.Builder training = new LexicalModel.Builder(maxPairs);
            Map<Long, List<TrainingPair>> own = new HashMap<>();
            acc.pairs.forEach((index, pairs) -> {
                List<TrainingPair> kept = training.keep(pairs);
                if (!kept.isEmpty()) {
                    own.put(index, List.copyOf(kept));
                }
            });
            UniqueStems unique = new UniqueStems();
            Map<Long, String> stems = new HashMap<>();
            List<String> warnings = new ArrayList<>();
            acc.bilingual.forEach((index, unit) -> stems.put(index, unique.assign(unit.toUnit(), warnings::add)));
            // as bitext align does: a batch too small to learn the common words is given bitext's list
            int learned = training.pairs();
            training.addDictionary(SeedLexicon.forBatch(LanguagePair.of(sourceLanguage, targetLanguage), learned));
            return new BatchPlan(training.buildOrNull(), acc.nameCounts, stems, learned, warnings, own);
        }

        @Override
        public Coder<Accumulator> getAccumulatorCoder(CoderRegistry registry, Coder<Learned> inputCoder) {
            return JavaCoder.of(Accumulator.class);
        }

        @Override
        public Coder<BatchPlan> getDefaultOutputCoder(CoderRegistry registry, Coder<Learned> inputCoder) {
            return JavaCoder.of(BatchPlan.class);
        }
    }

    /** A partial join: mutable, owned by one worker at a time. */
    static final class Accumulator implements Serializable {
        private static final long serialVersionUID = 1L;
        final Map<String, Integer> nameCounts = new HashMap<>();
        final TreeMap<Long, UnitRef> bilingual = new TreeMap<>();
        final TreeMap<Long, List<TrainingPair>> pairs = new TreeMap<>();
        long total;

        void nameCounts(Map<String, Integer> counts) {
            counts.forEach((name, n) -> nameCounts.merge(name, n, Integer::sum));
        }

        /**
         * Adds the pairs of unit {@code index}, then drops the last units while those before
         * them still hold {@code max} pairs: the lexicon is trained on the first {@code max}
         * pairs in input order, so the later ones can never count.
         */
        void addPairs(long index, List<TrainingPair> unitPairs, int max) {
            if (total >= max && index > pairs.lastKey()) {
                return;
            }
            List<TrainingPair> replaced = pairs.put(index, unitPairs);
            total += unitPairs.size() - (replaced == null ? 0 : replaced.size());
            while (pairs.size() > 1 && total - pairs.lastEntry().getValue().size() >= max) {
                total -= pairs.pollLastEntry().getValue().size();
            }
        }
    }
}
