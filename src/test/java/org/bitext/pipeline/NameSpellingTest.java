package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.bitext.model.Sentence;
import org.bitext.model.Span;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.NameKey;
import org.bitext.names.NameMatcher;
import org.bitext.names.NameOverrides;
import org.bitext.names.NameSignature;
import org.junit.jupiter.api.Test;

class NameSpellingTest {
    private final NameMatcher matcher = new NameMatcher();

    @Test
    void theTranslationConfirmsARespellingThatIsAtLeastAsCloseToIt() {
        NameSignature daesh = NameSignature.ofArabic("قاتل داعش في المدينة");
        assertTrue(NameSpelling.confirms(daesh, NameKey.of("Daesh"), NameKey.of("Daish"), matcher));
    }

    @Test
    void aRespellingFartherFromTheTranslationIsRefused() {
        NameSignature luke = NameSignature.ofArabic("قال لوك إن الوضع صعب");
        assertFalse(NameSpelling.confirms(luke, NameKey.of("Luke"), NameKey.of("Lake"), matcher));
    }

    @Test
    void aNameTheTranslationDoesNotHoldIsNotRespelled() {
        NameSignature none = NameSignature.ofArabic("غادر الجيش القاعدة يوم الاثنين");
        assertFalse(NameSpelling.confirms(none, NameKey.of("Daesh"), NameKey.of("Daish"), matcher));
    }

    @Test
    void respellingKeepsTheSpellingOfASentenceAlignedWithNothing() {
        NameCanonicalizer names = NameCanonicalizer.fromTexts(
                List.of("Daish fighters left.", "Daish was beaten.", "Daesh lost."), NameOverrides.none());
        List<Sentence> en = List.of(sentence(0, "Daesh fighters left."), sentence(1, "Daesh was beaten."));
        List<Sentence> ar = List.of(sentence(0, "غادر مقاتلو داعش."));
        Alignment alignment = new Alignment(List.of(new Bead(0, 1, 0, 1, 0.9), new Bead(1, 1, 1, 0, 0.5)), 2, 1);
        AlignedDocument doc = new AlignedDocument("x", List.of(), "en", "ar", en, ar, alignment, Map.of());
        AlignedDocument out = NameSpelling.respell(doc, names);
        assertEquals("Daish fighters left.", out.source().get(0).text());
        assertEquals("Daesh was beaten.", out.source().get(1).text());
        Bead[] beads = NameSpelling.beadOfSource(doc);
        assertEquals("غادر مقاتلو داعش.", NameSpelling.translation(doc, beads[0]));
        assertEquals(null, beads[1]);
    }

    private static Sentence sentence(int index, String text) {
        return new Sentence(index, 0, new Span(0, text.length()), text);
    }
}
