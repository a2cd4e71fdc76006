package org.bitext.text.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramModelTest {
    private static final long A = 'a';
    private static final long AB = 'a' << 16 | 'b';

    /** Two Latin languages; counts above 127 need several varint bytes; one count is zero. */
    private static List<NgramModel.Counts> counts() {
        return List.of(new NgramModel.Counts("Latn", List.of("en", "fr"),
                new long[][] {{1000, 900, 0, 0}, {800, 700, 0, 0}},
                new long[] {A, AB}, new int[] {300, 0, 20_000, 5}));
    }

    private static byte[] written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NgramModel.write(counts(), out);
        return out.toByteArray();
    }

    @Test
    void aModelReadBackScoresLikeTheModelWritten() throws IOException {
        NgramModel.Group direct = new NgramModel(counts()).groupOrNull(UScript.LATIN);
        NgramModel.Group read = NgramModel.read(new ByteArrayInputStream(written())).groupOrNull(UScript.LATIN);
        assertArrayEquals(direct.languages, read.languages);
        for (String text : List.of("ab", "aaa bab", "abba ab a")) {
            double[] expected = new double[2];
            double[] actual = new double[2];
            direct.score(text.toCharArray(), expected);
            read.score(text.toCharArray(), actual);
            assertArrayEquals(expected, actual, text);
        }
    }

    @Test
    void anUnseenNgramAddsNothingBeyondTheUnseenProbability() {
        NgramModel.Group group = new NgramModel(counts()).groupOrNull(UScript.LATIN);
        double[] withB = new double[2];
        double[] withC = new double[2];
        group.score("b".toCharArray(), withB);  // "b" alone is in no table
        group.score("c".toCharArray(), withC);
        assertArrayEquals(withB, withC);
    }

    /** Three Latin languages with n-grams of every order, for the scoring tests. */
    private static NgramModel.Counts richer() {
        long[] keys = {'a', 'b', 'n', ' ' << 16 | 'a', 'a' << 16 | 'n', 'n' << 16 | 'a', 'b' << 16 | 'a',
            (long) ' ' << 32 | 'b' << 16 | 'a', (long) 'b' << 32 | 'a' << 16 | 'n',
            (long) 'b' << 48 | (long) 'a' << 32 | 'n' << 16 | 'a'};
        int[] counts = new int[keys.length * 3];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (i * 7919) % 5 == 0 ? 0 : (i * 104_729) % 3000 + 1;
        }
        return new NgramModel.Counts("Latn", List.of("en", "fr", "de"),
                new long[][] {{5000, 4000, 3000, 2000}, {6000, 5000, 4000, 3000}, {900, 800, 700, 600}},
                keys, counts);
    }

    /** The scores by the definition: every n-gram's increment, then the unseen mass per order. */
    private static double[] naiveScores(NgramModel.Counts model, String text) {
        int n = model.languages().size();
        java.util.Map<Long, Integer> entry = new java.util.HashMap<>();
        for (int e = 0; e < model.keys().length; e++) {
            entry.put(model.keys()[e], e);
        }
        long[] distinct = new long[NgramFeatures.MAX_ORDER + 1];
        for (long key : model.keys()) {
            distinct[NgramModel.order(key)]++;
        }
        double[] scores = new double[n];
        int[] perOrder = new int[NgramFeatures.MAX_ORDER + 1];
        NgramFeatures.extract(text, UScript.LATIN, (key, order) -> {
            perOrder[order]++;
            Integer e = entry.get(key);
            for (int l = 0; e != null && l < n; l++) {
                int count = model.counts()[e * n + l];
                scores[l] += count == 0 ? 0 : (float) Math.log1p(count / NgramModel.SMOOTHING);
            }
        });
        for (int l = 0; l < n; l++) {
            for (int o = 1; o <= NgramFeatures.MAX_ORDER; o++) {
                double total = model.totals()[l][o - 1];
                scores[l] += perOrder[o] * Math.log(NgramModel.SMOOTHING
                        / (total + NgramModel.SMOOTHING * distinct[o]));
            }
        }
        return scores;
    }

    private static double[] scores(NgramModel.Group group, String text) {
        double[] scores = new double[group.languages.length];
        group.score(text.toCharArray(), scores);
        return scores;
    }

    @Test
    void scoresAreExactlyTheSumOfEveryNgramsIncrement() {
        NgramModel.Group group = new NgramModel(List.of(richer())).groupOrNull(UScript.LATIN);
        for (String text : List.of("banana", "Banana bandana, ANNA ban.", "a", "b n a b n a", "nab ban nab ban nab")) {
            assertArrayEquals(naiveScores(richer(), text), scores(group, text), 0.0, text);
        }
    }

    @Test
    void aWordScoresTheSameWhetherOrNotTheMemoHoldsIt() {
        NgramModel.Group fresh = new NgramModel(List.of(richer())).groupOrNull(UScript.LATIN);
        NgramModel.Group warmed = new NgramModel(List.of(richer())).groupOrNull(UScript.LATIN);
        java.util.Random random = new java.util.Random(7);
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 200_000; w++) { // many more word types than memo places: entries get replaced
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                words.append("abnx".charAt(random.nextInt(4)));
            }
            words.append(' ');
        }
        scores(warmed, words.toString());
        for (String text : List.of("banana bandana", "nab ban nab ban nab", "xx", words.substring(0, 2000))) {
            assertArrayEquals(scores(fresh, text), scores(warmed, text), 0.0, text);
            assertArrayEquals(naiveScores(richer(), text), scores(warmed, text), 0.0, text);
        }
    }

    @Test
    void aDecisiveLeadEndsTheScanWithTheScoresOfTheWordsReadSoFar() {
        NgramModel.Group group = new NgramModel(List.of(richer())).groupOrNull(UScript.LATIN);
        String text = "banan ".repeat(200);
        double[] early = new double[3];
        int scored = group.score(text.toCharArray(), early, new double[3], 5.0, 40);
        assertTrue(scored >= 40 && scored < 1000, "letters scored: " + scored);
        // the words are five letters each: the scores are exactly those of the first ones alone
        assertArrayEquals(scores(group, "banan ".repeat(scored / 5)), early, 0.0);
    }

    @Test
    void withoutALeadOrBeforeEnoughLettersTheWholeTextIsScored() {
        NgramModel.Group group = new NgramModel(List.of(richer())).groupOrNull(UScript.LATIN);
        String text = "banan ".repeat(200);
        double[] whole = scores(group, text);
        double[] neverDecided = new double[3];
        assertEquals(1000, group.score(text.toCharArray(), neverDecided, null, Double.POSITIVE_INFINITY, 0));
        assertArrayEquals(whole, neverDecided, 0.0);
        double[] tooFewLetters = new double[3];
        assertEquals(1000, group.score(text.toCharArray(), tooFewLetters, null, 5.0, 1001));
        assertArrayEquals(whole, tooFewLetters, 0.0);
    }

    @Test
    void priorsCountInTheLead() {
        NgramModel.Group group = new NgramModel(List.of(richer())).groupOrNull(UScript.LATIN);
        char[] text = "banan ".repeat(200).toCharArray();
        // a thousand letters of evidence lead by far less than 900,000 nats: only the prior can
        double[] priors = {0, 0, 1e6};
        assertTrue(group.score(text, new double[3], priors, 9e5, 40) < 100);
        assertEquals(1000, group.score(text, new double[3], null, 9e5, 40));
    }

    @Test
    void aTruncatedModelIsAnIoError() throws IOException {
        byte[] bytes = written();
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
        IOException e = assertThrows(IOException.class, () -> NgramModel.read(new ByteArrayInputStream(cut)));
        assertEquals("language model truncated or damaged", e.getMessage());
    }

    @Test
    void anotherFileIsNotAModel() {
        byte[] other = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThrows(IOException.class, () -> NgramModel.read(new ByteArrayInputStream(other)));
    }
}
