package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RunTogetherWordsTest {
    @Test
    void aLongRunOfArabicLettersIsWordsRunTogether() {
        // "Charles Czeisler, professor of sleep medicine" without its spaces
        String glued = "\u0642\u0627\u0645\u062A\u0634\u0627\u0631\u0644\u0632\u0633\u0632\u064A\u0633\u0644\u0631";
        String professor = "\u0623\u0633\u062A\u0627\u0630\u0637\u0628\u0627\u0644\u0646\u0648\u0645";
        assertEquals(glued + professor, RunTogetherWords.find("\u0648 " + glued + professor + "\u060C \u0648"));
    }

    @Test
    void wordsWithTheirCliticsAndDiacriticsAreNot() {
        // wa-al-tocilizumab, 14 letters: the longest word of the development text
        assertNull(RunTogetherWords.find("\u0648\u0627\u0644\u062A\u0648\u0633\u064A\u0644\u064A\u0632\u0648\u0645\u0627\u0628 "
                + "\u0639\u064E\u0644\u0649\u0652"));
        // words joined by a slash or a full stop are two runs
        assertNull(RunTogetherWords.find("\u0648\u0627\u0644\u0644\u0648\u0628\u064A\u0646\u0627\u0641\u064A\u0631/"
                + "\u0631\u064A\u062A\u0648\u0646\u0627\u0641\u064A\u0631"));
        assertNull(RunTogetherWords.find("English text without any Arabic at all, however long it runs"));
    }

    @Test
    void diacriticsAndTatweelInsideARunDoNotBreakIt() {
        String run = "\u0642\u0627\u0645\u064E\u062A\u0634\u0627\u0631\u0640\u0644\u0632\u0633\u0632\u064A\u0633\u0644\u0631"
                + "\u0623\u0633\u062A\u0627\u0630";
        assertEquals(run, RunTogetherWords.find(run));
    }

    @Test
    void runsAreEveryRunInOrderAndNoneInTextWithItsSpaces() {
        String students = "طلابجامعةهارفارديتلقون";
        String course = "دورةللحصولعلىقسطكافمنالراحة";
        assertEquals(List.of(students, course), RunTogetherWords.runs(students + " دورة، " + course + "."));
        assertEquals(List.of(), RunTogetherWords.runs("طلاب جامعة هارفارد يتلقون دورة للحصول على قسط كاف من الراحة"));
    }

    /** The plain scan that {@link RunTogetherWords#runs} replaced, as its oracle. */
    private static List<String> scanned(String text) {
        List<String> runs = new ArrayList<>();
        int runStart = -1;
        int letters = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = c >= '\u0621' && c <= '\u064A' && c != '\u0640';
            boolean mark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
            if (letter) {
                runStart = letters == 0 ? i : runStart;
                letters++;
            } else if (letters > 0 && !mark) {
                if (letters >= RunTogetherWords.MIN_RUN_LETTERS) {
                    runs.add(text.substring(runStart, i));
                }
                letters = 0;
            }
        }
        return runs;
    }

    /** Law: the runs are those a scan of every char finds, on random text of runs of every length. */
    @Test
    void theStrideFindsWhatAScanOfEveryCharFinds() {
        String[] pieces = {"\u0628", "\u0627", "\u0644", "\u064E", "\u0640", "\u0670", " ", ".", "a", "\u060C",
            "\u0628\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u0645\u0646\u0627\u0644\u0645\u062F\u0631\u0633\u0629"};
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.of(random, pieces, 40);
            assertEquals(scanned(text), RunTogetherWords.runs(text), () -> "in \"" + text + "\"");
            List<String> all = scanned(text);
            assertEquals(all.isEmpty() ? null : all.get(0), RunTogetherWords.find(text));
        }
    }
}
