package org.bitext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole TMX for a small hand-built document, byte for byte. Regenerate the golden file
 * only on purpose, with {@code -Dbitext.golden.update=true}, and review the diff.
 */
class TmxGoldenTest {
    private static final String GOLDEN = "golden-small.tmx";

    @Test
    void smallDocumentGivesTheGoldenTmx() throws Exception {
        StringWriter out = new StringWriter();
        TmxSettings settings = TmxSettings.defaults("0.1.0")
                .withCreationDate(Instant.parse("2026-01-01T00:00:00Z"))
                .withExtraProps((document, bead) -> bead.type().equals("1-2")
                        ? List.of(new TmxProp("x-names", "Basra\u2192al-Basrah"))
                        : List.of());
        try (TmxWriter tmx = new TmxWriter(out, settings)) {
            tmx.write(SampleDocuments.school());
        }
        String actual = out.toString();

        if (Boolean.getBoolean("bitext.golden.update")) {
            // The copy on the test classpath is stale until the next build, so skip the comparison.
            Files.writeString(Path.of("src/test/resources/org/bitext/output", GOLDEN), actual, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
                assertNotNull(in, "missing " + GOLDEN);
                assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
            }
        }
        TmxValidation.parseValid(actual.getBytes(StandardCharsets.UTF_8));
    }
}
