package org.bitext.output;

import static org.bitext.output.SampleDocuments.bead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

class TmxDtdValidationTest {
    private static final String TRICKY_SOURCE = "Tom & Jerry <b>\"quoted\"</b> 'apos' ]]> end";
    /** Arabic with every kind of character XML 1.0 forbids, plus tab, CR, LF and an emoji. */
    private static final String TRICKY_TARGET = "\u0000قال\u0001 \u001F\"الوزير\" & <غداً>\uFFFE\uFFFF"
            + " \uD800x\uDC00 \uD83D\uDE00\tأ\rب\nج";
    private static final String CLEAN_TARGET = "قال \"الوزير\" & <غداً> x \uD83D\uDE00\tأ\rب\nج";

    private static byte[] write(TmxSettings settings, AlignedDocument... documents) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (TmxWriter tmx = new TmxWriter(out, settings)) {
            for (AlignedDocument document : documents) {
                tmx.write(document);
            }
        }
        return bytes.toByteArray();
    }

    private static AlignedDocument tricky() {
        return new AlignedDocument("a&b \"c\" <d>", List.of(Path.of("in", "x<&>.en.txt")), "en", "ar",
                SampleDocuments.sentences(List.of(TRICKY_SOURCE, "Dropped.")),
                SampleDocuments.sentences(List.of(TRICKY_TARGET)),
                new Alignment(List.of(bead(0, 1, 0, 1, 0.5), bead(1, 1, 1, 0, 0.2)), 2, 1));
    }

    @Test
    void trickyContentValidatesAgainstTheDtd() throws Exception {
        TmxSettings settings = TmxSettings.defaults("1.0 & \"beta\" <x>\u0007")
                .withLanguages("en-US", "ar-EG")
                .withCreationDate(Instant.parse("2024-02-29T23:59:58Z"))
                .withExtraProps((document, bead) -> List.of(new TmxProp("x-\"odd\"&", "old\u2192new; <é>\u0002")));
        Document tmx = TmxValidation.parseValid(write(settings, tricky(), SampleDocuments.school()));

        NodeList units = tmx.getElementsByTagName("tu");
        assertEquals(1 + 4, units.getLength());
        Element first = (Element) units.item(0);
        NodeList variants = first.getElementsByTagName("tuv");
        assertEquals("en-US", ((Element) variants.item(0)).getAttribute("xml:lang"));
        assertEquals("ar-EG", ((Element) variants.item(1)).getAttribute("xml:lang"));
        NodeList segs = first.getElementsByTagName("seg");
        assertEquals(TRICKY_SOURCE, segs.item(0).getTextContent());
        assertEquals(CLEAN_TARGET, segs.item(1).getTextContent());

        NodeList props = first.getElementsByTagName("prop");
        assertEquals("a&b \"c\" <d>", props.item(2).getTextContent());
        assertEquals("x<&>.en.txt", props.item(3).getTextContent());
        assertEquals("x-\"odd\"&", ((Element) props.item(4)).getAttribute("type"));
        assertEquals("old\u2192new; <é>", props.item(4).getTextContent());

        Element header = (Element) tmx.getElementsByTagName("header").item(0);
        assertEquals("1.0 & \"beta\" <x>", header.getAttribute("creationtoolversion"));
        assertEquals("20240229T235958Z", header.getAttribute("creationdate"));
        assertEquals("en-US", header.getAttribute("srclang"));
    }

    @Test
    void emptyCorpusValidatesAgainstTheDtd() throws Exception {
        Document tmx = TmxValidation.parseValid(write(TmxSettings.defaults("0.1.0")));
        assertEquals(0, tmx.getElementsByTagName("tu").getLength());
    }

    @Test
    void validatorRejectsATmxThatBreaksTheDtd() {
        // Guards the guard: a unit without <tuv> must fail, or the tests above prove nothing.
        String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
                + "<tmx version=\"1.4\"><header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\""
                + " o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body><tu></tu></body></tmx>";
        assertThrows(SAXParseException.class,
                () -> TmxValidation.parseValid(broken.getBytes(StandardCharsets.UTF_8)));
    }
}
