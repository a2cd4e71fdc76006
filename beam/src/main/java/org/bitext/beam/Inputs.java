package org.bitext.beam;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.bitext.io.InputCollector;
import org.bitext.io.InputUnit;

/**
 * The units of a run, in input order, found on the machine that launches the pipeline: from a
 * manifest, or from files, folders and glob patterns as {@code bitext align} takes its arguments.
 * Inputs that cannot be taken (a missing file, a bad manifest line) become failures; files reached
 * more than once are taken once, and said in the warnings.
 */
record Inputs(List<UnitRef> units, List<Failure> problems, List<String> warnings) {
    Inputs {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Units and problems, nothing to warn about. */
    Inputs(List<UnitRef> units, List<Failure> problems) {
        this(units, problems, List.of());
    }

    static Inputs of(BeamAlignOptions options) throws IOException {
        boolean manifest = options.getManifest() != null && !options.getManifest().isBlank();
        boolean input = options.getInput() != null && !options.getInput().isBlank();
        if (manifest == input) {
            throw new IllegalArgumentException("give either --manifest or --input");
        }
        return manifest ? fromManifest(options.getManifest()) : fromPatterns(List.of(options.getInput().split(",")));
    }

    /**
     * One unit a line: {@code PATH} (a document) or {@code ENGLISH<TAB>ARABIC} (a pair). The
     * manifest is read through Beam's file systems (so it may be a URI); so are the documents it
     * names by URI ({@code gs://...}); other paths are local, relative ones from the manifest's
     * folder.
     */
    static Inputs fromManifest(String manifest) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(Channels.newReader(
                FileSystems.open(FileSystems.matchNewResource(manifest, false)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        }
        Path base = Path.of(manifest).toAbsolutePath().getParent();
        List<UnitRef> units = new ArrayList<>();
        List<Failure> problems = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            String place = manifest + ":" + (k + 1) + ": ";
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > 2 || cells[0].isBlank() || cells.length == 2 && cells[1].isBlank()) {
                problems.add(new Failure(-1, manifest, Failure.INPUT, place
                        + "expected a path, or an English and an Arabic path separated by a tab"));
                continue;
            }
            if (Staged.isUri(cells[0].strip()) || cells.length == 2 && Staged.isUri(cells[1].strip())) {
                List<String> files = List.of(cells).stream().map(c -> uriOrPath(base, c.strip())).toList();
                String stem = files.size() == 1 ? withoutExtension(fileName(files.get(0)))
                        : pairStem(fileName(files.get(0)));
                units.add(new UnitRef(units.size(), stem, files));
                continue;
            }
            Path first = base.resolve(cells[0].strip());
            if (cells.length == 1) {
                InputCollector.Collected collected = new InputCollector(List.of()).collect(List.of(first));
                collected.problems().forEach(p -> problems.add(new Failure(-1, p.path().toString(), Failure.INPUT,
                        place + p)));
                collected.units().forEach(u -> units.add(UnitRef.of(units.size(), u)));
            } else {
                Path second = base.resolve(cells[1].strip());
                units.add(UnitRef.of(units.size(), new InputUnit.Pair(pairStem(first.getFileName().toString()),
                        first, second)));
            }
        }
        return new Inputs(units, problems);
    }

    /**
     * Files, folders and glob patterns ({@code docs/*.txt}), in the order given, walked and paired.
     * Files matched on a remote file system ({@code gs://bucket/docs/*.txt}) come after the local
     * ones, each as one document: pair remote files with a manifest.
     */
    static Inputs fromPatterns(List<String> specs) throws IOException {
        List<Path> paths = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        List<Failure> problems = new ArrayList<>();
        for (String raw : specs) {
            String spec = raw.strip();
            if (spec.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')) {
                paths.add(Path.of(spec));
                continue;
            }
            MatchResult match = FileSystems.match(spec);
            if (match.status() != MatchResult.Status.OK) {
                problems.add(new Failure(-1, spec, Failure.INPUT, spec + ": no file matches (" + match.status() + ")"));
                continue;
            }
            for (String f : match.metadata().stream().map(m -> m.resourceId().toString()).sorted().toList()) {
                if (Staged.isUri(f)) {
                    remote.add(f);
                } else {
                    paths.add(Path.of(f));
                }
            }
        }
        InputCollector.Collected collected = new InputCollector(List.of()).collect(paths);
        collected.problems().forEach(p -> problems.add(new Failure(-1, p.path().toString(), Failure.INPUT,
                p.toString())));
        List<UnitRef> units = new ArrayList<>();
        collected.units().forEach(u -> units.add(UnitRef.of(units.size(), u)));
        remote.forEach(f -> units.add(new UnitRef(units.size(), withoutExtension(fileName(f)), List.of(f))));
        // a file reached twice (overlapping patterns, a linked folder) is one unit, as for bitext align
        return new Inputs(units, problems, collected.duplicateWarnings());
    }

    /** {@code x.en.txt} gives {@code x}; any other name loses its last extension (as for {@code bitext align --pairs}). */
    static String pairStem(String englishName) {
        return InputCollector.pairStem(englishName);
    }

    static String withoutExtension(String name) {
        return InputCollector.withoutExtension(name);
    }

    private static String fileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String uriOrPath(Path base, String cell) {
        return Staged.isUri(cell) ? cell : base.resolve(cell).toString();
    }
}
