package org.bitext.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.bitext.align.LexicalModel.TrainingPair;
import org.bitext.pipeline.FirstPass;
import org.junit.jupiter.api.Test;

class BatchPlanTest {
    /** The lexicon learns from the first pairs in input order, whatever order the workers' results come in. */
    @Test
    void keepsTheFirstPairsInInputOrderWhateverTheArrivalOrder() {
        BatchPlan.Fn fn = new BatchPlan.Fn(5, "en", "ar");
        BatchPlan.Accumulator late = fn.createAccumulator();
        fn.addInput(late, learned(3, 4));
        fn.addInput(late, learned(2, 2));
        BatchPlan.Accumulator early = fn.createAccumulator();
        fn.addInput(early, learned(1, 3));
        BatchPlan.Accumulator merged = fn.mergeAccumulators(List.of(late, early));
        // units 1 and 2 hold 5 pairs: unit 3 can never count, units 1 and 2 must stay
        assertEquals(List.of(1L, 2L), List.copyOf(merged.pairs.keySet()));
        assertEquals(List.of(1L, 2L, 3L), List.copyOf(merged.bilingual.keySet()));
    }

    /** Each unit's own pairs are those the lexicon took: all of the first unit's, the second's up to the cap. */
    @Test
    void eachUnitsOwnPairsAreThoseTheLexiconTook() {
        BatchPlan.Fn fn = new BatchPlan.Fn(5, "en", "ar");
        BatchPlan.Accumulator acc = fn.createAccumulator();
        fn.addInput(acc, learned(2, 4));
        fn.addInput(acc, learned(1, 3));
        BatchPlan plan = fn.extractOutput(acc);
        assertEquals(3, plan.ownPairsOf(1).size());
        assertEquals(2, plan.ownPairsOf(2).size());
        assertEquals(List.of("w2"), plan.ownPairsOf(2).get(0).source());
        assertEquals(List.of(), plan.ownPairsOf(3));
    }

    @Test
    void stemsAreGivenInInputOrder() {
        BatchPlan.Fn fn = new BatchPlan.Fn(5, "en", "ar");
        BatchPlan.Accumulator acc = fn.createAccumulator();
        fn.addInput(acc, learned(7, 0, "b/x.txt"));
        fn.addInput(acc, learned(4, 0, "a/x.txt"));
        BatchPlan plan = fn.extractOutput(acc);
        assertEquals(Map.of(4L, "x", 7L, "x~2"), plan.stems());
        assertEquals(List.of("b/x.txt: another input has the stem x; writing it as x~2"), plan.warnings());
    }

    @Test
    void nameCountsAddUp() {
        BatchPlan.Fn fn = new BatchPlan.Fn(5, "en", "ar");
        BatchPlan.Accumulator a = fn.addInput(fn.createAccumulator(), learned(1, 0));
        BatchPlan.Accumulator b = fn.addInput(fn.createAccumulator(), learned(2, 0));
        assertEquals(Map.of("Omar", 2), fn.extractOutput(fn.mergeAccumulators(List.of(a, b))).nameCounts());
    }

    private static Learned learned(long index, int pairs) {
        return learned(index, pairs, "d" + index + ".txt");
    }

    private static Learned learned(long index, int pairs, String file) {
        List<TrainingPair> training = Collections.nCopies(pairs, new TrainingPair(List.of("w" + index), List.of("v")));
        FirstPass pass = new FirstPass(true, training, Map.of("Omar", 1), 1, 1, Map.of(), Map.of(), List.of("UTF-8"),
                List.of());
        return new Learned(new UnitRef(index, "x", List.of(file)), pass);
    }
}
