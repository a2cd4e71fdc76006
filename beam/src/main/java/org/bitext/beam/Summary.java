package org.bitext.beam;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;
import org.bitext.pipeline.FirstPass;

/**
 * The counts of a run, added up from every unit's part: units, sentences by language,
 * paragraphs set aside, encodings, beads by type, and the failures with their reasons. Written
 * as {@code summary.tsv}: one {@code kind key value} line each, failures last in input order.
 */
final class Summary implements Serializable {
    private static final long serialVersionUID = 1L;

    long units;
    long aligned;
    long trainingPairs;
    final Map<String, Long> sentences = new TreeMap<>();
    final Map<String, Long> otherLanguages = new TreeMap<>();
    final Map<String, Long> setAside = new TreeMap<>();
    final Map<String, Long> encodings = new TreeMap<>();
    final Map<String, Long> beads = new TreeMap<>();
    final List<String> monolingual = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();

    static Summary of(Learned learned, AlignSettings settings) {
        Summary s = new Summary();
        FirstPass pass = learned.pass();
        s.units = 1;
        s.sentences.put(settings.sourceLanguage(), (long) pass.sourceSentences());
        s.sentences.merge(settings.targetLanguage(), (long) pass.targetSentences(), Long::sum);
        pass.otherLanguages().forEach((k, v) -> s.otherLanguages.put(k, (long) v));
        pass.setAside().forEach((k, v) -> s.setAside.put(k, (long) v));
        pass.encodings().forEach(e -> s.encodings.merge(e, 1L, Long::sum));
        if (!pass.bilingual()) {
            s.monolingual.add(learned.unit().stem());
        }
        s.warnings.addAll(pass.warnings());
        return s;
    }

    static Summary of(Rendered rendered) {
        Summary s = new Summary();
        s.aligned = 1;
        s.beads.putAll(rendered.beads());
        s.warnings.addAll(rendered.warnings());
        return s;
    }

    static Summary of(Failure failure) {
        Summary s = new Summary();
        // a unit that failed in pass 1 is counted here; one that failed later was counted by pass 1
        s.units = failure.stage().equals(Failure.LEARNING) ? 1 : 0;
        s.failures.add(failure);
        return s;
    }

    static Summary of(BatchPlan plan) {
        Summary s = new Summary();
        s.trainingPairs = plan.trainingPairs();
        s.warnings.addAll(plan.warnings());
        return s;
    }

    /** The warnings about the inputs themselves (files reached twice). */
    static Summary ofInputs(Inputs inputs) {
        Summary s = new Summary();
        s.warnings.addAll(inputs.warnings());
        return s;
    }

    static Summary monolingual(String stem) {
        Summary s = new Summary();
        s.monolingual.add(stem);
        return s;
    }

    void add(Summary o) {
        units += o.units;
        aligned += o.aligned;
        trainingPairs += o.trainingPairs;
        o.sentences.forEach((k, v) -> sentences.merge(k, v, Long::sum));
        o.otherLanguages.forEach((k, v) -> otherLanguages.merge(k, v, Long::sum));
        o.setAside.forEach((k, v) -> setAside.merge(k, v, Long::sum));
        o.encodings.forEach((k, v) -> encodings.merge(k, v, Long::sum));
        o.beads.forEach((k, v) -> beads.merge(k, v, Long::sum));
        monolingual.addAll(o.monolingual);
        warnings.addAll(o.warnings);
        failures.addAll(o.failures);
    }

    /** The summary file: sorted, so that it does not depend on how the runner split the work. */
    String toTsv() {
        StringBuilder b = new StringBuilder();
        line(b, "units", "total", units);
        line(b, "units", "aligned", aligned);
        line(b, "units", "monolingual", monolingual.size());
        line(b, "units", "failed", failures.size());
        line(b, "lexicon", "training pairs", trainingPairs);
        sentences.forEach((k, v) -> line(b, "sentences", k, v));
        beads.forEach((k, v) -> line(b, "beads", k, v));
        otherLanguages.forEach((k, v) -> line(b, "other language", k, v));
        setAside.forEach((k, v) -> line(b, "set aside", k, v));
        encodings.forEach((k, v) -> line(b, "encoding", k, v));
        monolingual.stream().sorted().forEach(stem -> b.append("monolingual\t").append(Failure.oneCell(stem))
                .append("\t-\n"));
        warnings.stream().sorted().forEach(w -> b.append("warning\t").append(Failure.oneCell(w)).append("\t-\n"));
        failures.stream().sorted(Comparator.comparingLong(Failure::index).thenComparing(Failure::message))
                .forEach(f -> b.append("failure\t").append(Failure.oneCell(f.message())).append('\t')
                        .append(f.stage()).append('\n'));
        return b.toString();
    }

    private static void line(StringBuilder b, String kind, String key, long value) {
        b.append(kind).append('\t').append(Failure.oneCell(key)).append('\t').append(value).append('\n');
    }

    /** Adds up the parts. */
    static final class Fn extends Combine.CombineFn<Summary, Summary, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public Summary createAccumulator() {
            return new Summary();
        }

        @Override
        public Summary addInput(Summary acc, Summary part) {
            acc.add(part);
            return acc;
        }

        @Override
        public Summary mergeAccumulators(Iterable<Summary> accumulators) {
            Summary merged = new Summary();
            accumulators.forEach(merged::add);
            return merged;
        }

        @Override
        public String extractOutput(Summary acc) {
            return acc.toTsv();
        }

        @Override
        public Coder<Summary> getAccumulatorCoder(CoderRegistry registry, Coder<Summary> inputCoder) {
            return JavaCoder.of(Summary.class);
        }
    }
}
