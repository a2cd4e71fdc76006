package org.bitext.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.bitext.model.Sentence;
import org.bitext.model.Span;

/** Small hand-written aligned documents for the writer tests. */
final class SampleDocuments {
    private SampleDocuments() {
    }

    /** Builds a document from in/STEM.en.txt and in/STEM.ar.txt with every sentence in paragraph 0. */
    static AlignedDocument document(String stem, List<String> source, List<String> target, List<Bead> beads) {
        return new AlignedDocument(stem, List.of(Path.of("in", stem + ".en.txt"), Path.of("in", stem + ".ar.txt")),
                "en", "ar", sentences(source, 0), sentences(target, 0),
                new Alignment(beads, source.size(), target.size()));
    }

    /** Sentence i lies in paragraph {@code paragraphs[i]}. */
    static List<Sentence> sentences(List<String> texts, int... paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int paragraph = paragraphs.length > i ? paragraphs[i] : 0;
            sentences.add(new Sentence(i, paragraph, new Span(0, texts.get(i).length()), texts.get(i)));
        }
        return sentences;
    }

    static Bead bead(int sourceStart, int sourceCount, int targetStart, int targetCount, double score) {
        return new Bead(sourceStart, sourceCount, targetStart, targetCount, score);
    }

    /**
     * A short news item and its Arabic version, written for these tests: a 1-1, a 1-1, a 1-2,
     * a 0-1 (a credit line only the Arabic has) and a 1-1.
     */
    static AlignedDocument school() {
        List<String> english = List.of(
                "The ministry opened a new school in Basra on Monday.",
                "It will teach 400 pupils.",
                "Officials said the building cost $2 million & took a year.",
                "More schools are planned.");
        List<String> arabic = List.of(
                "افتتحت الوزارة مدرسة جديدة في البصرة يوم الاثنين.",
                "وستستقبل المدرسة 400 تلميذ.",
                "وقال مسؤولون إن المبنى كلف مليوني دولار.",
                "واستغرق بناؤه عاماً كاملاً.",
                "(تقرير: وكالة الأنباء)",
                "ومن المقرر بناء مدارس أخرى.");
        List<Bead> beads = List.of(
                bead(0, 1, 0, 1, 0.912),
                bead(1, 1, 1, 1, 0.8),
                bead(2, 1, 2, 2, 0.65),
                bead(3, 0, 4, 1, 0.1),
                bead(3, 1, 5, 1, 0.874));
        return document("school", english, arabic, beads);
    }
}
