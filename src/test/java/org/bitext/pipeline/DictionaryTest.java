package org.bitext.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.align.LexicalModel.TrainingPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTest {
    @TempDir
    Path dir;

    @Test
    void entriesAreFoldedLikeTheTextTheyMatch() throws IOException {
        Path file = dir.resolve("dict.tsv");
        Files.writeString(file, "# army words\nsoldiers\tالجنود\n\nwithdrawal\tانسحاب\n");
        List<TrainingPair> entries = Dictionary.read(file);
        assertEquals(2, entries.size());
        assertEquals(List.of("soldi"), entries.get(0).source());
        assertEquals(List.of("جنود"), entries.get(0).target());
    }

    @Test
    void aLineWithoutATabNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("dict.tsv");
        Files.writeString(file, "soldiers\tالجنود\nbroken line\n");
        IOException e = assertThrows(IOException.class, () -> Dictionary.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: expected SOURCE<TAB>TARGET"), e.getMessage());
    }
}
