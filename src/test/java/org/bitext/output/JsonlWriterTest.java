package org.bitext.output;

import static org.bitext.output.SampleDocuments.bead;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {

    private static String write(AlignedDocument document) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonlWriter jsonl = new JsonlWriter(out)) {
            jsonl.write(document);
        }
        return out.toString();
    }

    @Test
    void quotesBackslashesAndControlsAreEscaped() {
        // A solidus needs no escape in JSON, so it stays as it is.
        assertEquals("\"a\\\"b\\\\c/d\"", JsonlWriter.quote("a\"b\\c/d"));
        assertEquals("\"\\b\\f\\n\\r\\t\\u0000\\u001f\\u000b\"", JsonlWriter.quote("\b\f\n\r\t\u0000\u001F\u000B"));
    }

    @Test
    void lineAndParagraphSeparatorsAreEscaped() {
        assertEquals("\"a\\u2028b\\u2029c\"", JsonlWriter.quote("a\u2028b\u2029c"));
    }

    @Test
    void arabicAndSurrogatePairsAreWrittenAsTheyAre() {
        String text = "\u0633\u0644\u0627\u0645 \uD83D\uDE00 \u007F \u0085";
        assertEquals("\"" + text + "\"", JsonlWriter.quote(text));
    }

    @Test
    void unpairedSurrogatesAreRemoved() {
        assertEquals("\"ab\"", JsonlWriter.quote("\uDC00a\uD800b\uD83D"));
    }

    @Test
    void everyBeadIsOneLineWithKeysInFixedOrder() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("ar", "EG"));
            AlignedDocument document = new AlignedDocument("d\"1", List.of(Path.of("d.txt")), "en", "ar",
                    SampleDocuments.sentences(List.of("A.", "B\nC.", "D.")),
                    SampleDocuments.sentences(List.of("\u0623.", "\u0628.")),
                    new Alignment(List.of(bead(0, 1, 0, 0, 0.25), bead(1, 2, 0, 2, 0.8736)), 3, 2));
            assertEquals("{\"doc\":\"d\\\"1\",\"src\":\"A.\",\"tgt\":\"\",\"src_idx\":[0],\"tgt_idx\":[],"
                    + "\"type\":\"1-0\",\"score\":0.250}\n"
                    + "{\"doc\":\"d\\\"1\",\"src\":\"B\\nC. D.\",\"tgt\":\"\u0623. \u0628.\",\"src_idx\":[1,2],"
                    + "\"tgt_idx\":[0,1],\"type\":\"2-2\",\"score\":0.874}\n", write(document));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
