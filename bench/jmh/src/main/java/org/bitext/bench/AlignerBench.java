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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link SentenceAligner#align} on presegmented inputs built at run time from the dev set's
 * {@code preseg/} files.
 *
 * <ul>
 *   <li>{@code sentences = 0}: every dev document pair as it is (66 pairs, about 2,200 English
 *       sentences in all), aligned one after the other: one operation is the whole set.</li>
 *   <li>{@code sentences = N}: one long pair of N English sentences, made by concatenating the
 *       documents cyclically, with every eighth Arabic line dropped so that the ladder leaves
 *       the diagonal as real batches do (N × 7N/8).</li>
 * </ul>
 * Longer pairs on request: {@code bench/jmh/run.sh AlignerBench -p sentences=8000} (the
 * scaling script, bench/scaling.sh, measures whole runs of 10k to 80k sentences).
 * {@code firstPass} is the length-and-anchors alignment; {@code secondPass} adds the lexicon,
 * trained in set-up from the first pass over the dev set, as the pipeline does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignerBench {
    @Param({"0", "2000"})
    int sentences;

    private final SentenceAligner aligner = new SentenceAligner();
    private final List<AlignmentInput[]> inputs = new ArrayList<>();
    private LexicalModel lexicon;

    @Setup
    public void setUp() {
        List<DevCorpus.Pair> pairs = DevCorpus.fromEnvironment().presegmented();
        LexicalModel.Builder training = new LexicalModel.Builder(200_000);
        for (DevCorpus.Pair pair : pairs) {
            AlignmentInput en = input(pair.english());
            AlignmentInput ar = input(pair.arabic());
            training.add(en, ar, aligner.align(en, ar));
            if (sentences == 0) {
                inputs.add(new AlignmentInput[] {en, ar});
            }
        }
        lexicon = training.buildOrNull();
        if (sentences > 0) {
            inputs.add(concatenated(pairs, sentences));
        }
    }

    /** N English sentences and their Arabic lines less every eighth, documents taken cyclically. */
    static AlignmentInput[] concatenated(List<DevCorpus.Pair> pairs, int n) {
        List<String> en = new ArrayList<>();
        List<String> ar = new ArrayList<>();
        int line = 0;
        for (int k = 0; en.size() < n; k = (k + 1) % pairs.size()) {
            DevCorpus.Pair pair = pairs.get(k);
            int count = Math.min(pair.english().size(), n - en.size());
            en.addAll(pair.english().subList(0, count));
            // the same share of the Arabic document, so both sides stay translations of each other
            int arCount = (int) Math.round((double) count * pair.arabic().size() / pair.english().size());
            for (String s : pair.arabic().subList(0, Math.min(arCount, pair.arabic().size()))) {
                if (++line % 8 != 0) {
                    ar.add(s);
                }
            }
        }
        return new AlignmentInput[] {input(en), input(ar)};
    }

    static AlignmentInput input(List<String> lines) {
        return AlignmentInput.unstructured(lines, lines.stream().map(MatchTokens::of).toList());
    }

    @Benchmark
    public void firstPass(Blackhole hole) {
        for (AlignmentInput[] io : inputs) {
            hole.consume(aligner.align(io[0], io[1]));
        }
    }

    @Benchmark
    public void secondPass(Blackhole hole) {
        for (AlignmentInput[] io : inputs) {
            Alignment a = aligner.align(io[0], io[1], lexicon);
            hole.consume(a);
        }
    }
}
