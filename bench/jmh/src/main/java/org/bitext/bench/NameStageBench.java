package org.bitext.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.bitext.names.FoldedWords;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.NameFinder;
import org.bitext.names.NameKey;
import org.bitext.names.NameSignature;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The name stages of a batch, one dev document pair (ar-en-docs-dev preseg, ntrex then tico) per
 * operation, as the pipeline runs them: the English names found ({@code findLatin}, with a memo
 * of keys as the aligner keeps), counted for canonical spellings ({@code count}, pass 1), and the
 * Arabic side's signatures against the English names ({@code arabicSignatures}, the aligner's
 * name anchors, with a memo of word folds shared between documents). These read every word of
 * every sentence and were a fifth of a batch's CPU time in session 8's profile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NameStageBench {
    private List<DevCorpus.Pair> pairs;
    private List<Set<String>> wanted;
    private int next;
    private final NameFinder finder = new NameFinder();
    private final Map<String, NameKey> keys = new ConcurrentHashMap<>();
    private final FoldedWords folds = new FoldedWords();

    @Setup
    public void setUp() {
        pairs = DevCorpus.fromEnvironment().presegmented();
        wanted = pairs.stream().map(pair -> {
            Set<String> names = new HashSet<>();
            for (String sentence : pair.english()) {
                names.addAll(NameSignature.ofEnglish(sentence, finder, this::key).keys());
            }
            return names;
        }).toList();
    }

    private NameKey key(String spelling) {
        return keys.computeIfAbsent(spelling, NameKey::of);
    }

    private int nextPair() {
        int at = next;
        next = next + 1 == pairs.size() ? 0 : next + 1;
        return at;
    }

    @Benchmark
    public int findLatin() {
        int found = 0;
        for (String sentence : pairs.get(nextPair()).english()) {
            found += finder.findLatin(sentence, this::key).size();
        }
        return found;
    }

    @Benchmark
    public Map<String, Integer> count() {
        NameCanonicalizer.Counter counter = new NameCanonicalizer.Counter();
        counter.addDocument(pairs.get(nextPair()).english());
        return counter.counts();
    }

    @Benchmark
    public int arabicSignatures() {
        int at = nextPair();
        if (wanted.get(at).isEmpty()) {
            return 0;
        }
        NameSignature.ArabicDocument document = new NameSignature.ArabicDocument(wanted.get(at), folds);
        int names = 0;
        for (String sentence : pairs.get(at).arabic()) {
            names += document.signature(sentence).nameCount() + 1;
        }
        return names;
    }
}
