package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.bitext.pipeline.BatchReport;
import org.bitext.pipeline.LanguagePair;

/** The batch summary printed on standard error after a run. */
final class Summary {
    private final BatchReport report;
    private final LanguagePair languages;
    private final UnaryOperator<String> fileNames;

    Summary(BatchReport report, LanguagePair languages) {
        this(report, languages, UnaryOperator.identity());
    }

    /** @param fileNames how to show a message that names files (standard input's temporary copy) */
    Summary(BatchReport report, LanguagePair languages, UnaryOperator<String> fileNames) {
        this.report = report;
        this.languages = languages;
        this.fileNames = fileNames;
    }

    void print(PrintWriter err) {
        err.println("bitext: " + report.units() + (report.units() == 1 ? " document or pair, " : " documents or pairs, ")
                + report.aligned() + " aligned, "
                + report.monolingual().size() + " with one language only, " + report.failures().size() + " failed");
        err.println("bitext: sentences: " + languages.source() + " " + report.sourceSentences() + ", "
                + languages.target() + " " + report.targetSentences());
        if (!report.beadsByType().isEmpty()) {
            err.println("bitext: beads: " + join(report.beadsByType()));
        }
        if (report.lexiconPairs() > 0 || report.seedWords() > 0) {
            err.println("bitext: lexicon learned from " + report.lexiconPairs() + " sentence pairs"
                    + (report.seedWords() > 0 ? " and bitext's list of " + report.seedWords() + " common news words"
                        + " (a batch this small has too few of its own)" : ""));
        } else if (report.aligned() > report.upToDate().size()) {
            // a small batch: its alignments lack the word model, which a user may want to know
            err.println("bitext: no lexicon learned (too few sentence pairs): aligned by length, numbers and names only");
        }
        if (report.belowMinScore() > 0) {
            err.println("bitext: pairs under --min-score, written as unaligned sentences: " + report.belowMinScore());
        }
        if (!report.upToDate().isEmpty()) {
            err.println("bitext: up to date, kept (--resume): " + report.upToDate().size());
        }
        if (!report.monolingual().isEmpty()) {
            err.println("bitext: no pairs (one language only): " + String.join(", ", report.monolingual()));
        }
        if (!report.otherLanguages().isEmpty()) {
            err.println("bitext: paragraphs in other languages, set aside: " + join(report.otherLanguages()));
        }
        if (!report.setAside().isEmpty()) {
            err.println("bitext: paragraphs set aside: " + join(report.setAside()));
        }
        if (!report.encodings().isEmpty()) {
            err.println("bitext: files by encoding: " + join(report.encodings()));
        }
        for (String failure : report.failures()) {
            err.println("bitext: skipped: " + fileNames.apply(failure));
        }
    }

    private static String join(Map<String, ? extends Number> counts) {
        return new java.util.TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
