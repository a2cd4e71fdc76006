package org.bitext.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7's inputs that concern reading: one test per case, named after it. */
class InputCasesTest {
    @TempDir
    Path dir;

    private final TextDecoder decoder = new TextDecoder(Optional.empty());

    private List<Path> filesOf(InputCollector.Collected c) {
        return c.units().stream().flatMap(u -> u.files().stream()).toList();
    }

    static byte[] png() {
        // signature, then an IHDR chunk header: its length field starts with NUL bytes
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    static byte[] zip(boolean jar) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = jar ? new JarOutputStream(bytes) : new ZipOutputStream(bytes)) {
            z.putNextEntry(jar ? new JarEntry("a/B.class") : new ZipEntry("readme.txt"));
            z.write("hello hello hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void pngImageIsReportedAsBinaryWithItsByteOffset() {
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(Path.of("x.txt"), png()));
        assertTrue(e.getMessage().matches("x\\.txt:\\d+: byte 8: binary file.*"), e.getMessage());
    }

    @Test
    void zipArchiveIsReportedAsBinary() throws IOException {
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(Path.of("x.txt"), zip(false)));
        assertTrue(e.getMessage().contains("binary file"), e.getMessage());
    }

    @Test
    void jarIsReportedAsBinary() throws IOException {
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(Path.of("x.txt"), zip(true)));
        assertTrue(e.getMessage().contains("binary file"), e.getMessage());
    }

    @Test
    void nulByteInTextNamesLineAndOffset() {
        byte[] bytes = "one\ntwo\u0000three".getBytes(StandardCharsets.UTF_8);
        TextDecoder.DecodingException e = assertThrows(TextDecoder.DecodingException.class,
                () -> decoder.decode(Path.of("x.txt"), bytes));
        assertTrue(e.getMessage().startsWith("x.txt:2: byte 7: binary file"), e.getMessage());
    }

    @Test
    void emptyFileDecodesToEmptyText() throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals("", decoder.decode(f).text());
    }

    @Test
    void whitespaceOnlyFileDecodes() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"), " \t\r\n\r\n  ");
        assertEquals(" \t\n\n  ", decoder.decode(f).text());
    }

    @Test
    void namesWithSpacesAreCollected() throws IOException {
        Path f = Files.writeString(dir.resolve("my doc.txt"), "x");
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir));
        assertEquals(List.of(f), filesOf(c));
        assertEquals("my doc", c.units().get(0).stem());
    }

    @Test
    void unicodeNamesAreCollected() throws IOException {
        Path f = Files.writeString(dir.resolve("خبر é.en.txt"), "x");
        Files.writeString(dir.resolve("خبر é.ar.txt"), "x");
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir));
        assertEquals(1, c.units().size());
        assertEquals("خبر é", c.units().get(0).stem());
        assertTrue(filesOf(c).contains(f));
    }

    @Test
    void namesWithNewlinesAreCollected() throws IOException {
        Path f = Files.writeString(dir.resolve("a\nb.txt"), "x");
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir));
        assertEquals(List.of(f), filesOf(c));
    }

    @Test
    void aSymlinkLoopIsWalkedOnceAndABrokenLinkIsNamed() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("a.txt"), "x");
        Files.createSymbolicLink(sub.resolve("loop"), dir);
        Files.createSymbolicLink(sub.resolve("self.txt"), sub.resolve("self.txt"));
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir));
        assertEquals(List.of(sub.resolve("a.txt")), filesOf(c));
        assertEquals(List.of(sub.resolve("self.txt") + ": symbolic link to nothing readable"),
                c.problems().stream().map(Object::toString).toList());
    }

    @Test
    void linkedFilesAndFoldersAreDocuments() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path file = Files.writeString(elsewhere.resolve("story.txt"), "x");
        Path folder = Files.createDirectories(elsewhere.resolve("more"));
        Files.writeString(folder.resolve("b.en.txt"), "x");
        Files.writeString(folder.resolve("b.ar.txt"), "x");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("linked.txt"), file);
        Files.createSymbolicLink(corpus.resolve("linked-folder"), folder);
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(corpus));
        assertEquals(List.of("b", "linked"), c.units().stream().map(InputUnit::stem).sorted().toList());
        assertTrue(c.problems().isEmpty(), c.problems().toString());
    }

    @Test
    void aFolderGivenAndLinkedInIsReadOnce() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path news = Files.createDirectories(corpus.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "x");
        Files.writeString(news.resolve("b.en.txt"), "x");
        Files.writeString(news.resolve("b.ar.txt"), "x");
        Files.writeString(news.resolve("c.txt"), "x");
        Files.createSymbolicLink(corpus.resolve("z-latest"), news);
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(corpus, news.resolve("a.txt")));
        assertEquals(List.of(news.resolve("a.txt"), news.resolve("b.en.txt"), news.resolve("b.ar.txt"),
                news.resolve("c.txt")), filesOf(c));
        assertEquals(List.of(
                corpus.resolve("z-latest/a.txt") + ": the same file as " + news.resolve("a.txt") + ", read once",
                corpus.resolve("z-latest/b.ar.txt") + ": the same file as " + news.resolve("b.ar.txt") + ", read once",
                corpus.resolve("z-latest/b.en.txt") + ": the same file as " + news.resolve("b.en.txt") + ", read once",
                "and 1 more file reached more than once, each read once"), c.duplicateWarnings());
        assertTrue(c.problems().isEmpty(), c.problems().toString());
    }

    @Test
    void twoFoldersNamedAsAPairPairTheirFilesByPath() throws IOException {
        Path english = Files.createDirectories(dir.resolve("english/a"));
        Path arabic = Files.createDirectories(dir.resolve("arabic/a"));
        Files.writeString(english.resolve("x.en.txt"), "x");
        Files.writeString(arabic.resolve("x.ar.txt"), "x");
        Files.writeString(english.resolve("../b.txt"), "x");
        Files.writeString(arabic.resolve("../b.txt"), "x");
        Files.writeString(english.resolve("../only-en.txt"), "x");
        Files.writeString(arabic.resolve("../only-ar.txt"), "x");
        InputCollector.Collected c = new InputCollector(List.of())
                .collectPairs(List.of(dir.resolve("english"), dir.resolve("arabic")));
        assertEquals(List.of(
                new InputUnit.Pair("x", english.resolve("x.en.txt"), arabic.resolve("x.ar.txt")),
                new InputUnit.Pair("b", dir.resolve("english/b.txt"), dir.resolve("arabic/b.txt")),
                new InputUnit.Single("only-en", dir.resolve("english/only-en.txt")),
                new InputUnit.Single("only-ar", dir.resolve("arabic/only-ar.txt"))), c.units());
        assertTrue(c.problems().isEmpty(), c.problems().toString());
    }

    @Test
    void aFolderPairedWithAFileIsAProblem() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("english"));
        Path file = Files.writeString(dir.resolve("qissa.txt"), "x");
        InputCollector.Collected c = new InputCollector(List.of()).collectPairs(List.of(folder, file));
        assertEquals(List.of(folder + ": a folder pairs only with a folder"),
                c.problems().stream().map(Object::toString).toList());
        assertTrue(c.units().isEmpty());
    }

    @Test
    void aHardLinkIsOneDocumentAndAFileNamedTwiceIsNotReported() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "x");
        Files.createLink(dir.resolve("copy.txt"), a);
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir, a, dir.resolve("copy.txt")));
        assertEquals(List.of(a), filesOf(c));
        // copy.txt named again after the walk found it: said once
        assertEquals(List.of(dir.resolve("copy.txt") + ": the same file as " + a + ", read once"), c.duplicateWarnings());
    }

    @Test
    void theOutputFolderReachedThroughALinkIsNotRead() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("old.txt"), "x");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "x");
        Files.createSymbolicLink(in.resolve("outputs"), out);
        Files.createSymbolicLink(in.resolve("old-output.txt"), out.resolve("old.txt"));
        InputCollector.Collected c = new InputCollector(List.of(out)).collect(List.of(in));
        assertEquals(List.of(in.resolve("a.txt")), filesOf(c));
    }

    @Test
    void unreadableFileIsReportedWhenPermissionsApply() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.txt"), "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reading");
        assertThrows(IOException.class, () -> decoder.decode(f));
    }

    @Test
    void unreadableFolderIsReportedWhenPermissionsApply() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(sub.resolve("a.txt"), "x");
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(sub), "running as root: permissions do not stop reading");
            InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir));
            assertEquals(1, c.problems().size());
            assertTrue(c.problems().get(0).toString().contains("locked"));
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void fileThatVanishesBeforeReadingIsAnIoErrorNamingIt() {
        Path gone = dir.resolve("gone.txt");
        IOException e = assertThrows(IOException.class, () -> decoder.decode(gone));
        assertTrue(e.getMessage().contains("gone.txt"), e.getMessage());
    }

    @Test
    void directoryNamedLikeATextFileIsWalkedNotRead() throws IOException {
        Path fake = Files.createDirectories(dir.resolve("x.txt"));
        Files.writeString(fake.resolve("inner.txt"), "x");
        InputCollector.Collected c = new InputCollector(List.of()).collect(List.of(dir));
        assertEquals(List.of(fake.resolve("inner.txt")), filesOf(c));
    }

    @Test
    void outputFolderInsideTheInputFolderIsNeverRead() throws IOException {
        Files.writeString(dir.resolve("doc.txt"), "x");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("doc.tsv.txt"), "x");
        InputCollector.Collected c = new InputCollector(List.of(out)).collect(List.of(dir));
        assertEquals(List.of(dir.resolve("doc.txt")), filesOf(c));
    }

    @Test
    void outputFolderGivenAsARelativePathIsStillExcluded() throws IOException {
        Files.writeString(dir.resolve("doc.txt"), "x");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("old.txt"), "x");
        Path relative = Path.of("").toAbsolutePath().relativize(out);
        InputCollector.Collected c = new InputCollector(List.of(relative)).collect(List.of(dir));
        assertEquals(List.of(dir.resolve("doc.txt")), filesOf(c));
    }
}
