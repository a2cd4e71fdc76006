package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameTransliteratorTest {
    private final NameTransliterator transliterator = new NameTransliterator();

    @Test
    void plainAsciiWithoutMarksIsLeftAsItIs() {
        assertTrue(NameTransliterator.isPlainAscii("al-Baghdadi Abu Bakr"));
        assertEquals("al-Baghdadi Abu Bakr", transliterator.plain("al-Baghdadi Abu Bakr"));
    }

    @Test
    void apostropheAndBacktickAreMarksForTheRules() {
        assertFalse(NameTransliterator.isPlainAscii("Qa'im"));
        assertFalse(NameTransliterator.isPlainAscii("Da`ish"));
        assertEquals("Qaim", transliterator.plain("Qa'im"));
    }

    @Test
    void scholarlyMarksStillGoThroughTheRules() {
        assertFalse(NameTransliterator.isPlainAscii("al-Bāġūz"));
        assertEquals("al-Baghuz", transliterator.plain("al-Bāġūz"));
    }

    /** The shortcut must give what the rules give, for every kind of ASCII-only spelling. */
    @Test
    void theShortcutAgreesWithTheRulesOnAscii() throws IOException {
        Transliterator rules;
        try (InputStream in = NameTransliterator.class.getResourceAsStream("scholarly-plain.txt")) {
            rules = Transliterator.createFromRules("test", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Transliterator.FORWARD);
        }
        StringBuilder every = new StringBuilder();
        for (char c = ' '; c <= '~'; c++) {
            every.append(c);
        }
        for (String s : List.of(every.toString(), "O'Brien", "Mu`ammar", "al-Qaim", "Hassan Nasrallah", "x\\y")) {
            String expected = rules.transliterate(s);
            assertEquals(expected, transliterator.plain(s), s);
            assertTrue(!NameTransliterator.isPlainAscii(s) || expected.equals(s), s);
        }
    }

    @Test
    void arabicToLatinIsCapitalised() {
        assertEquals("al-Qa'im", transliterator.toLatin("القائم"));
    }
}
