package org.bitext.io;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns command-line inputs (files and directories) into units of work.
 *
 * <p>Rules:
 * <ul>
 *   <li>directories are walked recursively; within a directory entries are taken in sorted
 *       order (by the path's string form) so that the output never depends on the file system;</li>
 *   <li>in a walk only {@code *.txt} files are documents; a file named explicitly is taken
 *       whatever its name;</li>
 *   <li>{@code NAME.en.txt} + {@code NAME.ar.txt} in one folder, and {@code DIR/en/NAME.txt} +
 *       {@code DIR/ar/NAME.txt}, form a pair; a half pair is a single document;</li>
 *   <li>symbolic links are followed, to files and to folders (corpora are often linked in from
 *       elsewhere); a folder reached again through a link (a loop) is walked once, and a link
 *       named {@code *.txt} that leads nowhere is reported;</li>
 *   <li>anything under an excluded folder (the output folder), also when reached through a
 *       link, is never read, so a run never reads back its own outputs;</li>
 *   <li>a file reached more than once (a folder both given and linked in, an input named twice,
 *       a hard link) is one document, taken where it comes first: a corpus must not hold the
 *       same sentence pairs twice. The others are listed as {@link Duplicate}s.</li>
 * </ul>
 */
public final class InputCollector {
    private static final String TEXT_SUFFIX = ".txt";
    private static final String ENGLISH_SUFFIX = ".en.txt";
    private static final String ARABIC_SUFFIX = ".ar.txt";

    private final List<Path> excluded;

    /** @param excluded folders never to read from (typically the output folder) */
    public InputCollector(List<Path> excluded) {
        List<Path> paths = new ArrayList<>();
        for (Path p : excluded) {
            paths.add(p.toAbsolutePath().normalize());
            // the folder as links resolve it too, when it exists already
            try {
                paths.add(p.toRealPath());
            } catch (IOException e) {
                // not there yet: nothing can lead into it
            }
        }
        this.excluded = List.copyOf(paths);
    }

    /** The units found under {@code inputs}, in input order, then sorted order within each. */
    public Collected collect(List<Path> inputs) {
        List<Found> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, files, problems);
            } else if (Files.isRegularFile(input)) {
                files.add(new Found(input, fileKey(input)));
            } else if (Files.exists(input)) {
                problems.add(new Problem(input, "not a regular file or directory"));
            } else {
                problems.add(new Problem(input, "no such file or directory"));
            }
        }
        List<Path> distinct = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        Map<Object, Path> firstOfKey = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        for (Found f : files) {
            if (!seen.add(f.path())) {
                continue;  // the same path named again: taken once, nothing to say
            }
            Path first = f.key() == null ? null : firstOfKey.putIfAbsent(f.key(), f.path());
            if (first == null) {
                distinct.add(f.path());
            } else {
                duplicates.add(new Duplicate(f.path(), first));
            }
        }
        return new Collected(pair(distinct), problems, duplicates);
    }

    /**
     * Units named pair by pair, whatever the files' names: {@code inputs} holds a source file
     * and its translation, then the next pair's ({@code align --pairs story.txt qissa.txt}). A
     * pair is named after its source file ({@code story}; {@code x} for {@code x.en.txt}). Two
     * folders pair their {@code *.txt} files of the same path inside them (a language suffix
     * {@code .en.txt} or {@code .ar.txt} aside: {@code english/a/x.en.txt} with
     * {@code arabic/a/x.ar.txt}); a file without a partner there is a document of its own. A pair
     * with a file that is missing, or a folder with a file, is a problem naming it, and is left out.
     *
     * @throws IllegalArgumentException when {@code inputs} is not a whole number of pairs
     */
    public Collected collectPairs(List<Path> inputs) {
        if (inputs.size() % 2 != 0) {
            throw new IllegalArgumentException("an odd number of files: " + inputs.size());
        }
        List<InputUnit> units = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i += 2) {
            Path source = inputs.get(i);
            Path target = inputs.get(i + 1);
            if (Files.isDirectory(source) && Files.isDirectory(target)) {
                pairFolders(source, target, units, problems);
                continue;
            }
            boolean usable = true;
            for (Path file : List.of(source, target)) {
                if (!Files.isRegularFile(file)) {
                    problems.add(new Problem(file, Files.isDirectory(file) ? "a folder pairs only with a folder"
                            : Files.exists(file) ? "not a regular file" : "no such file or directory"));
                    usable = false;
                }
            }
            if (usable) {
                units.add(new InputUnit.Pair(pairStem(source), source, target));
            }
        }
        return new Collected(units, problems, List.of());
    }

    /** The name of a pair: its source file's, less {@code .txt} and a {@code .en} before it. */
    private static String pairStem(Path source) {
        return pairStem(source.getFileName().toString());
    }

    /**
     * The name of a pair from its English (source) file's name: {@code x.en.txt} gives
     * {@code x}; any other name loses its last extension.
     */
    public static String pairStem(String fileName) {
        String stem = withoutExtension(fileName);
        return stem.endsWith(".en") && stem.length() > 3 ? stem.substring(0, stem.length() - 3) : stem;
    }

    /** The files of two folders, paired by their path inside them ({@link #collectPairs}). */
    private void pairFolders(Path sourceRoot, Path targetRoot, List<InputUnit> units, List<Problem> problems) {
        List<Found> sources = new ArrayList<>();
        List<Found> targets = new ArrayList<>();
        walk(sourceRoot, sources, problems);
        walk(targetRoot, targets, problems);
        Map<String, Path> targetByName = new LinkedHashMap<>();
        for (Found t : targets) {
            targetByName.put(pairingName(targetRoot, t.path()), t.path());
        }
        for (Found s : sources) {
            Path partner = targetByName.remove(pairingName(sourceRoot, s.path()));
            units.add(partner != null ? new InputUnit.Pair(pairStem(s.path()), s.path(), partner)
                    : new InputUnit.Single(stemOf(s.path()), s.path()));
        }
        targetByName.values().forEach(t -> units.add(new InputUnit.Single(stemOf(t), t)));
    }

    /** A file's path inside its folder, with a {@code .en.txt} or {@code .ar.txt} suffix made {@code .txt}. */
    private static String pairingName(Path root, Path file) {
        String relative = root.relativize(file).toString();
        String lower = relative.toLowerCase(Locale.ROOT);
        if (lower.endsWith(ENGLISH_SUFFIX) || lower.endsWith(ARABIC_SUFFIX)) {
            return relative.substring(0, relative.length() - ENGLISH_SUFFIX.length()) + TEXT_SUFFIX;
        }
        return relative;
    }

    /** A file found, with what identifies it on its file system (null where none is known). */
    private record Found(Path path, Object key) {
    }

    /** The file system's identity of a file (device and inode on Unix), following links; null if unknown. */
    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private void walk(Path root, List<Found> files, List<Problem> problems) {
        List<Found> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return isExcluded(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean text = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(TEXT_SUFFIX);
                    if (attrs.isRegularFile() && text && !isExcludedFile(file)) {
                        // with links followed, the attributes (and the key) are the target's
                        found.add(new Found(file, attrs.fileKey()));
                    } else if (attrs.isSymbolicLink() && text) {
                        // the walk gives a link's own attributes when it cannot follow it
                        problems.add(new Problem(file, "symbolic link to nothing readable"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof FileSystemLoopException)) {
                        problems.add(new Problem(file, "cannot read: " + describe(e)));
                    }
                    // a loop leads back to a folder being walked: everything in it is found once
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root, "cannot walk: " + describe(e)));
        }
        found.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
        files.addAll(found);
    }

    /** {@link #isExcluded} for a file: its real path is resolved only when it is a link (rare, and a system call). */
    private boolean isExcludedFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return excluded.stream().anyMatch(abs::startsWith) || Files.isSymbolicLink(file) && isExcluded(file);
    }

    /** Whether {@code path}, as given or as links resolve it, is under an excluded folder. */
    private boolean isExcluded(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (excluded.stream().anyMatch(abs::startsWith)) {
            return true;
        }
        try {
            Path real = path.toRealPath();
            return excluded.stream().anyMatch(real::startsWith);
        } catch (IOException e) {
            return false;
        }
    }

    /** Groups files into pairs where their names say so; keeps the order of first appearance. */
    static List<InputUnit> pair(List<Path> files) {
        Map<String, Path> byKey = new TreeMap<>();
        for (Path f : files) {
            byKey.putIfAbsent(f.toString(), f);
        }
        Map<Path, InputUnit> unitOf = new LinkedHashMap<>();
        for (Path f : files) {
            if (unitOf.containsKey(f)) {
                continue;
            }
            Optional<InputUnit.Pair> pair = partnerOf(f, byKey);
            if (pair.isPresent() && !unitOf.containsKey(pair.get().english()) && !unitOf.containsKey(pair.get().arabic())) {
                unitOf.put(pair.get().english(), pair.get());
                unitOf.put(pair.get().arabic(), pair.get());
            } else {
                unitOf.put(f, new InputUnit.Single(stemOf(f), f));
            }
        }
        return unitOf.values().stream().distinct().toList();
    }

    private static Optional<InputUnit.Pair> partnerOf(Path f, Map<String, Path> byKey) {
        String name = f.getFileName().toString();
        Path dir = f.getParent();
        boolean english = name.endsWith(ENGLISH_SUFFIX);
        if (english || name.endsWith(ARABIC_SUFFIX)) {
            String base = name.substring(0, name.length() - ENGLISH_SUFFIX.length());
            Path found = byKey.get(resolve(dir, base + (english ? ARABIC_SUFFIX : ENGLISH_SUFFIX)).toString());
            if (found != null) {
                return Optional.of(english ? new InputUnit.Pair(base, f, found) : new InputUnit.Pair(base, found, f));
            }
        }
        if (dir != null && dir.getFileName() != null && dir.getParent() != null) {
            String folder = dir.getFileName().toString();
            if (folder.equals("en") || folder.equals("ar")) {
                boolean inEnglish = folder.equals("en");
                Path found = byKey.get(dir.getParent().resolve(inEnglish ? "ar" : "en").resolve(name).toString());
                if (found != null) {
                    String stem = stemOf(f);
                    return Optional.of(inEnglish ? new InputUnit.Pair(stem, f, found) : new InputUnit.Pair(stem, found, f));
                }
            }
        }
        return Optional.empty();
    }

    private static Path resolve(Path dir, String name) {
        return dir == null ? Path.of(name) : dir.resolve(name);
    }

    /** The file name without its last extension ({@code a.b.txt} gives {@code a.b}). */
    static String stemOf(Path file) {
        return withoutExtension(file.getFileName().toString());
    }

    /** {@code name} without its last extension; a name that starts with its only dot keeps it. */
    public static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** An input that could not be taken, with the reason. */
    public record Problem(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /** A file reached again, through a link or by being named twice: read once, as {@code sameAs}. */
    public record Duplicate(Path path, Path sameAs) {
        @Override
        public String toString() {
            return path + ": the same file as " + sameAs + ", read once";
        }
    }

    /** What a collection found: units of work, inputs it had to skip, and files it took once of several. */
    public record Collected(List<InputUnit> units, List<Problem> problems, List<Duplicate> duplicates) {
        public Collected {
            units = List.copyOf(units);
            problems = List.copyOf(problems);
            duplicates = List.copyOf(duplicates);
        }

        /** The most duplicates named one by one in {@link #duplicateWarnings}. */
        static final int DUPLICATES_NAMED = 3;

        /**
         * Warnings for the files read once of several: each one named, up to
         * {@value #DUPLICATES_NAMED}, then a count, since a folder linked in twice repeats all
         * its files.
         */
        public List<String> duplicateWarnings() {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < Math.min(DUPLICATES_NAMED, duplicates.size()); i++) {
                lines.add(duplicates.get(i).toString());
            }
            int more = duplicates.size() - DUPLICATES_NAMED;
            if (more > 0) {
                lines.add("and " + more + (more == 1 ? " more file" : " more files")
                        + " reached more than once, each read once");
            }
            return lines;
        }
    }
}
