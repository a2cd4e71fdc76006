package org.bitext.beam;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.bitext.io.TextDecoder;

/**
 * A unit whose files a worker can read as local paths. The core reads local files; a file named
 * by a URI ({@code gs://bucket/a.txt}, {@code hdfs://...}, {@code file:///...}) is copied through
 * Beam's file systems into a temporary folder under its own file name (which the TMX
 * {@code x-source} shows), and the folder is deleted on {@link #close}. Local paths are used as
 * they are.
 */
final class Staged implements AutoCloseable {
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

    private final UnitRef unit;
    private final UnitRef local;
    private final Path folder;

    private Staged(UnitRef unit, UnitRef local, Path folder) {
        this.unit = unit;
        this.local = local;
        this.folder = folder;
    }

    static boolean isUri(String file) {
        return URI.matcher(file).matches();
    }

    static Staged of(UnitRef unit) throws IOException {
        if (unit.files().stream().noneMatch(Staged::isUri)) {
            return new Staged(unit, unit, null);
        }
        Path folder = Files.createTempDirectory("bitext-beam-");
        try {
            List<String> files = new ArrayList<>();
            for (int k = 0; k < unit.files().size(); k++) {
                String file = unit.files().get(k);
                files.add(isUri(file) ? copy(file, Files.createDirectory(folder.resolve(Integer.toString(k))))
                        : file);
            }
            return new Staged(unit, new UnitRef(unit.index(), unit.stem(), files), folder);
        } catch (IOException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    private static String copy(String uri, Path into) throws IOException {
        MatchResult.Metadata metadata;
        try {
            metadata = FileSystems.matchSingleFileSpec(uri);
        } catch (FileNotFoundException e) {
            // worded as the core words a missing local file
            throw new IOException(uri + ": cannot read (NoSuchFile)", e);
        }
        ResourceId resource = metadata.resourceId();
        long size = metadata.sizeBytes();
        if (size > TextDecoder.DEFAULT_MAX_BYTES) {
            throw new IOException(uri + ": file too large (" + size + " bytes; the limit is "
                    + TextDecoder.DEFAULT_MAX_BYTES + " bytes), not read");
        }
        Path target = into.resolve(resource.getFilename());
        try (InputStream in = Channels.newInputStream(FileSystems.open(resource))) {
            Files.copy(in, target);
        }
        return target.toString();
    }

    /** The unit with local paths, for the core. */
    UnitRef local() {
        return local;
    }

    /** {@code message} with the local copies named by their URIs again. */
    String restoreNames(String message) {
        String out = message;
        for (int k = 0; k < unit.files().size(); k++) {
            out = out.replace(local.files().get(k), unit.files().get(k));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (folder != null) {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
