package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DetectCommandTest {
    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(new CommandLine(new DetectCommand()), args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneTsvRowPerParagraph() throws IOException {
        Path f = write("a.txt", "The minister said on Tuesday that the bridge\nwould open soon.\n\n"
                + "قال الوزير يوم الثلاثاء إن الجسر الجديد سيفتتح قبل نهاية العام.\n\n2019\n");
        CommandRun r = run(f.toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("file\tparagraph\tscript\tlanguage\tconfidence", lines[0]);
        assertEquals(4, lines.length);
        String[] first = lines[1].split("\t");
        assertEquals(5, first.length);
        assertEquals(f.toString(), first[0]);
        assertEquals("0", first[1]);
        assertEquals("Latn", first[2]);
        assertEquals("en", first[3]);
        assertEquals("1\tArab\tar", lines[2].split("\t", 2)[1].substring(0, 9));
        assertEquals("2\tZyyy\tund\t0.000", lines[3].split("\t", 2)[1]);
    }

    @Test
    void runsOptionGivesOneRowPerScriptRun() throws IOException {
        Path f = write("mixed.txt", "قال الوزير يوم الثلاثاء إن الجسر سيفتتح "
                + "\"The bridge opens very soon\" في نهاية العام.\n");
        CommandRun r = run("--runs", f.toString());
        String[] lines = r.out().split("\n");
        assertEquals("file\tparagraph\trun\tscript\tlanguage\tconfidence", lines[0]);
        assertEquals(4, lines.length, r.out());
        assertEquals("0\t1\tLatn", String.join("\t",
                java.util.Arrays.copyOfRange(lines[2].split("\t"), 1, 4)));
    }

    @Test
    void numbersUseLocaleRootUnderArabicLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            Path f = write("fr.txt", "Le ministre a déclaré mardi que le nouveau pont ouvrirait.\n");
            String confidence = run(f.toString()).out().split("\n")[1].split("\t")[4];
            assertEquals(true, confidence.matches("[01]\\.\\d{3}"), confidence);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void unreadableFileIsBadInputNamedInTheMessage() {
        CommandRun r = run(dir.resolve("missing.txt").toString());
        assertEquals(DetectCommand.EXIT_BAD_INPUT, r.exit());
        assertEquals(true, r.err().startsWith("bitext: " + dir.resolve("missing.txt")),
                r.err());
    }

    @Test
    void aTitleGluedToAnArabicSlugIsTwoParagraphsAsInAlign() throws Exception {
        Path f = dir.resolve("title.txt");
        java.nio.file.Files.writeString(f, "The American troops withdraw from the strategic al-Qaim Base."
                + "القوات-الأمريكية-تنسحب-من-قاعدة-القائم-الاستراتيجية\n");
        CommandRun r = run(f.toString());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals(true, lines[1].contains("\t0\tLatn\ten\t"), lines[1]);
        assertEquals(true, lines[2].contains("\t1\tArab\tar\t"), lines[2]);
    }
}
