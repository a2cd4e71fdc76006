package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecentNamesTest {
    private final NameFinder finder = new NameFinder();

    @Test
    void givesTheFindersNamesWithTheirKeys() {
        RecentNames recent = new RecentNames();
        for (String s : List.of("Abu Bakr al-Baghdadi was seen in al-Qa'im on Monday.",
                "The town of Qaim lies on the Euphrates.", "no names here at all", "")) {
            assertEquals(finder.findLatin(s), recent.of(s), s);
            assertEquals(finder.findLatin(s), recent.of(s), s + ", asked again");
        }
        assertEquals(NameKey.of("al-Qā’im"), recent.key("al-Qā’im"));
    }

    @Test
    void aSecondReaderOfASentenceGetsTheFirstOnesNames() {
        RecentNames recent = new RecentNames();
        String sentence = "Daesh fighters left Mosul.";
        assertSame(recent.of(sentence), recent.of(new String(sentence.toCharArray())));
    }

    /** The memo is emptied at its bound, and what it gives stays the finder's. */
    @Test
    void staysRightPastItsBound() {
        RecentNames recent = new RecentNames();
        for (int i = 0; i <= RecentNames.MAX_SENTENCES + 10; i++) {
            String s = "Talks in Doha " + i + " with Hamad bin Jassim.";
            assertEquals(finder.findLatin(s), recent.of(s));
        }
        String first = "Talks in Doha 0 with Hamad bin Jassim.";
        assertEquals(finder.findLatin(first), recent.of(first));
    }
}
