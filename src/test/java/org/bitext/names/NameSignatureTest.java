package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameSignatureTest {
    /** What {@link NameSignature#arabicKeys} promises: NameKey.of of every run's spelling. */
    private static List<NameKey> keysOneRunAtATime(String sentence) {
        List<String> words = NameSignature.arabicWords(sentence);
        List<NameKey> keys = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String first : NameSignature.withoutClitics(words.get(i))) {
                StringBuilder run = new StringBuilder(first);
                for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                    if (j > i) {
                        run.append(' ').append(words.get(j));
                    }
                    keys.add(NameKey.of(run.toString()));
                }
            }
        }
        return keys;
    }

    @Test
    void runKeysFoldedWordByWordEqualTheKeysOfTheRunSpellings() {
        for (String s : List.of(
                "خلال معركة الباغوز، تحت سيطرة داعش، قرب القائم",
                "وقالت غرفة العمليات المشتركة في بيان",
                "وببغداد وللعراق فالله عبدالله نصرالله",      // clitics, لل, Allah
                "مُحَمَّد بن سلمان ـــ آل سعود",                 // harakat and tatweel are ignored
                "تشاد دد ددد هه ههه",                          // TEH SHEEN, doubled letters across words, final h
                "Ali علي 2019 ١٩ إبراهيم أحمد ؤئء",
                "", "   ", "a b c")) {
            assertEquals(keysOneRunAtATime(s), NameSignature.arabicKeys(s), s);
        }
    }

    /** Seeded random strings over Arabic letters, marks, spaces, Latin and punctuation. */
    @Test
    void runKeysEqualTheKeysOfTheRunSpellingsOnRandomText() {
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئٱپچژگڤکی" + "\u064E\u0651\u0640\u200F"
                + "      ،.-aZ'1";
        Random random = new Random(8);
        for (int n = 0; n < 500; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(keysOneRunAtATime(s.toString()), NameSignature.arabicKeys(s.toString()), s.toString());
        }
    }

    @Test
    void wantedKeysAreTheKeysOfAllRunsFiltered() {
        String s = "وقال عبدالله بن سلمان في بغداد إن القائم وببغداد";
        java.util.Set<String> wanted = java.util.Set.of("bgd", "slmn", "km");
        List<NameKey> all = NameSignature.arabicKeys(s);
        List<NameKey> expected = all.stream().filter(k -> wanted.contains(k.key())).toList();
        assertEquals(expected, NameSignature.arabicKeys(s, wanted::contains));
        org.junit.jupiter.api.Assertions.assertFalse(expected.isEmpty());
    }
}
