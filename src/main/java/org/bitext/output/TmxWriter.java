package org.bitext.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;

/**
 * Writes TMX 1.4b that validates against the TMX 1.4 DTD: one {@code <tu>} per bead that has
 * both sides, with the bead's score, shape, document stem and source file names as
 * {@code x-} properties, followed by the caller's extra properties, then the source and target
 * {@code <tuv>}. Insertions and deletions (1-0, 0-1) are not translations and are left out.
 * {@code x-source} lists the input file names (no directories, so that the output does not
 * depend on where the corpus lies) separated by {@code "; "}.
 *
 * <p>The header names one source language for the whole file, so every document must have the
 * languages of the settings, compared by primary subtag ({@code en} matches {@code en-US});
 * {@link #write} rejects any other with an {@link IllegalArgumentException} naming its stem.
 *
 * <p>Output is deterministic: two-space indentation, LF line ends, attributes in DTD order,
 * numbers formatted with {@link Locale#ROOT}, and no clock reading.
 */
public final class TmxWriter extends StreamingCorpusWriter {
    public static final String CREATION_TOOL = "bitext";

    /** TMX dates are ISO 8601 basic format in UTC: {@code YYYYMMDDThhmmssZ}. */
    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String NL = "\n";

    private final Writer out;
    private final TmxSettings settings;

    public TmxWriter(Writer out, TmxSettings settings) {
        this.out = Objects.requireNonNull(out, "out");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    void writeHeader() throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(NL);
        b.append("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">").append(NL);
        b.append("<tmx version=\"1.4\">").append(NL);
        b.append("  <header");
        attribute(b, "creationtool", CREATION_TOOL);
        attribute(b, "creationtoolversion", settings.creationToolVersion());
        attribute(b, "segtype", "sentence");
        attribute(b, "o-tmf", CREATION_TOOL);
        attribute(b, "adminlang", "en");
        attribute(b, "srclang", settings.sourceLanguage());
        attribute(b, "datatype", "plaintext");
        if (settings.creationDate().isPresent()) {
            attribute(b, "creationdate", TMX_DATE.format(settings.creationDate().get()));
        }
        b.append("/>").append(NL);
        b.append("  <body>").append(NL);
        out.write(b.toString());
    }

    @Override
    long writeDocument(AlignedDocument document) throws IOException {
        checkLanguages(document);
        String sources = document.sources().stream()
                .map(TmxWriter::fileName)
                .collect(Collectors.joining("; "));
        long units = 0;
        StringBuilder b = new StringBuilder(ROW_CAPACITY);
        for (Bead bead : document.alignment().beads()) {
            if (!bead.isLink()) {
                continue;
            }
            List<TmxProp> props = new ArrayList<>();
            props.add(new TmxProp("x-score", formatScore(bead.score())));
            props.add(new TmxProp("x-bead", bead.type()));
            props.add(new TmxProp("x-document", document.stem()));
            props.add(new TmxProp("x-source", sources));
            props.addAll(settings.extraProps().propsFor(document, bead));

            b.setLength(0);
            b.append("    <tu>").append(NL);
            for (TmxProp prop : props) {
                b.append("      <prop");
                attribute(b, "type", prop.type());
                b.append('>').append(XmlText.content(prop.value())).append("</prop>").append(NL);
            }
            variant(b, settings.sourceLanguage(), document.sourceText(bead));
            variant(b, settings.targetLanguage(), document.targetText(bead));
            b.append("    </tu>").append(NL);
            out.append(b);
            units++;
        }
        return units;
    }

    @Override
    void writeFooter() throws IOException {
        out.write("  </body>" + NL + "</tmx>" + NL);
    }

    @Override
    void flush() throws IOException {
        out.flush();
    }

    /**
     * The header states one source language for the whole file, so a document whose languages
     * differ from the settings (ignoring region and case) would make the file lie.
     */
    private void checkLanguages(AlignedDocument document) {
        if (!sameLanguage(settings.sourceLanguage(), document.sourceLanguage())
                || !sameLanguage(settings.targetLanguage(), document.targetLanguage())) {
            throw new IllegalArgumentException(document.stem() + ": languages " + document.sourceLanguage()
                    + "/" + document.targetLanguage() + " do not match the TMX settings "
                    + settings.sourceLanguage() + "/" + settings.targetLanguage());
        }
    }

    private static boolean sameLanguage(String tag, String code) {
        return primary(tag).equals(primary(code));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return (name == null ? path : name).toString();
    }

    private static void variant(StringBuilder b, String language, String text) {
        b.append("      <tuv");
        attribute(b, "xml:lang", language);
        b.append('>').append(NL);
        b.append("        <seg>").append(XmlText.content(text)).append("</seg>").append(NL);
        b.append("      </tuv>").append(NL);
    }

    private static void attribute(StringBuilder b, String name, String value) {
        b.append(' ').append(name).append("=\"").append(XmlText.attribute(value)).append('"');
    }
}
