package org.bitext.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bitext.align.AlignmentInput;
import org.bitext.align.LexicalModel;
import org.bitext.align.SentenceAligner;
import org.bitext.model.Alignment;
import org.bitext.text.MatchTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The parts of the aligner's cost model reachable through the public API. The bead cost itself
 * ({@code org.bitext.align.FeatureCost}) is package-private and is measured inside
 * {@link AlignerBench}; here: the word tokens every lexical cost is computed from, and training
 * the IBM Model 1 lexicon on the first pass's beads of the whole dev set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LexiconBench {
    private final List<AlignmentInput[]> inputs = new ArrayList<>();
    private final List<Alignment> rough = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();

    @Setup
    public void setUp() {
        SentenceAligner aligner = new SentenceAligner();
        for (DevCorpus.Pair pair : DevCorpus.fromEnvironment().presegmented()) {
            AlignmentInput en = AlignerBench.input(pair.english());
            AlignmentInput ar = AlignerBench.input(pair.arabic());
            inputs.add(new AlignmentInput[] {en, ar});
            rough.add(aligner.align(en, ar));
            sentences.addAll(pair.english());
            sentences.addAll(pair.arabic());
        }
    }

    /** Tokens of every dev sentence, both languages (about 4,400 sentences per operation). */
    @Benchmark
    public void matchTokens(Blackhole hole) {
        for (String s : sentences) {
            hole.consume(MatchTokens.of(s));
        }
    }

    /** Model 1 on the confident beads of the dev set's first pass. */
    @Benchmark
    public LexicalModel trainLexicon() {
        LexicalModel.Builder training = new LexicalModel.Builder(200_000);
        for (int i = 0; i < inputs.size(); i++) {
            training.add(inputs.get(i)[0], inputs.get(i)[1], rough.get(i));
        }
        return training.buildOrNull();
    }
}
