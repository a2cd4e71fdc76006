package org.bitext.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

/** An independent TMX reader (Okapi, as used by CAT tools) sees every unit in both languages. */
class TmxOkapiReadBackTest {

    @Test
    void okapiReadsEveryUnitWithBothLanguages() throws Exception {
        AlignedDocument school = SampleDocuments.school();
        StringWriter out = new StringWriter();
        try (TmxWriter tmx = new TmxWriter(out, TmxSettings.defaults("0.1.0")
                .withCreationDate(Instant.parse("2025-01-01T00:00:00Z")))) {
            tmx.write(school);
        }

        List<String[]> seen = new ArrayList<>();
        LocaleId english = LocaleId.fromString("en");
        LocaleId arabic = LocaleId.fromString("ar");
        try (TmxFilter filter = new TmxFilter();
             RawDocument raw = new RawDocument(out.toString(), english, arabic)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    TextContainer target = unit.getTarget(arabic);
                    assertNotNull(target, "no Arabic variant in unit " + unit.getId());
                    seen.add(new String[] {unit.getSource().toString(), target.toString()});
                }
            }
        }

        List<Bead> links = school.alignment().beads().stream().filter(Bead::isLink).toList();
        assertEquals(links.size(), seen.size());
        for (int i = 0; i < links.size(); i++) {
            assertEquals(school.sourceText(links.get(i)), seen.get(i)[0]);
            assertEquals(school.targetText(links.get(i)), seen.get(i)[1]);
        }
    }
}
