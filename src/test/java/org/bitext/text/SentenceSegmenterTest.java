package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bitext.model.Span;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {
    private static final String AR_STUDENTS = "\u0636\u062F \u0627\u0644\u0637\u0644\u0627\u0628"; // against the students
    private static final String AR_PROMISED = "\u0648\u0642\u062F\u0645 \u0644\u0648\u0628\u064A\u0632 \u0648\u0639\u062F\u0627"; // and Lopez made a promise
    private static final String AR_WHY = "\u0644\u0645\u0627\u0630\u0627"; // why
    private static final String AR_YES = "\u0646\u0639\u0645"; // yes
    private static final String AR_NO = "\u0644\u0627"; // no
    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char ARABIC_COMMA = '\u060C';
    private static final char ARABIC_SEMICOLON = '\u061B';

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    private List<String> split(String text, String language) {
        return segmenter.split(text, language).stream().map(span -> span.of(text)).collect(Collectors.toList());
    }

    @Test
    void icuAbbreviationAndMiddleInitialDoNotBreak() {
        assertEquals(List.of("Col. Myles B. Caggins III said it.", "Then he left."),
                split("Col. Myles B. Caggins III said it. Then he left.", "en"));
    }

    @Test
    void monthAbbreviationBeforeADateDoesNotBreak() {
        assertEquals(List.of("Troops fired on Oct. 2, 1968, killing 300."),
                split("Troops fired on Oct. 2, 1968, killing 300.", "en"));
    }

    @Test
    void monthAbbreviationBeforeACapitalisedWordEndsTheSentence() {
        // ICU's list holds Nov. and Sept. whatever follows; MAY_END held Oct. before an opener only
        assertEquals(List.of("Votes are cast on Nov.", "What time is the rally?"),
                split("Votes are cast on Nov. What time is the rally?", "en"));
        assertEquals(List.of("Schools stay closed until Oct.", "President Joko Widodo came."),
                split("Schools stay closed until Oct. President Joko Widodo came.", "en"));
        assertEquals(List.of("It opens on Sept. 30 in Paris."), split("It opens on Sept. 30 in Paris.", "en"));
    }

    @Test
    void aHeadlineRunIntoItsStoryEndsBeforeAWordThatOpensSentences() {
        // a determiner before a lower-case word, after a number or a lower-case word
        assertEquals(List.of("Death toll from tsunami rises to 832", "The death toll has climbed."),
                split("Death toll from tsunami rises to 832 The death toll has climbed.", "en"));
        // another opener before any word, unless a capitalised word precedes it
        assertEquals(List.of("It is intolerant of those who speak their minds",
                        "When Momentum's activists voted to censure me, it was no surprise."),
                split("It is intolerant of those who speak their minds When Momentum's activists voted to censure me, "
                        + "it was no surprise.", "en"));
        assertEquals(List.of("Storms soak Las Vegas, Salt Lake City With Flash Flooding"),
                split("Storms soak Las Vegas, Salt Lake City With Flash Flooding", "en"));
        // a determiner before a capitalised word opens a name or a title
        assertEquals(List.of("Mr Goldsmith told The Sunday Telegraph: \"Cromwell is regarded by many.\""),
                split("Mr Goldsmith told The Sunday Telegraph: \"Cromwell is regarded by many.\"", "en"));
        // I is no sentence opener for this rule, nor is a word that does not open sentences
        assertEquals(List.of("so I just tried to play and Ash spewing from the volcano"),
                split("so I just tried to play and Ash spewing from the volcano", "en"));
        // English only: other languages keep ICU's boundaries
        assertEquals(List.of("rises to 832 The death toll"), split("rises to 832 The death toll", "fr"));
    }

    @Test
    void quotedExclamationOrQuestionBeforeItsSpeakerDoesNotBreak() {
        assertEquals(List.of("He was yelling, 'I got bit!' Hammel added.", "The boy was flown out."),
                split("He was yelling, 'I got bit!' Hammel added. The boy was flown out.", "en"));
        assertEquals(List.of("\u201CWho knows?\u201D Prof Charles Czeisler told reporters."),
                split("\u201CWho knows?\u201D Prof Charles Czeisler told reporters.", "en"));
        // not a verb of speech after the capitals, or no quotation: ICU's break stays
        assertEquals(List.of("\"Why?\"", "The answer came later."), split("\"Why?\" The answer came later.", "en"));
        assertEquals(List.of("Why?", "Smith said nothing."), split("Why? Smith said nothing.", "en"));
        assertEquals(List.of("\"Go!\"", "Four Big Men Soon said so."), split("\"Go!\" Four Big Men Soon said so.", "en"));
    }

    @Test
    void titlesIcuLacksDoNotBreak() {
        assertEquals(List.of("Gen. Vincent Parker and Lt. Gov. Sen. Dr. Det. Jones arrived.", "He spoke."),
                split("Gen. Vincent Parker and Lt. Gov. Sen. Dr. Det. Jones arrived. He spoke.", "en"));
    }

    @Test
    void latinAbbreviationsDoNotBreak() {
        assertEquals(List.of("Some bases, e.g. Al Asad, i.e. Western ones, stay."),
                split("Some bases, e.g. Al Asad, i.e. Western ones, stay.", "en"));
    }

    @Test
    void acronymBeforeANameDoesNotBreak() {
        assertEquals(List.of("The U.S. Army and U.N. Secretary General met.", "It rained."),
                split("The U.S. Army and U.N. Secretary General met. It rained.", "en"));
    }

    @Test
    void abbreviationBeforeASentenceOpenerBreaks() {
        assertEquals(List.of("Troops returned to the U.S.", "The base closed."),
                split("Troops returned to the U.S. The base closed.", "en"));
        assertEquals(List.of("He joined Acme Corp.", "It was 1990."),
                split("He joined Acme Corp. It was 1990.", "en"));
    }

    @Test
    void clockAbbreviationDoesNotBreakBeforeAName() {
        assertEquals(List.of("It hit at 5 a.m. Eastern time Sunday."),
                split("It hit at 5 a.m. Eastern time Sunday.", "en"));
    }

    @Test
    void numberAbbreviationBeforeADigitDoesNotBreak() {
        assertEquals(List.of("He lives at No. 10 Downing Street.", "No."),
                split("He lives at No. 10 Downing Street. No.", "en"));
    }

    @Test
    void decimalPointNeverBreaks() {
        assertEquals(List.of("It rose 3.5 percent.", "Then it fell."), split("It rose 3.5 percent. Then it fell.", "en"));
        String arabic = AR_STUDENTS + " 3.5 " + AR_STUDENTS + ".";
        assertEquals(List.of(arabic), split(arabic, "ar"));
    }

    @Test
    void paragraphWithoutFinalStopIsOneSentence() {
        assertEquals(List.of("Mexico's AMLO vows not to use military against civilians"),
                split("Mexico's AMLO vows not to use military against civilians", "en"));
        assertEquals(List.of("It began.", "Then nothing"), split("It began. Then nothing", "en"));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("He said \"no.\"", "Then he left."), split("He said \"no.\" Then he left.", "en"));
        assertEquals(List.of("He said \u201Cno.\u201D", "Then he left."), split("He said \u201Cno.\u201D Then he left.", "en"));
        assertEquals(List.of("Il a dit \u00ABnon.\u00BB", "Puis il est parti."),
                split("Il a dit \u00ABnon.\u00BB Puis il est parti.", "fr"));
        assertEquals(List.of("(He left.)", "Then."), split("(He left.) Then.", "en"));
    }

    @Test
    void ellipsisBreaksOnlyBeforeACapital() {
        assertEquals(List.of("Wait... what?"), split("Wait... what?", "en"));
        assertEquals(List.of("Wait\u2026 what?"), split("Wait\u2026 what?", "en"));
        assertEquals(List.of("He waited...", "Then he left."), split("He waited... Then he left.", "en"));
        assertEquals(List.of("He waited\u2026", "Then he left."), split("He waited\u2026 Then he left.", "en"));
    }

    @Test
    void arabicEllipsisBeforeAWordDoesNotBreak() {
        String text = AR_STUDENTS + " ... " + AR_PROMISED + "\u2026 " + AR_STUDENTS + ".";
        assertEquals(List.of(text), split(text, "ar"));
    }

    @Test
    void arabicQuestionExclamationAndFullStopEndSentences() {
        String text = AR_WHY + ARABIC_QUESTION_MARK + " " + AR_NO + "! " + AR_YES + ". " + AR_NO;
        assertEquals(List.of(AR_WHY + ARABIC_QUESTION_MARK, AR_NO + "!", AR_YES + ".", AR_NO), split(text, "ar"));
    }

    @Test
    void arabicCommaAndSemicolonNeverEndSentences() {
        String text = AR_YES + ARABIC_COMMA + " " + AR_NO + ARABIC_SEMICOLON + " " + AR_WHY + ".";
        assertEquals(List.of(text), split(text, "ar"));
    }

    @Test
    void arabicFullStopGluedToTheNextWordBreaks() {
        String text = AR_STUDENTS + "." + AR_PROMISED + ".";
        assertEquals(List.of(AR_STUDENTS + ".", AR_PROMISED + "."), split(text, "ar"));
        assertEquals(List.of(AR_STUDENTS + ".", AR_PROMISED + "."), split(text, "fa"));
    }

    @Test
    void arabicQuotesStayWithTheirSentence() {
        String text = AR_STUDENTS + " \u00AB" + AR_NO + ".\u00BB " + AR_PROMISED + ".";
        assertEquals(List.of(AR_STUDENTS + " \u00AB" + AR_NO + ".\u00BB", AR_PROMISED + "."), split(text, "ar"));
    }

    @Test
    void spansAreTrimmedAndSkipBlankStretches() {
        String text = "  One.   Two.  \n  ";
        assertEquals(List.of(new Span(2, 6), new Span(9, 13)), segmenter.split(text, "en"));
        assertEquals(List.of(), segmenter.split("   ", "en"));
    }

    @Test
    void unknownAndRegionalLanguageCodesWork() {
        assertEquals(List.of("One.", "Two."), split("One. Two.", "und"));
        assertEquals(List.of("Gen. Parker left.", "Then."), split("Gen. Parker left. Then.", "en-US"));
    }

    @Test
    void oneSegmenterServesManyThreads() throws Exception {
        String text = "Col. Myles B. Caggins III said it. Then he left. " + AR_STUDENTS + "." + AR_PROMISED + ".";
        List<String> expected = split(text, "en");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String language = i % 2 == 0 ? "en" : "ar";
                results.add(pool.submit(() -> split(text, language)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? expected : split(text, "ar"), results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void latinAbbreviationInsideArabicTextDoesNotEndTheSentence() {
        String text = "أعلنت أنها شكلت فريقًا مع Novavax Inc. في تطوير لقاح. وقالت الشركة إنها ستبدأ.";
        assertEquals(2, new SentenceSegmenter().split(text, "ar").size());
    }

    @Test
    void aLatinInitialInsideArabicTextEndsTheSentenceBeforeAnArabicWord() {
        String text = "انطوى على إعادة تركيب ضمن بروتين S. وفقًا لدراسة، اقترح الباحثون ذلك.";
        assertEquals(2, new SentenceSegmenter().split(text, "ar").size());
    }

    @Test
    void aLatinInitialInsideArabicTextKeepsALatinNameTogether() {
        String text = "قال الباحث J. Smith إن النتائج مشجعة.";
        assertEquals(1, new SentenceSegmenter().split(text, "ar").size());
    }

    @Test
    void anAcronymBeforeACapitalisedWordEndsTheSentence() {
        String text = "Deaths were reported to CDC. Case report forms were submitted to NATO. Then it ended.";
        assertEquals(3, new SentenceSegmenter().split(text, "en").size());
    }

    @Test
    void anAbbreviationWithInnerPeriodsStillDoesNot() {
        String text = "Troops of the U.S. Army left.";
        assertEquals(1, new SentenceSegmenter().split(text, "en").size());
    }

    @Test
    void aWordsPeriodEndsTheSentenceBeforeALowerCaseWord() {
        assertEquals(List.of("DAD causes ARDS and severe hypoxemia.", "healing pneumonia: fibrosis"),
                split("DAD causes ARDS and severe hypoxemia. healing pneumonia: fibrosis", "en"));
    }

    @Test
    void aWordsPeriodEndsTheSentenceBeforeANumber() {
        assertEquals(List.of("Teachers discuss learning difficulties.", "290 million students are out of school."),
                split("Teachers discuss learning difficulties. 290 million students are out of school.", "en"));
        // three letters are a word too (NTREX: "has left now. 18 holes to make a mark.")
        assertEquals(List.of("It is all these players have left now.", "18 holes to make a mark."),
                split("It is all these players have left now. 18 holes to make a mark.", "en"));
    }

    @Test
    void aLowerCaseAbbreviationBeforeALowerCaseWordOrNumberDoesNotEndTheSentence() {
        String text = "It costs approx. 5 dollars, incl. the fee, and etc. more.";
        assertEquals(List.of(text), split(text, "en"));
        assertEquals(List.of("See the fig. 3 and vol. 2 here."), split("See the fig. 3 and vol. 2 here.", "en"));
        assertEquals(List.of("Read sec. 4 of art. 12, col. 3, ch. 2 and p. 7."),
                split("Read sec. 4 of art. 12, col. 3, ch. 2 and p. 7.", "en"));
    }

    @Test
    void onlyAWholeLowerCaseWordsPeriodEndsTheSentence() {
        // a short word, a capitalised one or an initialism is no evidence (ICU's rules stand)
        assertEquals(1, split("Zhou et al. reported it first.", "en").size());
        assertEquals(1, split("Troops of the U.S. were there in 2020.", "en").size());
        assertFalse(SentenceSegmenter.periodEndsSentence("Wuhan."));
        assertFalse(SentenceSegmenter.periodEndsSentence("approx."));
        assertFalse(SentenceSegmenter.periodEndsSentence("cell"));
        assertTrue(SentenceSegmenter.periodEndsSentence("hypoxemia."));
    }

    @Test
    void aPeriodGluedToACapitalisedWordEndsTheSentence() {
        assertEquals(List.of("Costs rose with school closures.", "Even when closures are short, costs are high."),
                split("Costs rose with school closures.Even when closures are short, costs are high.", "en"));
        // also when ICU finds no other boundary in the paragraph, and at the paragraph's end
        assertEquals(List.of("Antibodies appear after the infection.", "In April"),
                split("Antibodies appear after the infection.In April", "en"));
    }

    @Test
    void aGluedPeriodInsideAnAddressOrAfterAnAbbreviationDoesNotEndTheSentence() {
        assertEquals(1, split("Write to jane.Doe@example.org or visit site.Com/news today.", "en").size());
        assertEquals(1, split("It is cold, approx.Five degrees below zero.", "en").size());
        // a capitalised word must follow, not a word in capitals (which may be part of a name)
        assertEquals(1, split("It was approved under an emergency authorization.US labs began.", "en").size());
        // nor a lower-case one (file names, domains), nor a word that is not all lower case before
        assertEquals(1, split("They used node.js and the Vaccine.Gov portal.", "en").size());
    }

    @Test
    void gluedSentenceEndNeedsALowerCaseWordAPeriodAndACapitalisedWord() {
        assertEquals(9, SentenceSegmenter.gluedSentenceEnd("the test.The end", 0, 16));
        assertEquals(-1, SentenceSegmenter.gluedSentenceEnd("the tests.THE end", 0, 17));
        assertEquals(-1, SentenceSegmenter.gluedSentenceEnd("an ox.The end", 0, 13));     // fewer than three letters
        assertEquals(-1, SentenceSegmenter.gluedSentenceEnd("the a/test.The end", 0, 18)); // a path's part
        assertEquals(-1, SentenceSegmenter.gluedSentenceEnd("the test.The_end", 0, 16));  // not a word
        // the region hides what follows
        assertEquals(-1, SentenceSegmenter.gluedSentenceEnd("the test.The end", 0, 10));
    }

    @Test
    void theGluedPeriodRuleIsEnglishOnly() {
        assertEquals(1, split("Il a vu la maison.Puis il est parti.", "fr").size());
    }

    @Test
    void theLowerCaseRuleIsEnglishOnly() {
        // other languages keep ICU's rule: their abbreviations are not listed here
        assertEquals(1, split("Il a vu la maison. puis il est parti.", "fr").size());
    }

    /** The regular expression that {@link SentenceSegmenter#periodBeforeLower} replaced, as its oracle. */
    private static final Pattern PERIOD_BEFORE_LOWER = Pattern.compile(
            "(?<![\\p{L}\\p{M}.])\\p{Ll}{3,}\\.(?=\\s+[\\p{Ll}\\p{Nd}])");

    @Test
    void periodBeforeLowerFindsWhatTheRegularExpressionFound() {
        // letters of both cases and of other scripts, marks, digits, periods, the regex's white
        // space and a space it does not count (NBSP), a supplementary lower-case letter
        String[] pieces = {"a", "b", "e", "z", "é", "A", "Q", "ا", "\u0301", "7", "٣", ".", " ", "  ", "\t", "\n",
            "\u00A0", "-", ",", "(", "\uD835\uDC1A", "abcd", "word", "hypoxemia", "approx", "Ab"};
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.of(random, pieces, 14);
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                    || end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                continue;   // a region never cuts a character in the segmenter
            }
            List<String> expected = new ArrayList<>();
            Matcher m = PERIOD_BEFORE_LOWER.matcher(text).region(start, end);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            for (long found = SentenceSegmenter.periodBeforeLower(text, start, start, end); found >= 0;
                 found = SentenceSegmenter.periodBeforeLower(text, (int) found, start, end)) {
                actual.add((found >>> 32) + "-" + (int) found);
            }
            assertEquals(expected, actual, () -> "in [" + start + ", " + end + ") of \"" + text + "\"");
        }
    }

    @Test
    void periodBeforeLowerNeedsThreeLowerCaseLettersAWordStartAndWhiteSpaceThenLowerCaseOrDigit() {
        assertEquals((4L << 32) | 14, SentenceSegmenter.periodBeforeLower("the hypoxemia. healing", 0, 0, 22));
        assertEquals(-1, SentenceSegmenter.periodBeforeLower("an ox. healing", 0, 0, 14));
        assertEquals((3L << 32) | 7, SentenceSegmenter.periodBeforeLower("is now. 18", 0, 0, 10));
        assertEquals(-1, SentenceSegmenter.periodBeforeLower("the Hypoxemia. healing", 0, 0, 22));
        assertEquals(-1, SentenceSegmenter.periodBeforeLower("the hypoxemia. Healing", 0, 0, 22));
        assertEquals(-1, SentenceSegmenter.periodBeforeLower("the hypoxemia.healing", 0, 0, 21));
        assertEquals((0L << 32) | 13, SentenceSegmenter.periodBeforeLower("difficulties. 290", 0, 0, 17));
        // the region hides what follows
        assertEquals(-1, SentenceSegmenter.periodBeforeLower("the hypoxemia. healing", 0, 0, 15));
    }

    /**
     * The one-sentence shortcut gives what ICU's iterators give, on random text built from the
     * characters that matter to it: stops of both scripts, an ellipsis, closing punctuation,
     * spaces of several kinds, a line break, commas and semicolons, letters of both cases and
     * digits; most texts have no stop but at the end, or none, where the shortcut applies.
     */
    @Test
    void theOneSentenceShortcutAgreesWithIcu() {
        SentenceSegmenter segmenter = new SentenceSegmenter();
        String[] pieces = {"word", "Word", "U.S.", "3.5", " ", " ", " ", "\u00A0", "\u3000", ".", ".", "?", "!",
            "\u061F", "\u06D4", "\u2026", "\"", "\u201D", ")", "\u00BB", "'", ",", "\u060C", "\u061B", ";", "\n",
            "\u0642\u0627\u0644", "\u0627\u0644\u0648\u0632\u064A\u0631", "e.g.", "Mr.", "lower", "\uD835\uDC00"};
        Random random = new Random(17);
        int shortcuts = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                String piece = pieces[random.nextInt(pieces.length)];
                // keep stops rare inside the text, as in real paragraphs, so that both paths run often
                if (piece.length() == 1 && ".?!\u061F\u06D4\u2026\n".indexOf(piece.charAt(0)) >= 0 && random.nextInt(4) > 0) {
                    piece = " ";
                }
                b.append(piece);
            }
            if (random.nextBoolean()) {
                b.append(pieces[9 + random.nextInt(7)]); // a final stop
                if (random.nextBoolean()) {
                    b.append(pieces[16 + random.nextInt(4)]);
                }
            }
            String text = b.toString();
            for (String language : List.of("en", "ar")) {
                if (SentenceSegmenter.isOneSentence(text)) {
                    shortcuts++;
                }
                assertEquals(segmenter.splitWithIcu(text, language), segmenter.split(text, language),
                        language + ": " + text);
            }
        }
        assertTrue(shortcuts > 5_000, "the shortcut ran " + shortcuts + " times");
    }

    /**
     * ICU's abbreviation filter around the plain iterator's breaks, handed out again, must give
     * the breaks of ICU's filter around a plain iterator of its own: abbreviations, partial ones
     * ("Ph.D."), acronyms, quotes and spaces after stops, in English and in a language without
     * abbreviations.
     */
    @Test
    void theFilterJudgesTheFoundBreaksAsItsOwn() {
        String[] pieces = {"Mr. Smith", "Dr. No", "U.S. Army", "the U.S.", "a Ph.D. student", "Ph.D.", "e.g. this",
            "Gen. Lee", "CDC.", "NATO.", "He left.", "Is it?", "Yes!", "\"Quoted.\"", "(Aside.)", "etc.", "No. 5",
            "Jan. 3", "vs.", "St. Louis", "Inc.", "a.m.", "p.m. Then", "...", "\u2026", "word", "Word", "x", "\u00A0"};
        String[] spaces = {" ", "  ", " ", "\n", ""};
        java.util.Random random = new java.util.Random(17);
        for (String lang : List.of("en", "de", "ar")) {
            com.ibm.icu.util.ULocale locale = new com.ibm.icu.util.ULocale(lang);
            com.ibm.icu.text.BreakIterator plain = com.ibm.icu.text.BreakIterator.getSentenceInstance(locale);
            com.ibm.icu.text.BreakIterator own = com.ibm.icu.text.FilteredBreakIteratorBuilder.getInstance(locale)
                    .wrapIteratorWithFilter(com.ibm.icu.text.BreakIterator.getSentenceInstance(locale));
            SentenceSegmenter.FoundBreaks found = new SentenceSegmenter.FoundBreaks();
            com.ibm.icu.text.BreakIterator replayed = com.ibm.icu.text.FilteredBreakIteratorBuilder.getInstance(locale)
                    .wrapIteratorWithFilter(found);
            for (int round = 0; round < 2_000; round++) {
                StringBuilder text = new StringBuilder();
                for (int p = random.nextInt(12); p >= 0; p--) {
                    text.append(pieces[random.nextInt(pieces.length)]).append(spaces[random.nextInt(spaces.length)]);
                }
                String t = text.toString();
                plain.setText(t);
                int[] breaks = new int[t.length() + 1];
                int count = 0;
                for (int b = plain.next(); b != com.ibm.icu.text.BreakIterator.DONE; b = plain.next()) {
                    breaks[count++] = b;
                }
                found.use(breaks, count);
                replayed.setText(t);
                own.setText(t);
                List<Integer> expected = new ArrayList<>();
                for (int b = own.next(); b != com.ibm.icu.text.BreakIterator.DONE; b = own.next()) {
                    expected.add(b);
                }
                List<Integer> actual = new ArrayList<>();
                for (int b = replayed.next(); b != com.ibm.icu.text.BreakIterator.DONE; b = replayed.next()) {
                    actual.add(b);
                }
                assertEquals(expected, actual, lang + ": " + t);
            }
        }
    }
}
