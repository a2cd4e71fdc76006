package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.bitext.model.Paragraph;
import org.bitext.model.ScriptRun;
import org.bitext.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Random text through every stage of this package, checking the contracts that later stages
 * rely on (in the manner of Lucene's BaseTokenStreamTestCase): offsets in bounds and in order,
 * nothing lost, nothing overlapping, no surrogate pair cut in two.
 */
class TextContractTest {
    private static final int CASES = 400;
    private static final String[] PIECES = {
        "The", "base", "U.S.", "Col.", "B.", "e.g.", "No.", "a.m.", "Oct.", "it", "Mr.",
        "\u0627\u0644\u0642\u0627\u0639\u062F\u0629", "\u0642\u0627\u0644", "\u0643\u064E\u062A\u064E\u0628\u064E",
        "\u0640", "\u0661\u0662", "3.5", "2020", ".", "!", "?", "\u061F", "\u060C", "\u061B", "...", "\u2026",
        "\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "(", ")", "-", "*", "'",
        " ", " ", " ", "  ", "\t", "\n", "\n\n", "\u00A0", "\u200B",
        "\uD800\uDF30", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00"
    };
    private static final String[] LANGUAGES = {"en", "ar", "fr", "und"};

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) == 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    @Test
    void scriptRunsCoverTheTextContiguously() {
        Random random = new Random(20260101L);
        for (int c = 0; c < CASES; c++) {
            String text = randomText(random);
            List<ScriptRun> runs = ScriptRuns.of(text);
            int expectedStart = 0;
            for (ScriptRun run : runs) {
                assertEquals(expectedStart, run.span().start(), text);
                assertTrue(run.span().length() > 0, text);
                assertFalse(splitsSurrogatePair(text, run.span().end()), text);
                expectedStart = run.span().end();
            }
            assertEquals(text.length(), expectedStart, text);
        }
    }

    @Test
    void sentenceSpansAreOrderedTrimmedAndCoverEveryNonSpaceCharacter() {
        Random random = new Random(42L);
        SentenceSegmenter segmenter = new SentenceSegmenter();
        for (int c = 0; c < CASES; c++) {
            String text = randomText(random);
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            checkSentences(text, segmenter.split(text, language), language);
        }
    }

    @Test
    void paragraphSplitterKeepsItsParagraphsInOrder() {
        Random random = new Random(7L);
        ParagraphSplitter splitter = new ParagraphSplitter(new ScriptLanguageIdentifier());
        SentenceSegmenter segmenter = new SentenceSegmenter();
        for (int c = 0; c < CASES; c++) {
            String text = randomText(random);
            List<Paragraph> paragraphs = splitter.split(text);
            int previousEnd = 0;
            int previousLine = 1;
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph paragraph = paragraphs.get(i);
                Span span = paragraph.span();
                assertEquals(i, paragraph.index(), text);
                assertTrue(span.start() >= previousEnd && span.end() <= text.length() && span.length() > 0, text);
                assertEquals(1 + newlinesBefore(text, span.start()), paragraph.line(), text);
                assertTrue(paragraph.line() >= previousLine, text);
                assertEquals(ParagraphSplitter.collapseSpaces(span.of(text), new WrapSpellings(text)), paragraph.text(), text);
                assertFalse(paragraph.text().isEmpty(), text);
                assertEquals(ScriptRuns.dominant(paragraph.text()), paragraph.script(), text);
                checkSentences(paragraph.text(), segmenter.split(paragraph.text(), paragraph.language().code()), "para");
                previousEnd = span.end();
                previousLine = paragraph.line();
            }
        }
    }

    private static void checkSentences(String text, List<Span> spans, String language) {
        String where = language + ": " + text;
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Span span : spans) {
            assertTrue(span.start() >= previousEnd, where);
            assertTrue(span.end() <= text.length() && span.length() > 0, where);
            assertFalse(Whitespace.isSpace(text.codePointAt(span.start())), where);
            assertFalse(Whitespace.isSpace(text.codePointBefore(span.end())), where);
            assertFalse(splitsSurrogatePair(text, span.start()) || splitsSurrogatePair(text, span.end()), where);
            for (int i = span.start(); i < span.end(); i++) {
                covered[i] = true;
            }
            previousEnd = span.end();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Whitespace.isSpace(text.charAt(i))) {
                assertTrue(covered[i], where + " @" + i);
            }
        }
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    private static int newlinesBefore(String text, int offset) {
        int count = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
