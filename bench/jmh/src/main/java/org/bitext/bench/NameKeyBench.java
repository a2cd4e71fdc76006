package org.bitext.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bitext.names.NameKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@link NameKey#of} on the ANETAC dev names, Arabic or Latin spelling, one name per operation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NameKeyBench {
    @Param({"arabic", "latin"})
    String script;

    private List<String> names;
    private int next;

    @Setup
    public void setUp() {
        names = DevCorpus.fromEnvironment().names(script.equals("arabic"));
    }

    @Benchmark
    public NameKey key() {
        String name = names.get(next);
        next = next + 1 == names.size() ? 0 : next + 1;
        return NameKey.of(name);
    }
}
