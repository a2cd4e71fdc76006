package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path dir;

    private Path touch(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    @Test
    void languageSuffixesFormAPairNamedWithoutThem() throws IOException {
        touch("abcnews.306758.en.txt");
        touch("abcnews.306758.ar.txt");
        List<InputUnit> units = new InputCollector(List.of()).collect(List.of(dir)).units();
        assertEquals(1, units.size());
        InputUnit.Pair pair = assertInstanceOf(InputUnit.Pair.class, units.get(0));
        assertEquals("abcnews.306758", pair.stem());
        assertTrue(pair.english().toString().endsWith(".en.txt"));
    }

    @Test
    void languageFoldersFormAPair() throws IOException {
        touch("en/story.txt");
        touch("ar/story.txt");
        List<InputUnit> units = new InputCollector(List.of()).collect(List.of(dir)).units();
        InputUnit.Pair pair = assertInstanceOf(InputUnit.Pair.class, units.get(0));
        assertEquals("story", pair.stem());
        assertEquals("en", pair.english().getParent().getFileName().toString());
    }

    @Test
    void otherFilesAreSingleDocumentsInSortedOrder() throws IOException {
        touch("b.txt");
        touch("a.txt");
        touch("c.en.txt");
        List<String> stems = new InputCollector(List.of()).collect(List.of(dir)).units().stream()
                .map(InputUnit::stem).toList();
        assertEquals(List.of("a", "b", "c.en"), stems);
    }

    @Test
    void walksOnlyTextFilesButTakesNamedFilesAsTheyAre() throws IOException {
        touch("notes.md");
        Path named = touch("data.text");
        assertEquals(0, new InputCollector(List.of()).collect(List.of(dir)).units().size());
        assertEquals(1, new InputCollector(List.of()).collect(List.of(named)).units().size());
    }

    @Test
    void neverReadsTheExcludedOutputFolder() throws IOException {
        touch("doc.txt");
        touch("out/doc.txt");
        List<InputUnit> units = new InputCollector(List.of(dir.resolve("out"))).collect(List.of(dir)).units();
        assertEquals(1, units.size());
    }

    @Test
    void aMissingInputIsAProblemNamingIt() {
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir.resolve("nope")));
        assertEquals(1, c.problems().size());
        assertTrue(c.problems().get(0).toString().contains("nope"));
    }
}
