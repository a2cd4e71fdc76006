package org.bitext.output;

import static org.bitext.output.SampleDocuments.bead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.junit.jupiter.api.Test;

class MosesWriterTest {

    @Test
    void bothSidesHaveOneLinePerLinkBead() throws IOException {
        AlignedDocument withBreaks = new AlignedDocument("b", List.of(Path.of("b.txt")), "en", "ar",
                SampleDocuments.sentences(List.of("one\ntwo", "three\r\n\u2028four", "gone")),
                SampleDocuments.sentences(List.of("\u0648\u0627\u062D\u062F\u0085\u0627\u062B\u0646\u0627\u0646",
                        "\u062B\u0644\u0627\u062B\u0629\t\u0623\u0631\u0628\u0639\u0629")),
                new Alignment(List.of(bead(0, 1, 0, 1, 0.9), bead(1, 1, 1, 1, 0.8), bead(2, 1, 2, 0, 0.1)), 3, 2));
        StringWriter source = new StringWriter();
        StringWriter target = new StringWriter();
        MosesWriter moses = new MosesWriter(source, target);
        moses.write(SampleDocuments.school());
        moses.write(withBreaks);
        moses.end();

        assertEquals(6, moses.written());
        assertEquals(6, source.toString().split("\n", -1).length - 1);
        assertEquals(6, target.toString().split("\n", -1).length - 1);
        assertEquals(source.toString().lines().count(), target.toString().lines().count());
        assertEquals(List.of("one two", "three four"), source.toString().lines().skip(4).toList());
        assertEquals(List.of("\u0648\u0627\u062D\u062F \u0627\u062B\u0646\u0627\u0646",
                "\u062B\u0644\u0627\u062B\u0629\t\u0623\u0631\u0628\u0639\u0629"),
                target.toString().lines().skip(4).toList());
    }

    @Test
    void sameWriterForBothSidesIsRejected() {
        StringWriter out = new StringWriter();
        assertThrows(IllegalArgumentException.class, () -> new MosesWriter(out, out));
    }
}
