package org.bitext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bitext.io.InputCollector;
import org.bitext.io.InputUnit;
import org.bitext.io.TextDecoder;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.NameGroup;
import org.bitext.names.NameKey;
import org.bitext.names.NameMatcher;
import org.bitext.names.NameOverrides;
import org.bitext.io.ReadFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext names key|match|list}: the name keys, matcher and batch groups from the command line. */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Arabic name keys, matching and canonical spellings.",
        footer = {"", "Examples:", "  echo 'Muammar Gaddafi' | bitext names key",
            "  printf 'Gaddafi\\tQadhafi\\n' | bitext names match", "  bitext names list docs/"},
        subcommands = {NamesCommand.Key.class, NamesCommand.Match.class, NamesCommand.ListGroups.class})
public final class NamesCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** A line of input, with where it came from for messages ({@code FILE:LINE}). */
    record Line(String file, int number, String text) {
        String where() {
            return file + ":" + number;
        }
    }

    /** The name of standard input among the files. */
    private static final String STDIN = "-";

    /** The lines read, and how many files could not be read (each named on standard error). */
    record Input(List<Line> lines, int unreadable) {
    }

    /**
     * Lines of the given files ({@code -} for stdin), or of stdin if none, decoded as align decodes (BOM, line ends,
     * strict UTF-8 or a detected legacy encoding). A file that cannot be read is named with the
     * reason (and the line and byte where decoding failed) and skipped: the others are read.
     */
    static Input lines(List<Path> files, CommandSpec spec) throws IOException {
        TextDecoder decoder = new TextDecoder(Optional.empty());
        List<Line> out = new ArrayList<>();
        int unreadable = 0;
        boolean stdinRead = false;
        for (Path f : files == null || files.isEmpty() ? List.of(Path.of(STDIN)) : files) {
            try {
                if (f.toString().equals(STDIN)) {
                    // '-' is standard input, as for align and detect; read once, however often named
                    if (!stdinRead) {
                        stdinRead = true;
                        addLines("<stdin>", decoder.decode(Path.of("<stdin>"), System.in.readAllBytes()).text(), out);
                    }
                } else {
                    addLines(f.toString(), decoder.decode(f).text(), out);
                }
            } catch (IOException e) {
                Path named = f.toString().equals(STDIN) ? Path.of("<stdin>") : f;
                spec.commandLine().getErr().println("bitext: " + ReadFailure.describe(named, e));
                unreadable++;
            }
        }
        return new Input(out, unreadable);
    }

    private static void addLines(String file, String text, List<Line> out) {
        int[] number = {0};
        text.lines().forEach(line -> out.add(new Line(file, ++number[0], line)));
    }

    /** The --names file's overrides, or null after naming the file and why it could not be read. */
    static NameOverrides overrides(Path names, CommandSpec spec) {
        try {
            return names == null ? NameOverrides.none() : NameOverrides.read(names);
        } catch (IOException e) {
            spec.commandLine().getErr().println("bitext: " + ReadFailure.describe(names, e));
            return null;
        }
    }

    @Command(name = "key", mixinStandardHelpOptions = true,
            description = "Reads names, one a line; prints name<TAB>key<TAB>canonical.",
            footer = {"", "Examples:", "  echo 'Muammar Gaddafi' | bitext names key", "  bitext names key names.txt"})
    static final class Key implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--names", description = "TSV of canonical spellings and their variants.")
        Path names;
        @Parameters(arity = "0..*", description = "Files of names; - or none: standard input.")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            NameOverrides overrides = overrides(names, spec);
            if (overrides == null) {
                return BAD_INPUT;
            }
            Input read = lines(files, spec);
            List<String> input = read.lines().stream().map(Line::text).toList();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String s : input) {
                if (!s.isBlank()) {
                    counts.merge(s.strip(), 1, Integer::sum);
                }
            }
            NameCanonicalizer c = NameCanonicalizer.fromCounts(counts, overrides);
            PrintWriter out = spec.commandLine().getOut();
            for (String s : input) {
                if (!s.isBlank()) {
                    String name = s.strip();
                    out.println(name + "\t" + NameKey.of(name).key() + "\t" + c.canonical(name));
                }
            }
            out.flush();
            return read.unreadable() == 0 ? OK : BAD_INPUT;
        }
    }

    @Command(name = "match", mixinStandardHelpOptions = true,
            description = "Reads a<TAB>b pairs; prints a<TAB>b<TAB>true|false<TAB>score.",
            footer = {"", "Examples:", "  printf 'Gaddafi\\tQadhafi\\n' | bitext names match",
                "  bitext names match --threshold 0.8 pairs.tsv"})
    static final class Match implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--threshold", description = "Score at or above which a pair matches (default ${DEFAULT-VALUE}).")
        double threshold = NameMatcher.DEFAULT_THRESHOLD;
        @Parameters(arity = "0..*", description = "Files of pairs; - or none: standard input.")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            NameMatcher matcher = new NameMatcher(threshold);
            PrintWriter out = spec.commandLine().getOut();
            Input read = lines(files, spec);
            int bad = read.unreadable();
            for (Line line : read.lines()) {
                if (line.text().isBlank()) {
                    continue;
                }
                String[] f = line.text().split("\t");
                if (f.length != 2) {
                    // named and skipped: the other pairs are still scored
                    spec.commandLine().getErr().println("bitext: " + line.where()
                            + ": expected two names separated by a tab");
                    bad++;
                    continue;
                }
                NameKey a = NameKey.of(f[0].strip());
                NameKey b = NameKey.of(f[1].strip());
                double score = matcher.score(a, b);
                out.println(f[0].strip() + "\t" + f[1].strip() + "\t" + matcher.matches(a, b)
                        + "\t" + String.format(Locale.ROOT, "%.3f", score));
            }
            out.flush();
            return bad == 0 ? OK : BAD_INPUT;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints the name groups of a batch with their spellings and counts.",
            footer = {"", "Examples:", "  bitext names list docs/", "  bitext names list --min-count 2 docs/"})
    static final class ListGroups implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--names", description = "TSV of canonical spellings and their variants.")
        Path names;
        @Option(names = "--min-count", description = "Leave out groups seen fewer times (default ${DEFAULT-VALUE}).")
        int minCount = 1;
        @Parameters(arity = "1..*", description = "Directories (or files) of English texts.")
        List<Path> dirs;

        @Override
        public Integer call() throws IOException {
            // The same walk and decoding as align: *.txt in folders, any encoding it accepts, a
            // file that is not text named and skipped; spellings are counted as files stream by.
            PrintWriter err = spec.commandLine().getErr();
            NameOverrides overrides = overrides(names, spec);
            if (overrides == null) {
                return BAD_INPUT;
            }
            InputCollector.Collected collected = new InputCollector(List.of()).collect(dirs);
            collected.problems().forEach(p -> err.println("bitext: " + p));
            collected.duplicateWarnings().forEach(w -> err.println("bitext: " + w));
            int exit = collected.problems().isEmpty() ? OK : BAD_INPUT;
            TextDecoder decoder = new TextDecoder(Optional.empty());
            NameCanonicalizer.Counter counter = new NameCanonicalizer.Counter();
            for (InputUnit unit : collected.units()) {
                for (Path f : unit.files()) {
                    try {
                        counter.addDocument(decoder.decode(f).text().lines().toList());
                    } catch (IOException e) {
                        err.println("bitext: " + ReadFailure.describe(f, e));
                        exit = BAD_INPUT;
                    }
                }
            }
            NameCanonicalizer c = counter.build(overrides);
            PrintWriter out = spec.commandLine().getOut();
            for (NameGroup g : c.groups()) {
                if (g.total() < minCount) {
                    continue;
                }
                StringBuilder b = new StringBuilder(g.canonical()).append('\t').append(g.total());
                g.counts().forEach((s, n) -> b.append('\t').append(s).append(" (").append(n).append(')'));
                out.println(b);
            }
            out.flush();
            return exit;
        }
    }
}
