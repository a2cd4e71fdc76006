package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.pipeline.BatchOptions;
import org.bitext.pipeline.SeedLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AlignCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private void writeBilingual(String name) throws IOException {
        Files.writeString(dir.resolve(name), """
                The army left the base on Monday.

                Five hundred soldiers were there in 2019.

                غادر الجيش القاعدة يوم الاثنين.

                كان هناك خمسمائة جندي في عام ٢٠١٩.
                """);
    }

    @Test
    void stdoutCarriesOnlyTsvRowsAndTheSummaryGoesToStderr() throws IOException {
        writeBilingual("doc.txt");
        assertEquals(0, run("align", dir.toString(), "-o", "-"));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length, out.toString());
        for (String line : lines) {
            assertEquals(3, line.split("\t", -1).length, line);
        }
        assertTrue(lines[1].startsWith("Five hundred soldiers") && lines[1].contains("٢٠١٩"), lines[1]);
        assertTrue(err.toString().contains("1 aligned"), err.toString());
    }

    private void writeStory(String english, String arabic) throws IOException {
        Files.writeString(dir.resolve(english), "The army left the base on Monday.\n\nFive hundred soldiers were there in 2019.\n");
        Files.writeString(dir.resolve(arabic), "غادر الجيش القاعدة يوم الاثنين.\n\nكان هناك خمسمائة جندي في عام ٢٠١٩.\n");
    }

    @Test
    void pairsAlignTwoFilesWhateverTheirNames() throws IOException {
        writeStory("story-english.txt", "qissa");
        assertEquals(0, run("align", "--pairs", dir.resolve("story-english.txt").toString(),
                dir.resolve("qissa").toString(), "-o", "-", "--columns", "doc,src,tgt"));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length, out.toString() + err);
        assertTrue(lines[1].startsWith("story-english\tFive hundred soldiers") && lines[1].contains("٢٠١٩"), lines[1]);
        // without --pairs the two files are two documents of one language each
        out.getBuffer().setLength(0);
        assertEquals(0, run("align", dir.resolve("story-english.txt").toString(), dir.resolve("qissa").toString(), "-o", "-"));
        assertEquals("", out.toString());
    }

    @Test
    void pairsNameAMissingFileAndAlignTheOtherPairs() throws IOException {
        writeStory("a.en.txt", "a-ar.txt");
        assertEquals(ExitCode.BAD_INPUT, run("align", "--pairs", dir.resolve("gone.txt").toString(),
                dir.resolve("a-ar.txt").toString(), dir.resolve("a.en.txt").toString(), dir.resolve("a-ar.txt").toString(),
                "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("bitext: " + dir.resolve("gone.txt") + ": no such file or directory"), err.toString());
        assertTrue(Files.exists(dir.resolve("out/a.tsv")), "the pair is named after its source file, less .en");
    }

    @Test
    void pairsNeedAWholeNumberOfPairsAndFiles() throws IOException {
        writeStory("a.txt", "b.txt");
        assertEquals(ExitCode.USAGE, run("align", "--pairs", dir.resolve("a.txt").toString()));
        assertTrue(err.toString().startsWith("bitext: --pairs takes files in pairs: SOURCE TARGET"), err.toString());
        assertEquals(ExitCode.USAGE, run("align", "--pairs", "-", dir.resolve("b.txt").toString()));
        assertEquals(ExitCode.USAGE, run("align", "--pairs", "--presegmented", dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString()));
    }

    @Test
    void aBatchTooSmallForItsOwnLexiconSaysItWasGivenBitextsList() throws IOException {
        writeBilingual("doc.txt");
        assertEquals(0, run("align", dir.toString(), "-o", "-"));
        assertTrue(err.toString().contains("bitext: lexicon learned from 2 sentence pairs and bitext's list of "
                + SeedLexicon.entries().size() + " common news words (a batch this small has too few of its own)"),
                err.toString());
        assertTrue(err.toString().startsWith("bitext: 1 document or pair, 1 aligned,"), err.toString());
    }

    @Test
    void aBatchWithEnoughPairsReportsThePairsItsLexiconLearnedFrom() throws IOException {
        for (int k = 0; k < 6; k++) {
            writeBilingual("doc" + k + ".txt");
        }
        assertEquals(0, run("align", dir.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("lexicon learned from 12 sentence pairs"), err.toString());
        assertTrue(err.toString().startsWith("bitext: 6 documents or pairs, 6 aligned,"), err.toString());
        assertFalse(err.toString().contains("no lexicon"), err.toString());
    }

    @Test
    void aFileThatIsNotUtf8IsNamedAndTheRestOfTheBatchStillRuns() throws IOException {
        writeBilingual("good.txt");
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', '\n', (byte) 0xFF, 'b'});
        Path outDir = dir.resolve("out");
        assertEquals(ExitCode.BAD_INPUT, run("align", dir.toString(), "-o", outDir.toString()));
        assertTrue(err.toString().contains("bad.txt:2: byte 2: not valid UTF-8"), err.toString());
        assertTrue(Files.exists(outDir.resolve("good.tsv")));
        assertTrue(Files.exists(outDir.resolve("good.tmx")));
        assertFalse(Files.exists(outDir.resolve("bad.tsv")));
    }

    @Test
    void aMonolingualDocumentGivesNoPairsAndIsReported() throws IOException {
        Files.writeString(dir.resolve("english.txt"), "Only English here.\n\nAnd here.\n");
        assertEquals(0, run("align", dir.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains("one language only): english"), err.toString());
        assertFalse(Files.exists(dir.resolve("out").resolve("english.tsv")));
    }

    @Test
    void timingsPrintEveryStageToStderrAndLeaveStdoutAlone() throws IOException {
        writeBilingual("doc.txt");
        assertEquals(0, run("align", dir.toString(), "-o", "-", "--timings", "--quiet"));
        assertEquals(2, out.toString().split("\n").length, out.toString());
        for (String stage : new String[] {"decode", "paragraphs+language", "segmentation", "first-pass alignment",
            "lexicon training", "second-pass alignment", "writing", "wall"}) {
            assertTrue(err.toString().contains("bitext:   " + stage), err.toString());
        }
    }

    @Test
    void moreJobsThanTheHeapHoldsRunFewerWithAWarning() throws IOException {
        writeBilingual("doc.txt");
        int fit = BatchOptions.jobsForHeap(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory());
        assertEquals(0, run("align", dir.toString(), "-o", "-", "--jobs", String.valueOf(fit + 1)));
        assertTrue(err.toString().contains("bitext: --jobs " + (fit + 1) + " needs more heap than "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB; running " + fit + " jobs"), err.toString());
        assertFalse(out.toString().isEmpty());
    }

    @Test
    void noTimingsWithoutTheOption() throws IOException {
        writeBilingual("doc.txt");
        assertEquals(0, run("align", dir.toString(), "-o", "-"));
        assertFalse(err.toString().contains("timings"), err.toString());
    }

    @Test
    void presegmentedLadderOutput() throws IOException {
        Files.writeString(dir.resolve("a.en"), "One sentence here.\nAnother one with 42 in it.\n");
        Files.writeString(dir.resolve("a.ar"), "جملة واحدة هنا.\nجملة أخرى فيها 42.\n");
        assertEquals(0, run("align", "--presegmented", dir.resolve("a.en").toString(), dir.resolve("a.ar").toString()));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("[0]:[0]:"), lines[0]);
        assertTrue(lines[1].startsWith("[1]:[1]:"), lines[1]);
    }

    @Test
    void presegmentedFilesGetTheNewsWordListByTheLanguagesGivenElseByTheirScripts() throws IOException {
        Files.writeString(dir.resolve("s.en"), "The minister said on Monday that the army will leave.\n"
                + "The president met the prime minister in the capital on Tuesday.\n"
                + "The government said the talks will continue next week.\n");
        Files.writeString(dir.resolve("s.ar"), "قال الوزير يوم الاثنين إن الجيش سيغادر.\n"
                + "التقى الرئيس رئيس الوزراء في العاصمة يوم الثلاثاء.\n"
                + "قالت الحكومة إن المحادثات ستستمر الأسبوع المقبل.\n");
        String[] files = {dir.resolve("s.en").toString(), dir.resolve("s.ar").toString()};
        assertEquals(0, run("align", "--presegmented", files[0], files[1]));
        String byScripts = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("align", "--presegmented", files[0], files[1], "--src-lang", "en"));
        assertEquals(byScripts, out.toString());
        out.getBuffer().setLength(0);
        // French and Arabic files do not get the English list: the same path, scored without it
        assertEquals(0, run("align", "--presegmented", files[0], files[1], "--src-lang", "fr"));
        String french = out.toString();
        assertEquals(byScripts.replaceAll(":[0-9.]+\n", "\n"), french.replaceAll(":[0-9.]+\n", "\n"));
        assertFalse(french.equals(byScripts), french);
    }

    @Test
    void presegmentedLinesAreSanitisedLineForLineWithAWarning() throws IOException {
        // a line separator inside line 1 must not make a third sentence; the override is removed
        Files.writeString(dir.resolve("a.en"), "One sentence\u2028here.\nAnother one with 42 in it.\u202E\n");
        Files.writeString(dir.resolve("a.ar"), "جملة واحدة هنا.\nجملة أخرى فيها 42.\n");
        assertEquals(0, run("align", "--presegmented", dir.resolve("a.en").toString(), dir.resolve("a.ar").toString()));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[1].startsWith("[1]:[1]:"), lines[1]);
        assertTrue(err.toString().contains("bitext: " + dir.resolve("a.en")
                + ": removed 1 character: bidi embeddings, overrides and isolates"), err.toString());
    }

    @Test
    void presegmentedTimingsGoToStderrAndLeaveTheLadderAlone() throws IOException {
        Files.writeString(dir.resolve("a.en"), "One sentence here.\nAnother one with 42 in it.\n");
        Files.writeString(dir.resolve("a.ar"), "جملة واحدة هنا.\nجملة أخرى فيها 42.\n");
        assertEquals(0, run("align", "--presegmented", "--timings", dir.resolve("a.en").toString(),
                dir.resolve("a.ar").toString()));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[0].startsWith("[0]:[0]:"), lines[0]);
        for (String stage : new String[] {"decode", "segmentation", "first-pass alignment", "lexicon training",
            "second-pass alignment", "writing", "wall"}) {
            assertTrue(err.toString().contains("bitext:   " + stage), err.toString());
        }
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("align", "--no-such-option", "x"));
    }

    @Test
    void aUsageErrorIsItsMessageAndWhereTheHelpIsNotTheWholeUsage() {
        assertEquals(ExitCode.USAGE, run("align", "--presegmented", "one.en"));
        String[] lines = err.toString().split("\n");
        assertEquals("bitext: --presegmented takes files in pairs: SOURCE TARGET [SOURCE TARGET ...]", lines[0]);
        assertEquals("Try 'bitext align --help' for more information.", lines[lines.length - 1]);
        assertTrue(lines.length <= 3, err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void outputsMayGoBesideTheDocumentsInTheInputFolder() throws IOException {
        writeBilingual("doc.txt");
        assertEquals(0, run("align", dir.toString(), "-o", dir.toString()));
        assertTrue(Files.exists(dir.resolve("doc.tsv")) && Files.exists(dir.resolve("doc.tmx")), err.toString());
        // a second run reads the same document, not its outputs
        assertEquals(0, run("align", dir.toString(), "-o", dir.toString()));
        assertTrue(err.toString().contains("1 document or pair, 1 aligned"), err.toString());
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotRead() throws IOException {
        writeBilingual("doc.txt");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stray.txt"), "Only English here.\n");
        assertEquals(0, run("align", dir.toString(), "-o", out.toString()));
        assertTrue(err.toString().contains("1 document or pair, 1 aligned, 0 with one language only"), err.toString());
        assertEquals(List.of(), AlignCommand.excludedOutput(dir, List.of(dir.resolve("doc.txt"))));
        assertEquals(List.of(out), AlignCommand.excludedOutput(out, List.of(dir)));
    }

    @Test
    void anOutputFolderThatIsAFileIsRefusedBeforeAnyWork() throws IOException {
        writeBilingual("doc.txt");
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertEquals(ExitCode.USAGE, run("align", dir.resolve("doc.txt").toString(), "-o", file.toString()));
        assertTrue(err.toString().startsWith("bitext: -o " + file + ": is a file, not a folder"), err.toString());
        assertEquals(ExitCode.USAGE, run("align", dir.resolve("doc.txt").toString(), "-o",
                file.resolve("sub").toString()));
        assertTrue(err.toString().contains(": " + file + " is a file, not a folder"), err.toString());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void minScoreWritesOnlyPairsScoredAtLeastThatAndCountsTheOthers() throws IOException {
        // the last pair is no translation: it scores under the others
        Files.writeString(dir.resolve("doc.txt"), """
                The army left the base on Monday.

                Five hundred soldiers were there in 2019.

                The weather was cold.

                غادر الجيش القاعدة يوم الاثنين.

                كان هناك خمسمائة جندي في عام ٢٠١٩.

                وقال مسؤول إن الوضع هادئ الآن في المدينة.
                """);
        assertEquals(0, run("align", dir.toString(), "-o", "-"));
        String[] all = out.toString().split("\n");
        assertEquals(3, all.length, out.toString());
        double lower = java.util.Arrays.stream(all).mapToDouble(row -> Double.parseDouble(row.split("\t")[2])).min()
                .orElseThrow();
        assertTrue(lower < 1, "the fixture needs a pair scored under 1: " + out);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        // just above the lowest score: one pair fewer, its two sentences unaligned
        String minimum = String.format(java.util.Locale.ROOT, "%.3f", lower + 0.001);
        assertEquals(0, run("align", dir.toString(), "-o", "-", "--min-score", minimum));
        assertEquals(2, out.toString().split("\n").length, out.toString());
        assertTrue(err.toString().contains("pairs under --min-score, written as unaligned sentences: 1"),
                err.toString());
        assertTrue(err.toString().contains("1-0 1"), err.toString());
        assertEquals(ExitCode.USAGE, run("align", dir.toString(), "-o", "-", "--min-score", "1.5"));
        assertTrue(err.toString().contains("--min-score: a score is between 0 and 1, not 1.5"), err.toString());
    }

    @Test
    void aMissingNamesDictionaryOrPresegmentedFileIsNamedWithTheReason() throws IOException {
        writeBilingual("doc.txt");
        Path missing = dir.resolve("missing.tsv");
        assertEquals(ExitCode.BAD_INPUT, run("align", dir.resolve("doc.txt").toString(), "-o", "-",
                "--names", missing.toString()));
        assertTrue(err.toString().contains("bitext: " + missing + ": no such file or directory"), err.toString());
        assertEquals(ExitCode.BAD_INPUT, run("align", dir.resolve("doc.txt").toString(), "-o", "-",
                "--dictionary", missing.toString()));
        assertTrue(err.toString().contains("bitext: " + missing + ": no such file or directory"), err.toString());
        Path en = Files.writeString(dir.resolve("p.en"), "one\n");
        assertEquals(ExitCode.BAD_INPUT, run("align", "--presegmented", en.toString(), dir.resolve("p.ar").toString()));
        assertTrue(err.toString().contains("bitext: " + dir.resolve("p.ar") + ": no such file or directory"),
                err.toString());
    }

    @Test
    void aMistypedOptionGetsSuggestions() {
        assertEquals(ExitCode.USAGE, run("align", "--combine", "x"));
        assertTrue(err.toString().startsWith("bitext: Unknown option: '--combine'"), err.toString());
        assertTrue(err.toString().contains("--combined"), err.toString());
    }

    private void writeNameDocument() throws IOException {
        Files.writeString(dir.resolve("names.txt"), """
                The army left al-Qā’im on Monday.

                Fighters of Dā‘iš were seen near al-Qaim in 2019.

                غادر الجيش القائم يوم الاثنين.

                شوهد مقاتلو داعش قرب القائم في عام ٢٠١٩.
                """);
    }

    @Test
    void namesAreRespelledCanonicallyAndTheTmxRecordsIt() throws IOException {
        writeNameDocument();
        Path outDir = dir.resolve("out");
        assertEquals(0, run("align", dir.resolve("names.txt").toString(), "-o", outDir.toString()));
        String tsv = Files.readString(outDir.resolve("names.tsv"));
        assertTrue(tsv.contains("The army left al-Qaim on Monday."), tsv);
        assertFalse(tsv.contains("al-Qā’im"), tsv);
        String tmx = Files.readString(outDir.resolve("names.tmx"));
        assertTrue(tmx.contains("<prop type=\"x-names\">al-Qā’im→al-Qaim</prop>"), tmx);
    }

    @Test
    void keepSpellingsLeavesNamesAsWritten() throws IOException {
        writeNameDocument();
        Path outDir = dir.resolve("out");
        assertEquals(0, run("align", dir.resolve("names.txt").toString(), "-o", outDir.toString(),
                "--keep-spellings"));
        assertTrue(Files.readString(outDir.resolve("names.tsv")).contains("al-Qā’im"));
        assertFalse(Files.readString(outDir.resolve("names.tmx")).contains("x-names"));
    }
}
