package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    private static final String ENGLISH = "The minister spoke on Monday. He said the bridge\nwould open in May.\n\n"
            + "Mr. Smith disagreed.\n";
    private static final String ARABIC = "قال الوزير يوم الاثنين إن الجسر سيفتتح في مايو. وأضاف أن العمل بدأ؟ نعم.\n";

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(Main.commandLine(), args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneSentencePerLineWithSoftWrapsJoined() throws IOException {
        CommandRun r = run("segment", write("en.txt", ENGLISH).toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("The minister spoke on Monday.", "He said the bridge would open in May.",
                "Mr. Smith disagreed."), r.lines());
        assertEquals("", r.err());
    }

    @Test
    void onlyKeepsOneLanguageOfABilingualDocument() throws IOException {
        Path both = write("both.txt", ENGLISH + "\n" + ARABIC);
        CommandRun english = run("segment", "--only", "en", both.toString());
        CommandRun arabic = run("segment", "--only", "ar", both.toString());
        assertEquals(3, english.lines().size(), english.out());
        assertEquals(List.of("قال الوزير يوم الاثنين إن الجسر سيفتتح في مايو.", "وأضاف أن العمل بدأ؟", "نعم."),
                arabic.lines());
    }

    @Test
    void onlyComparesTheLanguageAndSaysWhenAFileHasNone() throws IOException {
        Path english = write("en.txt", ENGLISH);
        assertEquals(3, run("segment", "--only", "EN-us", english.toString()).lines().size());
        CommandRun none = run("segment", "--only", "ar", english.toString());
        assertEquals(0, none.exit());
        assertEquals(List.of(), none.lines());
        assertTrue(none.err().contains("en.txt: no paragraph in ar"), none.err());
    }

    @Test
    void aLanguageNameIsNotALanguageTag() throws IOException {
        CommandRun r = run("segment", "--only", "english", write("en.txt", ENGLISH).toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'english' is not a language tag"), r.err());
        CommandRun align = run("align", "--src-lang", "english", write("x.txt", ENGLISH).toString(), "-o", "-");
        assertEquals(2, align.exit());
        assertTrue(align.err().contains("--src-lang"), align.err());
    }

    @Test
    void paragraphsAreFollowedByAnEmptyLineOnRequest() throws IOException {
        CommandRun r = run("segment", "--paragraphs", write("en.txt", ENGLISH).toString());
        assertEquals(List.of("The minister spoke on Monday.", "He said the bridge would open in May.", "",
                "Mr. Smith disagreed.", ""), r.lines());
    }

    @Test
    void tsvNumbersParagraphsAndSentencesAndNamesTheLanguage() throws IOException {
        Path f = write("both.txt", ENGLISH + "\n" + ARABIC);
        List<String> lines = run("segment", "--tsv", f.toString()).lines();
        assertEquals("file\tparagraph\tsentence\tlanguage\ttext", lines.get(0));
        assertEquals(f + "\t0\t1\ten\tHe said the bridge would open in May.", lines.get(2));
        assertEquals(f + "\t2\t2\tar\tنعم.", lines.get(lines.size() - 1));
    }

    @Test
    void aShortParagraphGoesByItsScript() throws IOException {
        // too few letters for the identifier: Arabic letters are taken as Arabic, as align does
        CommandRun r = run("segment", "--tsv", write("short.txt", "بغداد\n").toString());
        assertTrue(r.lines().get(1).endsWith("\tar\tبغداد"), r.out());
    }

    @Test
    void langChoosesTheRulesForEveryParagraph() throws IOException {
        // English rules keep "Mr." inside the sentence; the root rules end a sentence there
        Path f = write("en.txt", "Mr. Smith disagreed.\n");
        assertEquals(1, run("segment", f.toString()).lines().size());
        assertEquals(2, run("segment", "--lang", "und", f.toString()).lines().size());
    }

    @Test
    void aMissingFileIsNamedAndTheOthersAreStillSegmented() throws IOException {
        Path good = write("en.txt", ENGLISH);
        CommandRun r = run("segment", dir.resolve("missing.txt").toString(), good.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertEquals(3, r.lines().size());
    }

    @Test
    void paragraphsAndTsvTogetherAreAUsageError() throws IOException {
        CommandRun r = run("segment", "--paragraphs", "--tsv", write("en.txt", ENGLISH).toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--paragraphs and --tsv"), r.err());
    }

    @Test
    void alignsPresegmentedFilesThatSegmentWrote() throws IOException {
        Path both = write("both.txt", ENGLISH + "\n" + ARABIC);
        Path en = write("x.en", run("segment", "--only", "en", both.toString()).out());
        Path ar = write("x.ar", run("segment", "--only", "ar", both.toString()).out());
        CommandRun ladder = run("align", "--presegmented", en.toString(), ar.toString(), "--quiet");
        assertEquals(0, ladder.exit(), ladder.err());
        assertTrue(ladder.out().startsWith("[0]:[0]"), ladder.out());
    }
}
