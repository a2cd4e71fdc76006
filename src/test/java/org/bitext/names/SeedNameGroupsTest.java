package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The name groups of issue 5 and its seed documents: each group one name, no two groups one. */
class SeedNameGroupsTest {
    static final List<List<String>> GROUPS = List.of(
            List.of("al-Qā’im", "al-Qa'im", "al-Qaim", "Qaim", "Al Qa'im", "القائم"),
            List.of("Dā‘iš", "Daesh", "Daish", "داعش"),
            List.of("al-Bāġūz", "Baghouz", "al-Baghuz", "الباغوز"),
            List.of("Kata'ib Hizbullah", "Kataib Hezbollah", "كتائب حزب الله"),
            List.of("Qayyarah", "Qayara", "القيارة"),
            List.of("al-Bukamal", "Abukamal", "البوكمال"),
            List.of("al-Taji", "Taji", "التاجي"));

    private final NameMatcher matcher = new NameMatcher();

    @Test
    void eachGroupCollides() {
        for (List<String> g : GROUPS) {
            NameKey first = NameKey.of(g.get(0));
            for (String s : g) {
                NameKey k = NameKey.of(s);
                assertEquals(first.key(), k.key(), g.get(0) + " / " + s);
                assertTrue(matcher.matches(first, k), g.get(0) + " / " + s + " " + matcher.score(first, k));
            }
        }
    }

    @Test
    void noTwoGroupsMatch() {
        for (int i = 0; i < GROUPS.size(); i++) {
            for (int j = i + 1; j < GROUPS.size(); j++) {
                for (String a : GROUPS.get(i)) {
                    for (String b : GROUPS.get(j)) {
                        assertFalse(matcher.matches(NameKey.of(a), NameKey.of(b)), a + " / " + b);
                    }
                }
            }
        }
    }

    @Test
    void qaimAndQomAreDifferentNames() {
        assertFalse(matcher.matches(NameKey.of("Qaim"), NameKey.of("Qom")));
    }

    @Test
    void canonicalizerMakesOneGroupPerName() {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> g : GROUPS) {
            for (String s : g) {
                counts.put(s, 1);
            }
        }
        NameCanonicalizer c = NameCanonicalizer.fromCounts(counts, NameOverrides.none());
        assertEquals(GROUPS.size(), c.groups().size(), c.groups().toString());
        assertEquals("al-Qaim", c.canonical("القائم"));
        assertEquals("Daish", c.canonical("Dā‘iš"));
        assertEquals("al-Baghuz", c.canonical("Baghouz"));
    }
}
