package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameCanonicalizerTest {
    private static final List<String> BATCH = List.of(
            "US forces left al-Qaim.", "The al-Qaim base is near Qaim town.", "They took al-Qa'im.",
            "Al-Qaim is on the border.", "The battle of al-Bāġūz.", "Baghouz fell.");

    @Test
    void mostFrequentSpellingIsCanonical() {
        NameCanonicalizer c = NameCanonicalizer.fromTexts(BATCH, NameOverrides.none());
        assertEquals("al-Qaim", c.canonical("al-Qa'im"));
    }

    @Test
    void tieGoesToThePlainFormOfTheScholarlySpelling() {
        NameCanonicalizer c = NameCanonicalizer.fromTexts(BATCH, NameOverrides.none());
        assertEquals("al-Baghuz", c.canonical("Baghouz"));
    }

    @Test
    void rewriteRecordsChangesAndKeepsSentenceInitialCapital() {
        NameCanonicalizer c = NameCanonicalizer.fromTexts(BATCH, NameOverrides.none());
        Rewrite r = c.rewrite("Al-Qa'im and Baghouz.");
        assertEquals("Al-Qaim and al-Baghuz.", r.text());
        assertEquals(List.of(new NameChange("Al-Qa'im", "Al-Qaim"), new NameChange("Baghouz", "al-Baghuz")), r.changes());
    }

    @Test
    void countsOfPartsAddUpToTheCountsOfTheWhole() {
        NameCanonicalizer.Counter whole = new NameCanonicalizer.Counter();
        BATCH.forEach(whole::add);
        java.util.Map<String, Integer> joined = new java.util.HashMap<>();
        for (List<String> part : List.of(BATCH.subList(0, 3), BATCH.subList(3, BATCH.size()))) {
            NameCanonicalizer.Counter counter = new NameCanonicalizer.Counter();
            part.forEach(counter::add);
            counter.counts().forEach((name, n) -> joined.merge(name, n, Integer::sum));
        }
        assertEquals(whole.counts(), joined);
        assertEquals(3, joined.get("al-Qaim"));
    }

    @Test
    void overrideFileWins(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("names.tsv");
        Files.writeString(tsv, "# canonical then variants\nQaim\tالقائم\n", StandardCharsets.UTF_8);
        NameCanonicalizer c = NameCanonicalizer.fromTexts(BATCH, NameOverrides.read(tsv));
        assertEquals("Qaim", c.canonical("al-Qā’im"));
    }

    @Test
    void transliterationOfArabicOnlyNames() {
        NameTransliterator t = new NameTransliterator();
        assertEquals("al-Baghuz", t.toLatin("الباغوز"));
        assertEquals("al-Qa'im", t.toLatin("القائم"));
        assertEquals("Daish", t.plain("Dā‘iš"));
    }

    @Test
    void aCapitalisedWordThatItsDocumentWritesInLowerCaseIsNoName() {
        NameCanonicalizer.Counter counter = new NameCanonicalizer.Counter();
        counter.addDocument(List.of("Given such progress, the issue is open.", "A given day."));
        counter.addDocument(List.of("Gavin Newsom spoke."));
        assertEquals(null, counter.counts().get("Given"));
        assertEquals(1, counter.counts().get("Gavin"));
        NameCanonicalizer c = counter.build(NameOverrides.none());
        assertEquals("Given such progress, the issue is open.", c.rewrite("Given such progress, the issue is open.").text());
    }

    @Test
    void aCommonWordIsOneWordWrittenInLowerCaseElsewhere() {
        List<String> text = List.of("They don't know the well-known Time.");
        java.util.Set<String> lower = NameCanonicalizer.lowerCaseWords(text,
                java.util.Set.of("don't", "time", "well-known", "they", "know how", "known"));
        assertEquals(java.util.Set.of("don't", "well-known"), lower);
        assertEquals(true, NameCanonicalizer.isCommonWord("Don't", lower));
        assertEquals(false, NameCanonicalizer.isCommonWord("Time", lower));
        assertEquals(false, NameCanonicalizer.isCommonWord("Know How", lower));
        assertEquals(java.util.Set.of("time"), NameCanonicalizer.singleWordsInLowerCase(List.of("Time", "Know How")));
    }

    /**
     * Only the document's lower-case words that are also one of its names are looked for; the
     * set of every lower-case word (what the counter built before) gives the same answers.
     */
    @Test
    void lookingOnlyForTheNamesGivesTheSameAnswersAsEveryLowerCaseWord() {
        java.util.Random random = new java.util.Random(7);
        String[] words = {"Given", "given", "Phase", "phase", "I", "al-Qaim", "Al-Qaim", "don't", "Don't", "Time",
            "time", "well-known", "Well-Known", "Gavin", "Newsom", "the", "The", "Aa", "BB", "Ab", "aa", "bB"};
        for (int round = 0; round < 300; round++) {
            List<String> sentences = new java.util.ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(8); w++) {
                    b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
                }
                sentences.add(b.toString().trim() + ".");
            }
            java.util.Set<String> every = new java.util.HashSet<>();
            for (String s : sentences) {
                for (int[] t : NameFinder.tokens(s)) {
                    if (Character.isLowerCase(s.charAt(t[0]))) {
                        every.add(s.substring(t[0], t[1]));
                    }
                }
            }
            List<String> spellings = new java.util.ArrayList<>();
            for (String s : sentences) {
                for (NameMention m : new NameFinder().findLatin(s)) {
                    spellings.add(m.text());
                    m.words().forEach(w -> spellings.add(w.text()));
                }
            }
            java.util.Set<String> wanted = NameCanonicalizer.lowerCaseWords(sentences,
                    NameCanonicalizer.singleWordsInLowerCase(spellings));
            for (String spelling : spellings) {
                assertEquals(NameCanonicalizer.isCommonWord(spelling, every),
                        NameCanonicalizer.isCommonWord(spelling, wanted), spelling + " in " + sentences);
            }
        }
    }

    @Test
    void onlyScholarlySpellingsAreWrittenPlain() {
        NameCanonicalizer c = NameCanonicalizer.fromTexts(
                List.of("Eduardo Rodríguez Veltzé spoke.", "The Charité hospital.", "Detective Brian O'Hagan said."),
                NameOverrides.none());
        assertEquals("Rodríguez", c.canonical("Rodríguez"));
        assertEquals("Charité", c.canonical("Charité"));
        assertEquals("O'Hagan", c.canonical("O'Hagan"));
        assertEquals("al-Qaim", NameCanonicalizer.fromTexts(List.of("They took al-Qā’im."), NameOverrides.none())
                .canonical("al-Qā’im"));
    }

    @Test
    void aConfirmationDecidesEveryRespellingButWritingPlain() {
        NameCanonicalizer c = NameCanonicalizer.fromTexts(BATCH, NameOverrides.none());
        // al-Qa'im written plain is al-Qaim, the canonical form: no confirmation needed; Baghouz needs one
        assertEquals("Al-Qaim and Baghouz.", c.rewrite("Al-Qa'im and Baghouz.", (spelling, canonical) -> false).text());
        assertEquals("The battle of al-Baghuz.", c.rewrite("The battle of al-Bāġūz.", (spelling, canonical) -> false).text());
    }
}
