package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bitext.align.AlignmentInput;
import org.bitext.io.InputUnit;
import org.bitext.model.Sentence;
import org.bitext.model.Span;
import org.junit.jupiter.api.Test;

class KeptDocumentsTest {

    private static PreparedDocument doc(String stem, String english, String arabic) {
        Sentence en = new Sentence(0, 0, new Span(0, english.length()), english);
        Sentence ar = new Sentence(0, 1, new Span(0, arabic.length()), arabic);
        AlignmentInput enInput = new AlignmentInput(List.of(english), List.of(0), List.of(List.of(english)));
        AlignmentInput arInput = new AlignmentInput(List.of(arabic), List.of(1), List.of(List.of(arabic)));
        return new PreparedDocument(new InputUnit.Single(stem, Path.of(stem + ".txt")), List.of("UTF-8"),
                List.of(en), List.of(ar), enInput, arInput, Map.of(), Map.of());
    }

    @Test
    void footprintCountsCharactersTokensAndSentencesOfBothSides() {
        // one token a side
        long expected = 2 * KeptDocuments.BYTES_PER_SENTENCE + KeptDocuments.BYTES_PER_CHAR * (5 + 3)
                + 2 * KeptDocuments.BYTES_PER_TOKEN;
        assertEquals(expected, KeptDocuments.footprint(doc("a", "hello", "abc")));
    }

    @Test
    void footprintCountsAPreparedPairBySentences() {
        PreparedDocument doc = doc("a", "hello", "abc");
        PreparedDocument withPair = doc.withPair(new org.bitext.align.SentenceAligner().prepare(doc.sourceInput(),
                doc.targetInput()));
        assertEquals(KeptDocuments.footprint(doc) + 2 * KeptDocuments.BYTES_PER_PREPARED_SENTENCE,
                KeptDocuments.footprint(withPair));
    }

    @Test
    void keepsInOrderUntilOneDoesNotFitThenNoMore() {
        PreparedDocument a = doc("a", "hello", "abc");
        PreparedDocument big = doc("big", "x".repeat(1_000), "y");
        PreparedDocument c = doc("c", "hi", "ab");
        KeptDocuments kept = new KeptDocuments(KeptDocuments.footprint(a) + KeptDocuments.footprint(c));
        assertTrue(kept.keep(a));
        assertFalse(kept.keep(big));
        // c would fit, but pass 2 re-reads the whole tail after the first miss
        assertFalse(kept.keep(c));
        assertSame(a, kept.take(a.unit()));
        assertNull(kept.take(a.unit()), "a kept document is handed out once");
        assertNull(kept.take(c.unit()));
    }

    @Test
    void droppedDocumentIsNotHandedOut() {
        PreparedDocument a = doc("a", "hello", "abc");
        KeptDocuments kept = new KeptDocuments(Long.MAX_VALUE);
        kept.keep(a);
        kept.drop(a.unit());
        assertNull(kept.take(a.unit()));
    }
}
