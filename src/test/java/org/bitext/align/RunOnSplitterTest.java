package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.bitext.align.LexicalModel.TrainingPair;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;
import org.junit.jupiter.api.Test;

class RunOnSplitterTest {
    /** English words and their translations in a second language (German: the splitter knows no language). */
    private static final String[][] DICTIONARY = {
        {"cough", "husten"}, {"today", "heute"}, {"chest", "brust"}, {"pain", "schmerz"}, {"bad", "schlimm"},
        {"doctor", "arzt"}, {"need", "brauche"}, {"have", "habe"}, {"fever", "fieber"}, {"breathing", "atmen"},
        {"nose", "nase"}, {"blood", "blut"}, {"pressure", "druck"}, {"image", "bild"}, {"home", "hause"},
        {"children", "kinder"}, {"and", "und"}, {"i", "ich"}, {"my", "meine"}, {"is", "ist"},
    };
    private static final Function<String, List<String>> FOLD =
            word -> List.of(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "")).stream()
                    .filter(w -> !w.isEmpty()).toList();
    private static final LexicalModel LEXICON = lexicon(0);
    /**
     * The dictionary's words among 60 others, so that each is in a few percent of the training
     * pairs, as a content word of real text is, and "and" in every pair, as a function word is:
     * in {@link #LEXICON} every word is in a fifth of them, and the silence of none says much.
     */
    private static final LexicalModel RARER_WORDS = lexicon(60);

    private static LexicalModel lexicon(int others) {
        List<String[]> entries = new ArrayList<>(Arrays.asList(DICTIONARY));
        for (int k = 0; k < others; k++) {
            entries.add(new String[] {"word" + k, "wort" + k});
        }
        Random random = new Random(7);
        List<TrainingPair> pairs = new ArrayList<>();
        for (int k = 0; k < 400 + 20 * others; k++) {
            List<String> source = new ArrayList<>(others > 0 ? List.of("and") : List.of());
            List<String> target = new ArrayList<>(others > 0 ? List.of("und") : List.of());
            int length = 3 + random.nextInt(4);
            for (int w = 0; w < length; w++) {
                String[] entry = entries.get(random.nextInt(entries.size()));
                source.add(entry[0]);
                target.add(entry[1]);
            }
            pairs.add(new TrainingPair(source, target));
        }
        return new LexicalModel.Builder(10_000).addAll(pairs).buildOrNull();
    }

    private static final List<String> CONTEXT_SOURCE = List.of(
            "and i have fever today", "and my nose is bad", "and i need blood pressure", "and children have fever");
    private static final List<String> CONTEXT_TARGET = List.of(
            "und ich habe fieber heute", "und meine nase ist schlimm", "und ich brauche blut druck",
            "und kinder habe fieber");

    private static RunOnSplitter.Result split(String source, String target) {
        return split(source, target, LEXICON);
    }

    private static RunOnSplitter.Result split(String source, String target, LexicalModel lexicon) {
        List<String> sources = new ArrayList<>(List.of(source));
        sources.addAll(CONTEXT_SOURCE);
        List<String> targets = new ArrayList<>(List.of(target));
        targets.addAll(CONTEXT_TARGET);
        List<Bead> beads = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            beads.add(new Bead(k, 1, k, 1, 0.9));
        }
        return new RunOnSplitter(lexicon, FOLD).split(sources, targets, new Alignment(beads, sources.size(),
                targets.size()));
    }

    private static List<String> texts(List<String> sentences, List<RunOnSplitter.Piece> pieces) {
        return pieces.stream().map(p -> sentences.get(p.sentence()).substring(p.start(), p.end())).toList();
    }

    @Test
    void runOnSpeechIsCutWhereBothSidesStartNewSentences() {
        String source = "and i have a cough today and my chest pain is bad and i need a doctor";
        String target = "und ich habe husten heute und meine brust schmerz ist schlimm und ich brauche arzt";
        RunOnSplitter.Result result = split(source, target);
        List<String> sources = new ArrayList<>(List.of(source));
        sources.addAll(CONTEXT_SOURCE);
        List<String> targets = new ArrayList<>(List.of(target));
        targets.addAll(CONTEXT_TARGET);
        assertEquals(List.of("and i have a cough today", "and my chest pain is bad", "and i need a doctor"),
                texts(sources, result.source()).subList(0, 3));
        assertEquals(List.of("und ich habe husten heute", "und meine brust schmerz ist schlimm",
                "und ich brauche arzt"), texts(targets, result.target()).subList(0, 3));
        List<Bead> beads = result.alignment().beads();
        assertEquals(List.of("1-1", "1-1", "1-1"), beads.subList(0, 3).stream().map(Bead::type).toList());
        assertEquals(0.9, beads.get(1).score(), 1e-12, "parts keep the bead's score");
        assertEquals(7, beads.size());
    }

    @Test
    void anUntranslatedSentenceRunIntoATranslatedOneBecomesABeadOfItsOwn() {
        String source = "and i have a cough today and my chest pain is bad and the children need blood pressure at home";
        String target = "und ich habe husten heute und meine brust schmerz ist schlimm";
        RunOnSplitter.Result result = split(source, target, RARER_WORDS);
        List<String> sources = new ArrayList<>(List.of(source));
        sources.addAll(CONTEXT_SOURCE);
        assertEquals(List.of("and i have a cough today", "and my chest pain is bad",
                "and the children need blood pressure at home"), texts(sources, result.source()).subList(0, 3));
        assertEquals(List.of("1-1", "1-1", "1-0"),
                result.alignment().beads().subList(0, 3).stream().map(Bead::type).toList());
        // and a note the translator added at the start
        result = split("and my chest pain is bad", "und kinder brauche blut druck heute und meine brust schmerz ist schlimm",
                RARER_WORDS);
        assertEquals(List.of("0-1", "1-1"), result.alignment().beads().subList(0, 2).stream().map(Bead::type).toList());
    }

    @Test
    void aPartOfWordsTheModelHardlyKnowsIsNotLeftAlone() {
        // the same bead with the common-word model: its words are as frequent as function words
        RunOnSplitter.Result result = split(
                "and i have a cough today and my chest pain is bad and the children need blood pressure at home",
                "und ich habe husten heute und meine brust schmerz ist schlimm");
        assertTrue(result.alignment().beads().stream().allMatch(Bead::isLink));
    }

    @Test
    void aLinkWhoseSideNeitherStartsNorEndsAsASentenceScoresAsOftenAsSuchRowsAreRight() {
        List<String> sources = List.of("and i have a cough today", "and are you having a fever now?",
                "Written sentence.", "and the rest", "the last row");
        List<String> targets = List.of("وأعاني من السعال اليوم", "وهل تعاني من الحمى الآن؟", "جملة مكتوبة.",
                "والباقي", "الصف الأخير");
        Alignment alignment = new Alignment(List.of(new Bead(0, 1, 0, 1, 1.0), new Bead(1, 1, 1, 1, 1.0),
                new Bead(2, 1, 2, 1, 0.8), new Bead(3, 1, 3, 0, 0.9), new Bead(4, 1, 3, 2, 0.9)), 5, 5);
        List<Double> scores = RunOnSplitter.withGuessedBoundariesScored(sources, targets, alignment).beads().stream()
                .map(Bead::score).toList();
        double p = RunOnSplitter.GUESSED_BOUNDARIES_PRECISION;
        // lower case and no stop; a question mark; a written sentence; not a link; lower case, no stop
        assertEquals(List.of(p, 1.0, 0.8, 0.9, 0.9 * p), scores);
        Alignment written = new Alignment(List.of(new Bead(0, 1, 0, 1, 1.0)), 1, 1);
        assertTrue(written == RunOnSplitter.withGuessedBoundariesScored(List.of("Written sentence."), List.of("جملة"),
                written), "an alignment without such beads is returned as it is");
    }

    @Test
    void aHeadlineRunIntoItsStoryIsCutOnTheOtherSideWhereItsOwnSentenceEnds() {
        List<Bead> beads = splitTwoToOne("Doctor need blood pressure");
        assertEquals(List.of("1-1", "1-1"), beads.subList(0, 2).stream().map(Bead::type).toList());
        // a translator's join of two written sentences stays one bead
        assertEquals("2-1", splitTwoToOne("Doctor need blood pressure.").get(0).type());
    }

    /** The beads after splitting a 2-1 bead of {@code headline} and a story sentence beside one sentence of both. */
    private static List<Bead> splitTwoToOne(String headline) {
        List<String> sources = new ArrayList<>(List.of(headline, "My children have fever today."));
        sources.addAll(CONTEXT_SOURCE);
        List<String> targets = new ArrayList<>(List.of("Arzt brauche blut druck meine kinder habe fieber heute."));
        targets.addAll(CONTEXT_TARGET);
        List<Bead> beads = new ArrayList<>(List.of(new Bead(0, 2, 0, 1, 0.9)));
        for (int k = 0; k < CONTEXT_SOURCE.size(); k++) {
            beads.add(new Bead(k + 2, 1, k + 1, 1, 0.9));
        }
        RunOnSplitter.Result result = new RunOnSplitter(LEXICON, FOLD).split(sources, targets,
                new Alignment(beads, sources.size(), targets.size()));
        if (result.alignment().beads().get(0).type().equals("1-1")) {
            assertEquals(List.of("Arzt brauche blut druck", "meine kinder habe fieber heute."),
                    texts(targets, result.target()).subList(0, 2));
            assertEquals(List.of(headline, "My children have fever today."), texts(sources, result.source()).subList(0, 2));
        }
        return result.alignment().beads();
    }

    @Test
    void wellFormedSentencesAreNotCut() {
        String source = "And i have a cough today and my chest pain is bad and i need a doctor.";
        RunOnSplitter.Result result = split(source,
                "Und ich habe husten heute und meine brust schmerz ist schlimm und ich brauche arzt.");
        assertEquals(5, result.source().size());
        assertEquals(5, result.alignment().beads().size());
        assertEquals(new RunOnSplitter.Piece(0, 0, source.length()), result.source().get(0));
    }

    @Test
    void noCutWhereTheWordsDoNotTranslateEachOtherInOrder() {
        // The second clause of each side translates the other's first: every cut crosses links.
        RunOnSplitter.Result result = split("and my chest pain is bad and i need a doctor",
                "und ich brauche arzt und meine brust schmerz ist schlimm");
        assertEquals(5, result.source().size());
    }

    @Test
    void aSentenceLooksRunOnWhenItStartsInLowerCase() {
        assertTrue(RunOnSplitter.looksRunOn("and are you having a fever now?"));
        assertTrue(RunOnSplitter.looksRunOn("\"mandatory registration using a paper form"));
        assertFalse(RunOnSplitter.looksRunOn("Deptford road crash: Cyclist dies"));
        assertFalse(RunOnSplitter.looksRunOn("وهل تعاني من الحمى الآن؟"), "a script without case is no sign");
        assertFalse(RunOnSplitter.looksRunOn("2020"));
    }

    @Test
    void aSentenceThatOpensWithANumberLooksRunOnOnlyWithoutAFinalStop() {
        // a written sentence: its first word is a number, the next one lower case in any text
        assertFalse(RunOnSplitter.looksRunOn("10 countries have localised school closures, UNESCO estimates."));
        assertFalse(RunOnSplitter.looksRunOn("\"20 million people watched,\" he said."));
        // a list item, numbered or opening with a number, without a stop
        assertTrue(RunOnSplitter.looksRunOn("14-day quarantine or a test upon arrival"));
        assertTrue(RunOnSplitter.looksRunOn("1) mandatory registration using a paper form."));
        assertTrue(RunOnSplitter.looksRunOn("2. a history of travel to Wuhan"));
    }

    @Test
    void cutsOnlyBetweenWordsWithNoMarkBetweenThem() {
        assertTrue(RunOnSplitter.canCutBefore("age", "and"));
        assertTrue(RunOnSplitter.canCutBefore("عمرك", "وبالإضافة"));
        assertFalse(RunOnSplitter.canCutBefore("pain,", "and"));
        assertFalse(RunOnSplitter.canCutBefore("الآن؟،", "وبالإضافة"));
        assertFalse(RunOnSplitter.canCutBefore("crash:", "Cyclist"));
        assertFalse(RunOnSplitter.canCutBefore("symptoms", "(fever"));
    }

    @Test
    void aBoundaryNeedsSentenceStartsAfterItAndEndsBeforeIt() {
        assertTrue(RunOnSplitter.looksLikeBoundary(1, 0, 0, 0), "the segmenter's boundary on one side");
        assertTrue(RunOnSplitter.looksLikeBoundary(0.4, 0.3, 0.1, 0.0));
        assertFalse(RunOnSplitter.looksLikeBoundary(0.05, 0.1, 0.2, 0.2), "words that seldom start a sentence");
        assertFalse(RunOnSplitter.looksLikeBoundary(0.4, 0.4, 0, 0), "words that never end one");
    }

    /**
     * The law the splitter's pruning rests on: a source place that does not look like a
     * boundary beside the largest start and end rates of a bead's target places does not beside
     * any of them, so its row of pairs is never scanned.
     */
    @Test
    void aBoundaryOnlyGetsLikelierAsTheTargetsRatesGrow() {
        Random random = new Random(7);
        double[] typical = {0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1};
        for (int trial = 0; trial < 20_000; trial++) {
            double sourceStart = pick(random, typical);
            double sourceEnd = pick(random, typical);
            double targetStart = pick(random, typical);
            double targetEnd = pick(random, typical);
            double higherStart = targetStart + random.nextDouble() * (1.5 - targetStart);
            double higherEnd = targetEnd + random.nextDouble() * (1.5 - targetEnd);
            if (RunOnSplitter.looksLikeBoundary(sourceStart, targetStart, sourceEnd, targetEnd)) {
                assertTrue(RunOnSplitter.looksLikeBoundary(sourceStart, higherStart, sourceEnd, higherEnd),
                        sourceStart + " " + targetStart + " " + sourceEnd + " " + targetEnd);
            }
        }
    }

    /** One of {@code typical}, or any rate in [0, 1] (half the time). */
    private static double pick(Random random, double[] typical) {
        return random.nextBoolean() ? typical[random.nextInt(typical.length)] : random.nextDouble();
    }

    /**
     * A long run-on bead whose words never start the document's sentences (its one sentence
     * opens with a word seen once) has no place to cut, and is left whole: the splitter weighs
     * none of its links. ({@link #runOnSpeechIsCutWhereBothSidesStartNewSentences} is the same
     * speech where the words do start sentences.)
     */
    @Test
    void aRunOnBeadWithoutAPlaceThatLooksLikeABoundaryIsLeftWhole() {
        RunOnSplitter splitter = new RunOnSplitter(LEXICON, FOLD);
        String english = "i need a doctor today my chest pain is bad i have a fever and my nose blood pressure";
        String german = "ich brauche heute einen arzt meine brust schmerz ist schlimm ich habe fieber und meine nase blut druck";
        List<String> source = List.of("well " + english + " " + english);
        List<String> target = List.of("also " + german + " " + german);
        RunOnSplitter.Result result = splitter.split(source, target, new Alignment(List.of(new Bead(0, 1, 0, 1, 0.9)), 1, 1));
        assertEquals(1, result.alignment().beads().size(), "no word starts a sentence of this document");
    }

    @Test
    void piecesCoverEverySentenceOnceInOrder() {
        Random random = new Random(11);
        long leftAlone = 0;
        for (int round = 0; round < 200; round++) {
            List<String> sources = new ArrayList<>(CONTEXT_SOURCE);
            List<String> targets = new ArrayList<>(CONTEXT_TARGET);
            List<Bead> beads = new ArrayList<>();
            for (int k = 0; k < sources.size(); k++) {
                beads.add(new Bead(k, 1, k, 1, 0.5));
            }
            // A run-on bead of random clauses, some of them scrambled on the target side.
            int clauses = 1 + random.nextInt(4);
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            for (int c = 0; c < clauses; c++) {
                int length = 2 + random.nextInt(5);
                List<String[]> words = new ArrayList<>();
                for (int w = 0; w < length; w++) {
                    words.add(DICTIONARY[random.nextInt(DICTIONARY.length)]);
                }
                // now and then a clause of one side only, which may become a bead of its own
                int sides = c == 0 ? 2 : random.nextInt(6);
                if (sides != 1) {
                    source.append(source.length() == 0 ? "and" : " and");
                    words.forEach(w -> source.append(' ').append(w[0]));
                }
                if (random.nextBoolean()) {
                    java.util.Collections.shuffle(words, random);
                }
                if (sides != 0) {
                    target.append(target.length() == 0 ? "und" : " und");
                    words.forEach(w -> target.append(' ').append(w[1]));
                }
            }
            sources.add(source.toString());
            targets.add(target.toString());
            beads.add(new Bead(sources.size() - 1, 1, targets.size() - 1, 1, 0.5));
            RunOnSplitter.Result result = new RunOnSplitter(round % 2 == 0 ? LEXICON : RARER_WORDS, FOLD)
                    .split(sources, targets, new Alignment(beads, sources.size(), targets.size()));
            assertCovers(sources, result.source());
            assertCovers(targets, result.target());
            assertEquals(result.source().size(), result.alignment().sourceSize());
            assertEquals(result.target().size(), result.alignment().targetSize());
            leftAlone += result.alignment().beads().stream().filter(b -> !b.isLink()).count();
        }
        assertTrue(leftAlone > 0, "some rounds cut a clause of one side off");
    }

    @Test
    void aBeadTooLongToSearchIsLeftWhole() {
        assertTrue(splitsRepeatedClauses(20), "a bead of 20 clauses is cut");
        int clauses = (int) Math.sqrt(RunOnSplitter.MAX_WORD_PAIRS) / 5 + 1;
        assertFalse(splitsRepeatedClauses(clauses), clauses + " clauses of 5 words a side are left whole");
    }

    /** Whether a run-on bead of {@code clauses} clauses is cut, in a document whose other sentences are those clauses. */
    private static boolean splitsRepeatedClauses(int clauses) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        sources.add(String.join(" ", java.util.Collections.nCopies(clauses, "and i need my doctor")));
        targets.add(String.join(" ", java.util.Collections.nCopies(clauses, "und ich brauche meine arzt")));
        for (int k = 0; k < clauses; k++) {
            sources.add("and i need my doctor");
            targets.add("und ich brauche meine arzt");
        }
        List<Bead> beads = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            beads.add(new Bead(k, 1, k, 1, 0.9));
        }
        RunOnSplitter.Result result = new RunOnSplitter(LEXICON, FOLD).split(sources, targets,
                new Alignment(beads, sources.size(), targets.size()));
        return result.source().size() > sources.size();
    }

    /** The pieces of each sentence are in order and, joined by spaces, give its words. */
    private static void assertCovers(List<String> sentences, List<RunOnSplitter.Piece> pieces) {
        int k = 0;
        for (int i = 0; i < sentences.size(); i++) {
            List<String> words = new ArrayList<>();
            int previousEnd = 0;
            while (k < pieces.size() && pieces.get(k).sentence() == i) {
                RunOnSplitter.Piece piece = pieces.get(k++);
                assertTrue(piece.start() >= previousEnd, "pieces in order");
                previousEnd = piece.end();
                words.addAll(Arrays.asList(sentences.get(i).substring(piece.start(), piece.end()).split(" ")));
            }
            assertEquals(Arrays.asList(sentences.get(i).split(" ")), words, "sentence " + i);
        }
        assertEquals(pieces.size(), k, "no piece outside the sentences");
    }

    @Test
    void aColonWhereTheTranslationEndsASentenceIsCut() {
        String sentence = "Trials involve three stages toward approval of the drug: Phase one trials determine the safe dose.";
        int cut = RunOnSplitter.clauseCut(sentence, "Les essais comportent trois étapes vers l'approbation du médicament.",
                "Les essais de phase un déterminent la dose sûre.");
        assertEquals(sentence.indexOf("Phase"), cut);
    }

    @Test
    void aClauseBoundaryFarFromTheTranslationsBoundaryIsNotCut() {
        String sentence = "He said: the army, which had held the town for three long years, left it on Monday.";
        assertEquals(-1, RunOnSplitter.clauseCut(sentence, "Il a dit que l'armée avait tenu la ville trois ans.",
                "Elle l'a quittée lundi."));
        // and a part of fewer than three words is never cut off
        assertEquals(-1, RunOnSplitter.clauseCut("Note: it is closed now and for good.", "Note.", "Elle est fermée."));
    }

    @Test
    void aOneToTwoBeadWithAMatchingSemicolonBecomesTwoOneToOneBeads() {
        List<String> sources = List.of("The storm meets cooler waters and weakens; it will reach the coast on Monday.");
        List<String> targets = List.of("La tempête rencontre des eaux plus froides et faiblit.", "Elle atteindra la côte lundi.");
        RunOnSplitter.Result result = new RunOnSplitter(LEXICON, FOLD).split(sources, targets,
                new Alignment(List.of(new Bead(0, 1, 0, 2, 0.9)), 1, 2));
        assertEquals(List.of(new Bead(0, 1, 0, 1, 0.9), new Bead(1, 1, 1, 1, 0.9)), result.alignment().beads());
        String text = sources.get(0);
        assertEquals(new RunOnSplitter.Piece(0, 0, text.indexOf(';') + 1), result.source().get(0));
        assertEquals(new RunOnSplitter.Piece(0, text.indexOf("it will"), text.length()), result.source().get(1));
    }

    @Test
    void theKeysCharTablesAgreeWithCharacterForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.toLowerCase(ch), StartRates.lower(ch), () -> "lower " + (int) ch);
            assertEquals(Character.isLetterOrDigit(ch), StartRates.isLetterOrDigit(ch),
                    () -> "letter or digit " + (int) ch);
        }
    }
}
