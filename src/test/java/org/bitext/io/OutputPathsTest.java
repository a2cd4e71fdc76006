package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputPathsTest {
    @Test
    void ordinaryStemIsUnchanged() {
        assertEquals("abcnews.306758", OutputPaths.safeStem("abcnews.306758"));
    }

    @Test
    void pathSeparatorsCannotEscapeTheFolder() {
        assertEquals("_._.._etc_passwd", OutputPaths.safeStem("../../etc/passwd"));
        assertEquals("a_b", OutputPaths.safeStem("a\\b"));
    }

    @Test
    void dotsOnlyStemGetsAPrefix() {
        assertEquals("_.", OutputPaths.safeStem("."));
        assertEquals("_..", OutputPaths.safeStem(".."));
    }

    @Test
    void emptyStemGetsAName() {
        assertEquals("_", OutputPaths.safeStem(""));
    }

    @Test
    void leadingDotIsReplacedSoNoOutputIsHidden() {
        assertEquals("_hidden", OutputPaths.safeStem(".hidden"));
    }

    @Test
    void newlinesAndControlsInANameBecomeUnderscores() {
        assertEquals("a_b_c", OutputPaths.safeStem("a\nb\u0000c"));
    }

    @Test
    void longStemIsShortenedToFitAFileName() {
        String stem = OutputPaths.safeStem("خ".repeat(300));
        assertTrue(stem.getBytes(StandardCharsets.UTF_8).length <= OutputPaths.MAX_STEM_BYTES);
        assertEquals(OutputPaths.MAX_STEM_BYTES / 2, stem.length());
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String stem = OutputPaths.safeStem("\uD83D\uDE00".repeat(100));
        assertEquals(0, stem.length() % 2);
        assertTrue(Character.isLowSurrogate(stem.charAt(stem.length() - 1)));
    }

    @Test
    void resolveGivesADirectChildOfTheFolder() {
        Path folder = Path.of("out");
        assertEquals(folder.resolve("_._x.tmx"), OutputPaths.resolve(folder, "../x", ".tmx"));
        assertEquals(folder.resolve("_...tsv"), OutputPaths.resolve(folder, "..", ".tsv"));
    }
}
