package org.bitext.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bitext.model.LanguageGuess;
import org.bitext.model.Span;
import org.bitext.text.SentenceSegmenter;
import org.bitext.text.lang.NgramLanguageIdentifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sentence segmentation and language identification, one news-sized paragraph (up to three
 * sentences of the dev set) per operation, cycling through all of them so that the branch
 * predictor and the caches see real variety.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextBench {
    @Param({"en", "ar"})
    String language;

    private List<String> paragraphs;
    private SentenceSegmenter segmenter;
    private NgramLanguageIdentifier identifier;
    private int next;

    @Setup
    public void setUp() {
        paragraphs = DevCorpus.fromEnvironment().paragraphs(language.equals("ar"));
        segmenter = new SentenceSegmenter();
        identifier = NgramLanguageIdentifier.standard();
    }

    private String nextParagraph() {
        String p = paragraphs.get(next);
        next = next + 1 == paragraphs.size() ? 0 : next + 1;
        return p;
    }

    @Benchmark
    public List<Span> segment() {
        return segmenter.split(nextParagraph(), language);
    }

    @Benchmark
    public LanguageGuess identifyLanguage() {
        return identifier.identify(nextParagraph());
    }
}
