package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
    @Test
    void reestimatedDeletionPriorFollowsTheFirstPass() {
        CostParameters first = CostParameters.defaults(1.0).withPriors(0.02, 0.05);
        List<Bead> beads = new ArrayList<>();
        int t = 0;
        for (int k = 0; k < 60; k++) {
            int count = k % 3 == 0 ? 0 : 1;
            beads.add(new Bead(k, 1, t, count, 0.9));
            t += count;
        }
        Alignment rough = new Alignment(beads, 60, 40);
        CostParameters second = SentenceAligner.reestimatePriors(first, rough);
        // 20 deletions in 60 beads, shared by the 1-0 and 0-1 shapes, shrunk towards 0.02.
        assertEquals((10 + 30 * 0.02) / 90, second.deletionPrior(), 1e-12);
        assertEquals(30 * 0.05 / 90, second.mergePrior(), 1e-12);
    }

    @Test
    void reestimatedPriorsStayNearTheDefaultsForAShortDocument() {
        CostParameters first = CostParameters.defaults(1.0);
        Alignment rough = new Alignment(List.of(new Bead(0, 1, 0, 0, 0.5)), 1, 0);
        CostParameters second = SentenceAligner.reestimatePriors(first, rough);
        assertTrue(Math.abs(second.deletionPrior() - first.deletionPrior()) < 0.02);
    }

    @Test
    void mergeDecayRisesWithTheFirstPassMergesOfTwoExtraSentencesButNeverFalls() {
        // 20 merges of one extra sentence (10 per shape), 9 of two (3 per shape): 40 pseudo-merges per shape at 0.12
        assertEquals((3 + 40 * 0.12) / (10 + 40), SentenceAligner.mergeDecay(0.12, 20, 9), 1e-12);
        assertEquals(0.12, SentenceAligner.mergeDecay(0.12, 0, 0), 1e-12);
        assertEquals(0.12, SentenceAligner.mergeDecay(0.12, 60, 0), 1e-12);
        assertEquals(0.5, SentenceAligner.mergeDecay(0.12, 0, 3000), 1e-12);
        List<Bead> beads = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            beads.add(new Bead(2 * k, 2, 2 * k, 2, 0.9));  // 30 merges 2-2
        }
        CostParameters second = SentenceAligner.reestimatePriors(CostParameters.defaults(1.0), new Alignment(beads, 60, 60));
        assertEquals(SentenceAligner.mergeDecay(CostParameters.MERGE_DECAY, 0, 30), second.mergeDecay(), 1e-12);
        assertTrue(second.mergeDecay() > CostParameters.MERGE_DECAY);
    }

    /**
     * A sentence translated as four (each piece with its own number): one 1-4 bead, where beads
     * up to 3-3 could only give 1-3 and a target sentence left over.
     */
    @Test
    void aSentenceTranslatedAsFourIsOneBead() {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        Random random = new Random(14);
        for (int i = 0; i < 12; i++) {
            String text = "w".repeat(20 + random.nextInt(40)) + " " + (1000 + i);
            source.add(text);
            target.add(text);
        }
        List<String> pieces = List.of("the first piece of it, 31,", "the second piece here 47,",
                "then the third one 58", "and at last the fourth 69.");
        source.add(6, String.join(" ", pieces));
        target.addAll(6, pieces);
        Alignment a = new SentenceAligner().align(plain(source), plain(target));
        Bead merged = a.beads().stream().filter(b -> b.sourceStart() == 6).findFirst().orElseThrow();
        assertEquals("6:1-6:4", merged.sourceStart() + ":" + merged.sourceCount() + "-" + merged.targetStart() + ":"
                + merged.targetCount());
        assertEquals(13, a.beads().size());
    }

    /** Law: for any input, the beads cover every sentence of both sides once, in order, scores in [0, 1]. */
    @Test
    void beadsCoverEverySentenceOnceInOrderForRandomInputs() {
        Random random = new Random(20240603L);
        SentenceAligner aligner = new SentenceAligner();
        for (int round = 0; round < 40; round++) {
            AlignmentInput source = randomSide(random, random.nextInt(25));
            AlignmentInput target = randomSide(random, random.nextInt(25));
            Alignment a = aligner.align(source, target);
            int s = 0;
            int t = 0;
            for (Bead bead : a.beads()) {
                assertEquals(s, bead.sourceStart());
                assertEquals(t, bead.targetStart());
                assertTrue(bead.score() >= 0 && bead.score() <= 1);
                s = bead.sourceEnd();
                t = bead.targetEnd();
            }
            assertEquals(source.size(), s);
            assertEquals(target.size(), t);
        }
    }

    /**
     * A long document (aligned coarse to fine) whose translation leaves out a passage of 300
     * sentences in the middle: the narrow bands must follow the jump, or widen where the path
     * reaches their edge, so that the passage comes out as 1-0 beads and everything else as 1-1.
     */
    @Test
    void aLongPassageLeftOutComesOutAsDeletions() {
        int n = 3_000;
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < n; i++) {
            String text = "w".repeat(5 + random.nextInt(60)) + " " + i;
            source.add(text);
            if (i < 1_200 || i >= 1_500) {
                target.add(text);
            }
        }
        Alignment a = new SentenceAligner().align(plain(source), plain(target));
        for (Bead bead : a.beads()) {
            boolean leftOut = bead.sourceStart() >= 1_200 && bead.sourceStart() < 1_500;
            assertEquals(leftOut ? "1-0" : "1-1", bead.sourceCount() + "-" + bead.targetCount(),
                    "bead at source " + bead.sourceStart());
        }
    }

    /**
     * The same in a document short enough to be aligned in one band around the diagonal: the
     * 40 sentences left out put the path 40 columns off the diagonal, ten times the band's first
     * half-width, so the band must widen where the path reaches its edge.
     */
    @Test
    void aPassageLeftOutOfAShortDocumentComesOutAsDeletions() {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            String text = "w".repeat(5 + random.nextInt(60)) + " " + i;
            source.add(text);
            if (i < 20 || i >= 60) {
                target.add(text);
            }
        }
        Alignment a = new SentenceAligner().align(plain(source), plain(target));
        assertEquals(200, a.beads().size());
        for (Bead bead : a.beads()) {
            boolean leftOut = bead.sourceStart() >= 20 && bead.sourceStart() < 60;
            assertEquals(leftOut ? "1-0" : "1-1", bead.sourceCount() + "-" + bead.targetCount(),
                    "bead at source " + bead.sourceStart());
        }
    }

    /** A second pass guided by the first pass's path finds the same 1-1 beads, and refuses a guide of another pair. */
    @Test
    void aGuidedSecondPassFollowsItsGuideAndChecksItsSize() {
        Random random = new Random(6);
        List<String> source = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            source.add("w".repeat(5 + random.nextInt(60)) + " " + i);
        }
        SentenceAligner aligner = new SentenceAligner();
        SentenceAligner.Pair pair = aligner.prepare(plain(source), plain(source));
        Alignment first = aligner.align(pair, null);
        Alignment second = aligner.align(pair, null, first);
        assertEquals(200, second.beads().size());
        assertTrue(second.beads().stream().allMatch(b -> b.sourceStart() == b.targetStart() && b.sourceCount() == 1
                && b.targetCount() == 1));
        Alignment other = new Alignment(List.of(new Bead(0, 1, 0, 1, 1.0)), 1, 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> aligner.align(pair, null, other));
    }

    private static AlignmentInput plain(List<String> sentences) {
        return AlignmentInput.unstructured(sentences, sentences.stream().map(s -> List.of(s.split(" "))).toList());
    }

    /** Coarse features merged from the sentences' features equal those computed from the joined text. */
    @Test
    void coarseFeaturesAreThoseOfTheJoinedText() {
        Random random = new Random(8);
        String[] pieces = {"Mosul", "army", "1,000", "٢٠١٩", "said:", "\"quoted\"", "(in", "brackets)", "why?", "3.5", "07"};
        for (int round = 0; round < 20; round++) {
            List<String> source = new ArrayList<>();
            List<String> target = new ArrayList<>();
            for (List<String> side : List.of(source, target)) {
                for (int i = random.nextInt(40); i > 0; i--) {
                    List<String> words = new ArrayList<>();
                    for (int w = random.nextInt(6); w > 0; w--) {
                        words.add(pieces[random.nextInt(pieces.length)]);
                    }
                    side.add(String.join(" ", words));
                }
            }
            AlignmentInput s = input(source);
            AlignmentInput t = input(target);
            int[][][] shared = SharedWords.ids(s.tokens(), t.tokens());
            AlignmentInput cs = SentenceAligner.coarsen(s);
            AlignmentInput ct = SentenceAligner.coarsen(t);
            int[][][] coarseShared = SharedWords.ids(cs.tokens(), ct.tokens());
            assertFeaturesEqual(SentenceAligner.features(cs, coarseShared[0]),
                    SentenceAligner.coarsen(SentenceAligner.features(s, shared[0])));
            assertFeaturesEqual(SentenceAligner.features(ct, coarseShared[1]),
                    SentenceAligner.coarsen(SentenceAligner.features(t, shared[1])));
        }
    }

    private static AlignmentInput input(List<String> lines) {
        return AlignmentInput.unstructured(lines,
                lines.stream().map(l -> List.of(l.toLowerCase(java.util.Locale.ROOT).split(" "))).toList());
    }

    private static void assertFeaturesEqual(List<SentenceFeatures> expected, List<SentenceFeatures> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            SentenceFeatures e = expected.get(i);
            SentenceFeatures a = actual.get(i);
            assertEquals(e.length(), a.length());
            assertEquals(e.paragraph(), a.paragraph());
            assertEquals(e.paragraphStart(), a.paragraphStart());
            org.junit.jupiter.api.Assertions.assertArrayEquals(e.numbers(), a.numbers());
            org.junit.jupiter.api.Assertions.assertArrayEquals(e.words(), a.words());
            org.junit.jupiter.api.Assertions.assertArrayEquals(e.punctuation(), a.punctuation());
        }
    }

    private static AlignmentInput randomSide(Random random, int sentences) {
        List<String> texts = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        int paragraph = 0;
        for (int i = 0; i < sentences; i++) {
            List<String> words = new ArrayList<>();
            int n = random.nextInt(15);
            for (int w = 0; w < n; w++) {
                words.add(random.nextInt(10) == 0 ? Integer.toString(random.nextInt(100))
                        : "w" + (char) ('a' + random.nextInt(6)) + (char) ('a' + random.nextInt(6)) + "xy");
            }
            texts.add(String.join(" ", words));
            tokens.add(words);
            paragraph += random.nextInt(4) == 0 ? 1 : 0;
            paragraphs.add(paragraph);
        }
        return new AlignmentInput(texts, paragraphs, tokens);
    }

    @Test
    void letterCountCountsCodePointsThatAreLettersOrDigits() {
        String[] pieces = {"a", "Z", "7", " ", ".", "é", "ب", "٣", "\u0301", "\uD835\uDC1A", "\uD835", "\uDC1A", "-", "\u00A0"};
        Random random = new Random(3);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            long expected = text.codePoints().filter(Character::isLetterOrDigit).count();
            assertEquals(expected, SentenceAligner.letterCount(text), text);
        }
    }

    @Test
    void letterCountAgreesWithTheJdkOnEveryCharacterButTheSurrogates() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String text = "a" + (char) c + "ب";
            assertEquals(2 + (Character.isLetterOrDigit(c) ? 1 : 0), SentenceAligner.letterCount(text),
                    Integer.toHexString(c));
        }
    }
}
