package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFailureTest {
    @TempDir
    Path dir;

    @Test
    void theJdksBarePathMessagesGetAReason() {
        assertEquals("/data/a.txt: no such file or directory",
                ReadFailure.describe(new NoSuchFileException("/data/a.txt")));
        assertEquals("/data/a.txt: permission denied", ReadFailure.describe(new AccessDeniedException("/data/a.txt")));
        assertEquals("/data: is a directory",
                ReadFailure.describe(new FileSystemException("/data", null, "Is a directory")));
    }

    @Test
    void aMessageWithoutTheFileIsGivenTheFile() {
        assertEquals("/data: is a directory", ReadFailure.describe(Path.of("/data"), new IOException("Is a directory")));
        assertEquals("/data/a.txt:3: expected two cells",
                ReadFailure.describe(Path.of("/data/a.txt"), new IOException("/data/a.txt:3: expected two cells")));
        assertEquals("cannot read (IOException)", ReadFailure.describe(new IOException()));
    }

    @Test
    void aDecodingErrorKeepsItsLineAndByte() throws IOException {
        Path file = Files.write(dir.resolve("bad.txt"), new byte[] {'a', '\n', (byte) 0xFF, 'b'});
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> new TextDecoder(Optional.empty()).decode(file));
        assertEquals(e.getMessage(), ReadFailure.describe(file, e));
    }

    @Test
    void aRealMissingFileAndADirectoryAreDescribed() {
        TextDecoder decoder = new TextDecoder(Optional.empty());
        IOException missing = assertThrows(IOException.class, () -> decoder.decode(dir.resolve("gone.txt")));
        assertEquals(dir.resolve("gone.txt") + ": no such file or directory", ReadFailure.describe(missing));
        IOException folder = assertThrows(IOException.class, () -> decoder.decode(dir));
        assertEquals(dir + ": is a directory", ReadFailure.describe(dir, folder));
    }
}
