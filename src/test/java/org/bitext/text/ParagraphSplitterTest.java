package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.bitext.model.LanguageGuess;
import org.bitext.model.Paragraph;
import org.bitext.model.Span;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
    /** The Arabic URL slug of seed 003: "the American forces withdraw from the strategic al-Qa'im base". */
    private static final String ARABIC_SLUG = "\u0627\u0644\u0642\u0648\u0627\u062A-\u0627\u0644\u0623\u0645\u0631\u064A\u0643\u064A\u0629-"
            + "\u062A\u0646\u0633\u062D\u0628-\u0645\u0646-\u0642\u0627\u0639\u062F\u0629-\u0627\u0644\u0642\u0627\u0626\u0645-"
            + "\u0627\u0644\u0627\u0633\u062A\u0631\u0627\u062A\u064A\u062C\u064A\u0629";
    private static final String ARABIC_SENTENCE = "\u0627\u0646\u0633\u062D\u0628\u062A \u0642\u0648\u0627\u062A "
            + "\u0627\u0644\u062A\u062D\u0627\u0644\u0641 \u0645\u0646 \u0627\u0644\u0642\u0627\u0639\u062F\u0629.";
    private static final String ARABIC_SAID = "\u0642\u0627\u0644 \u0627\u0644\u0645\u062A\u062D\u062F\u062B"; // the spokesman said
    private static final String ARABIC_THAT_FORCES = "\u0625\u0646 \u0627\u0644\u0642\u0648\u0627\u062A \u0633\u062A\u0646\u0633\u062D\u0628"; // that the forces will withdraw

    private final ParagraphSplitter splitter = new ParagraphSplitter(new ScriptLanguageIdentifier());

    private List<String> texts(String input) {
        return splitter.split(input).stream().map(Paragraph::text).collect(Collectors.toList());
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(List.of("One.", "Two."), texts("One.\n \t\nTwo.\n\n\n"));
    }

    @Test
    void lineBreakInsideAParagraphIsASoftWrap() {
        assertEquals(List.of("The coalition withdrew from the base."), texts("The coalition withdrew\nfrom the base."));
    }

    @Test
    void aWordHyphenatedAtASoftWrapIsJoinedAgain() {
        assertEquals(List.of("the security situation in the north."), texts("the security situa-\ntion in the north."));
        assertEquals(List.of("the Iraqi President said."), texts("the Iraqi Presi-\ndent said."));
        // a soft hyphen is invisible: it always goes
        assertEquals(List.of("the information age"), texts("the infor\u00AD\nmation age"));
    }

    @Test
    void theFirstPartOfACompoundKeepsItsHyphenAtASoftWrap() {
        assertEquals(List.of("a well-known, anti-government and self-defence case"),
                texts("a well-\nknown, anti-\ngovernment and self-\ndefence case"));
        // a part that is often a first syllable joins: previous, production, society
        assertEquals(List.of("the previous production of society"), texts("the pre-\nvious pro-\nduction of so-\nciety"));
        // a capital after the wrap starts a name: pro-Western, not proWestern
        assertEquals(List.of("pro-Western and Arab-Israeli talks"), texts("pro-\nWestern and Arab-\nIsraeli talks"));
    }

    @Test
    void aWordTheDocumentWritesElsewhereOnOneLineIsJoinedAsItIsWrittenThere() {
        // so-called keeps its hyphen where the text writes it so, society loses it where it does not
        assertEquals(List.of("the so-called deal", "The So-called deal and society."),
                texts("the so-\ncalled deal\n\nThe So-called deal and so-\nciety."));
        // a compound part loses its hyphen where the document writes the word whole
        assertEquals(List.of("The selfish act.", "That was a selfish act."),
                texts("The self-\nish act.\n\nThat was a selfish act."));
        // where it is written both ways as often, the rules decide (half-hearted: a compound part)
        assertEquals(List.of("half-hearted, halfhearted and half-hearted"),
                texts("half-hearted, halfhearted and half-\nhearted"));
        // a part of a longer word is no witness: "so-calledness" does not count for "so-called"
        assertEquals(List.of("socalled so-calledness"), texts("so-\ncalled so-calledness"));
    }

    @Test
    void aHyphenThatIsNoWordBreakIsLeftAsItIs() {
        // a dash between words, a hyphen before a capital or a digit, one inside a line
        assertEquals(List.of("the talks - which went on"), texts("the talks -\nwhich went on"));
        assertEquals(List.of("2019- 2020 and a- b"), texts("2019-\n2020 and a-\nb"));
        assertEquals(List.of("situa- tion"), texts("situa- tion"));
        // Arabic has no case and is never hyphenated so
        assertEquals(List.of("\u0627\u0644\u0648\u0636\u0639- \u0627\u0644\u0623\u0645\u0646\u064A"),
                texts("\u0627\u0644\u0648\u0636\u0639-\n\u0627\u0644\u0623\u0645\u0646\u064A"));
    }

    @Test
    void spacesAndTabsAreCollapsedAndTextTrimmed() {
        assertEquals(List.of("The coalition withdrew."), texts("  The \t coalition   withdrew.  \n"));
    }

    @Test
    void scriptChangeBetweenLinesStartsAParagraph() {
        assertEquals(List.of("The coalition withdrew from the base.", ARABIC_SENTENCE),
                texts("The coalition withdrew from the base.\n" + ARABIC_SENTENCE));
    }

    @Test
    void lineWithoutLettersDoesNotBreakAParagraph() {
        assertEquals(List.of("Casualties: 2020 - 300 dead"), texts("Casualties:\n2020 - 300\ndead"));
    }

    @Test
    void englishTitleGluedToAnArabicSlugIsTwoParagraphs() {
        String title = "The American troops withdraw from the strategic al-Q\u0101\u2019im Base.";
        List<Paragraph> paragraphs = splitter.split(title + ARABIC_SLUG + "\n\nNext.");
        assertEquals(List.of(title, ARABIC_SLUG, "Next."),
                paragraphs.stream().map(Paragraph::text).collect(Collectors.toList()));
        assertEquals(List.of("Latn", "Arab", "Latn"),
                paragraphs.stream().map(Paragraph::script).collect(Collectors.toList()));
        assertEquals(new Span(title.length(), title.length() + ARABIC_SLUG.length()), paragraphs.get(1).span());
        assertEquals(1, paragraphs.get(1).line());
        assertEquals("ar", paragraphs.get(1).language().code());
    }

    @Test
    void englishSentenceQuotingOneArabicWordIsNotSplit() {
        String text = "Protesters chanted \u201C\u0627\u0644\u0627\u0633\u062A\u0631\u0627\u062A\u064A\u062C\u064A\u0629\u201D "
                + "outside the embassy.";
        assertEquals(List.of(text), texts(text));
    }

    @Test
    void latinNameInsideAnArabicSentenceIsNotSplit() {
        String text = ARABIC_SAID + " Myles B. Caggins " + ARABIC_THAT_FORCES + ".";
        assertEquals(List.of(text), texts(text));
        String atTheEnd = ARABIC_SAID + " Middle East Eye";
        assertEquals(List.of(atTheEnd), texts(atTheEnd));
    }

    @Test
    void latinNameBetweenTwoLongArabicStretchesKeepsTheSentenceWhole() {
        // six words or more on either side of the name: the name stays with the Arabic before it,
        // and the Arabic after it is the same sentence, not a paragraph of its own
        String before = "وبحلول شهر مارس "
                + "بلغ إجمالي الاختبارات "
                + "اليومية خمسين ألفا. "
                + "أصدرت";
        String after = "تصاميم مفتوحة المصدر "
                + "يمكنها اختبار ألف "
                + "عينة بسرعة.";
        String text = before + " Origami Assays " + after;
        assertEquals(List.of(text), texts(text));
    }

    @Test
    void longLatinNameThatTheArabicSentenceResumesAfterStaysInIt() {
        // six Latin words without a stop, Arabic of six words or more on either side: a company's
        // full name, once a paragraph of its own (and set aside as Italian)
        String before = "\u0648\u0641\u064A \u0623\u0648\u0627\u062E\u0631 \u0645\u0627\u0631\u0633 "
                + "\u0645\u0646 \u0627\u0644\u0639\u0627\u0645 \u0627\u0644\u0645\u0627\u0636\u064A "
                + "\u062D\u0635\u0644\u062A \u0634\u0631\u0643\u062A\u0627";
        String after = "\u0639\u0644\u0649 \u0627\u0644\u0627\u0639\u062A\u0645\u0627\u062F\u0627\u062A "
                + "\u0627\u0644\u0623\u0648\u0631\u0648\u0628\u064A\u0629 \u0644\u0635\u0627\u0644\u062D "
                + "\u0623\u0637\u0642\u0645 \u0627\u0644\u0627\u062E\u062A\u0628\u0627\u0631.";
        String text = before + " Euroimmun Medical Laboratory Diagnostics and Epitope Diagnostics " + after;
        assertEquals(List.of(text), texts(text));
        // closed by a stop, the Latin sentence is a paragraph of its own, as before
        String stopped = before + ". The Euroimmun Medical Laboratory Diagnostics company agreed. " + after;
        assertEquals(3, texts(stopped).size(), texts(stopped).toString());
    }

    @Test
    void latinNamesClosingAnArabicSentenceStayWithIt() {
        // the Latin run ends the Arabic sentence (its stop is after the names): no function word,
        // so it is no English sentence, and the line is one paragraph
        String arabic = "\u0648\u062C\u062F \u0627\u0644\u0628\u0627\u062D\u062B\u0648\u0646 "
                + "\u062A\u0634\u0627\u0628\u0647\u0627 \u0643\u0628\u064A\u0631\u0627 \u0645\u0639 "
                + "\u0641\u064A\u0631\u0648\u0633\u064A\u0646 \u064A\u0637\u0644\u0642 "
                + "\u0639\u0644\u064A\u0647\u0645\u0627";
        String next = "\u0648\u0628\u0627\u0644\u0631\u063A\u0645 \u0645\u0646 \u0630\u0644\u0643 "
                + "\u0641\u0625\u0646 \u0627\u0644\u0641\u064A\u0631\u0648\u0633 \u064A\u062E\u062A\u0644\u0641 "
                + "\u0639\u0646\u0647\u0645\u0627.";
        String text = arabic + " bat-SL-CoVZX45 \u0648bat-SL-CoVZX21. " + next;
        assertEquals(List.of(text), texts(text));
        // an English sentence without a stop beside Arabic is still a paragraph of its own
        String english = "The researchers found that the virus is close to the bat viruses";
        assertEquals(List.of(english, next), texts(english + " " + next));
    }

    @Test
    void aCompanyNameWithAnArticleAtTheStartOfAnArabicLineStaysInTheSentence() {
        // "the company Who Gives a Crap, which makes recycled toilet paper, said last Wednesday ..."
        String text = "\u0630\u0643\u0631\u062A \u0634\u0631\u0643\u0629 Who Gives a Crap\u060C "
                + "\u0627\u0644\u062A\u064A \u062A\u0646\u062A\u062C \u0648\u0631\u0642 "
                + "\u0627\u0644\u0645\u0631\u0627\u062D\u064A\u0636 \u0627\u0644\u0645\u0639\u0627\u062F "
                + "\u062A\u062F\u0648\u064A\u0631\u0647 \u064A\u0648\u0645 \u0627\u0644\u0623\u0631\u0628\u0639\u0627\u0621.";
        assertEquals(List.of(text), texts(text));
    }

    @Test
    void openingQuoteBeforeACutGoesWithTheTextAfterIt() {
        String english = "The spokesman said this in Arabic.";
        String arabic = "\u00AB" + ARABIC_SAID + " " + ARABIC_THAT_FORCES + "\u00BB";
        assertEquals(List.of(english, arabic), texts(english + " " + arabic));
    }

    @Test
    void paragraphWithoutLettersOrDigitsIsKept() {
        List<Paragraph> paragraphs = splitter.split("One.\n\n***\n\nTwo.");
        assertEquals("***", paragraphs.get(1).text());
        assertEquals("Zyyy", paragraphs.get(1).script());
        assertEquals(LanguageGuess.undetermined(), paragraphs.get(1).language());
    }

    @Test
    void fieldsLocateTheParagraphInTheInput() {
        String input = "\n  First line\n  wraps here.  \n\nSecond.";
        List<Paragraph> paragraphs = splitter.split(input);
        Paragraph first = paragraphs.get(0);
        assertEquals(0, first.index());
        assertEquals(2, first.line());
        assertEquals(new Span(3, 27), first.span());
        assertEquals("First line\n  wraps here.", first.span().of(input));
        assertEquals("First line wraps here.", first.text());
        assertEquals(1, first.runs().size());
        assertEquals(new Span(0, first.text().length()), first.runs().get(0).span());
        Paragraph second = paragraphs.get(1);
        assertEquals(1, second.index());
        assertEquals(5, second.line());
        assertEquals("Second.", second.span().of(input));
    }

    @Test
    void languageComesFromTheIdentifier() {
        ParagraphSplitter fixed = new ParagraphSplitter(text -> new LanguageGuess("xx", 0.25));
        assertEquals(new LanguageGuess("xx", 0.25), fixed.split("Anything at all.").get(0).language());
    }

    @Test
    void emptyOrBlankInputHasNoParagraphs() {
        assertEquals(List.of(), splitter.split(""));
        assertEquals(List.of(), splitter.split(" \n\t\n"));
    }

    @Test
    void runsAndScriptOfOneLineParagraphsAreThoseOfTheirText() {
        // one-run lines take their run's script without a second look: check it against ScriptRuns
        String[] alphabet = {"a", "B", "z", "\u0642", "\u0627", "\u0661", "7", " ", " ", "  ", "\u1680", "\u169A",
            "\u00A0", "\u2003", ".", "\u061F", "\"", "(", "-", "\n", "\n", "\n\n", "\u05D0", "\u064E", "\uD835\uDC00"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int doc = 0; doc < 3_000; doc++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            for (Paragraph p : splitter.split(text.toString())) {
                assertEquals(ScriptRuns.of(p.text()), p.runs(), p.text());
                assertEquals(ScriptRuns.dominant(p.text()), p.script(), p.text());
            }
        }
        for (String text : List.of("\u1680abc\u1680", "\u169A\u1680\u169A", "1\u16802", "abc def\nghi",
                "The title. \u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u0627\u0644\u064A\u0648\u0645 \u0641\u064A")) {
            for (Paragraph p : splitter.split(text)) {
                assertEquals(ScriptRuns.of(p.text()), p.runs(), p.text());
                assertEquals(ScriptRuns.dominant(p.text()), p.script(), p.text());
            }
        }
    }

    /** The table-driven test gives what the plain per-character rule gives, on random spaced text. */
    @Test
    void isCollapsedAsThePlainRuleSays() {
        String alphabet = "ab ب  \n\t\u00A0\u2003\u3000’\uD835\uDC1A\uDC1A.";
        Random random = new Random(11);
        for (int trial = 0; trial < 20_000; trial++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String raw = b.toString();
            boolean expected = true;
            boolean afterSpace = true;
            for (int i = 0; i < raw.length() && expected; i++) {
                char c = raw.charAt(i);
                boolean space = c == ' ';
                expected = !(space ? afterSpace : Whitespace.isSpace(c) || Character.isSurrogate(c));
                afterSpace = space;
            }
            expected &= !afterSpace || raw.isEmpty();
            assertEquals(expected, ParagraphSplitter.isCollapsed(raw), raw);
            if (expected) {
                assertEquals(raw, ParagraphSplitter.collapseSpaces(raw), raw);
            }
        }
    }
}
