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
            StringBuilder s = randomText(random, alphabet, 40);
            assertEquals(keysOneRunAtATime(s.toString()), NameSignature.arabicKeys(s.toString()), s.toString());
        }
    }

    /**
     * The aligner's fast path finds exactly the keys of {@link NameSignature#arabicKeys} that are
     * wanted, in the same order, on the same random text: every key wanted, then a random half.
     */
    @Test
    void wantedKeysAreTheWantedSubsetOfAllRunKeys() {
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئٱپچژگڤکی" + "\u064E\u0651\u0640"
                + "      ،.-a'1";
        Random random = new Random(9);
        FoldedWords memo = new FoldedWords();
        for (int n = 0; n < 500; n++) {
            StringBuilder s = randomText(random, alphabet, 50);
            List<NameKey> all = NameSignature.arabicKeys(s.toString());
            java.util.Set<String> every = new java.util.HashSet<>();
            java.util.Set<String> half = new java.util.HashSet<>();
            for (NameKey k : all) {
                every.add(k.key());
                if (random.nextBoolean()) {
                    half.add(k.key());
                }
            }
            for (java.util.Set<String> wanted : List.of(every, half, java.util.Set.<String>of())) {
                List<NameKey> expected = all.stream().filter(k -> wanted.contains(k.key())).toList();
                assertEquals(expected, NameSignature.wantedArabicKeys(s.toString(), KeyTrie.of(wanted),
                        FoldedWords.UNCACHED), s.toString());
                // the batch's memo, filled by the sentences before: the same keys
                assertEquals(expected, NameSignature.wantedArabicKeys(s.toString(), KeyTrie.of(wanted),
                        memo.forThisThread()), s.toString());
            }
        }
    }

    /**
     * Arabic words are the runs of Arabic letters with marks, superscript alef and tatweel
     * dropped, as a letter-by-letter copy gives them, on random text mixing letters, marks,
     * tatweel, spaces and Latin.
     */
    @Test
    void arabicWordsAreTheLettersBetweenOtherCharacters() {
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ" + "\u064E\u0651\u0670\u0640" + "  ،.-a'1";
        Random random = new Random(11);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = randomText(random, alphabet, 40);
            List<String> expected = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i <= s.length(); i++) {
                char c = i < s.length() ? s.charAt(i) : ' ';
                if (ArabicLetters.isIgnorable(c)) {
                    continue;
                }
                if (ArabicLetters.isArabicLetter(c)) {
                    word.append(c);
                } else if (word.length() > 0) {
                    expected.add(word.toString());
                    word.setLength(0);
                }
            }
            assertEquals(expected, NameSignature.arabicWords(s.toString()), s.toString());
        }
    }

    /** Up to {@code maxLength - 1} characters drawn from {@code alphabet}. */
    private static StringBuilder randomText(Random random, String alphabet, int maxLength) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s;
    }

    /** A signature's distinct keys are its set of keys, each once, in order. */
    @Test
    void distinctKeysAreTheKeysOnceEachInOrder() {
        for (String sentence : new String[] {"Barack Obama met Michelle Obama and Obama's aides in Baghdad.",
            "No names here at all.", "Qaim, al-Qaim and Al Qaim: the same town, and Mosul."}) {
            NameSignature signature = NameSignature.ofEnglish(sentence, new NameFinder());
            String[] keys = signature.distinctKeys();
            org.junit.jupiter.api.Assertions.assertEquals(signature.keys(), java.util.Set.of(keys), sentence);
            for (int k = 1; k < keys.length; k++) {
                org.junit.jupiter.api.Assertions.assertTrue(keys[k - 1].compareTo(keys[k]) < 0, sentence);
            }
        }
    }
}
