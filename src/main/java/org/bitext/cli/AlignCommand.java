package org.bitext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.bitext.align.LexicalModel;
import org.bitext.io.AtomicFile;
import org.bitext.io.InputCollector;
import org.bitext.io.ReadFailure;
import org.bitext.io.RunStoppedException;
import org.bitext.io.TemporaryFiles;
import org.bitext.model.Alignment;
import org.bitext.names.NameOverrides;
import org.bitext.output.HtmlReviewSettings;
import org.bitext.output.LadderWriter;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvColumn;
import org.bitext.output.TsvEscape;
import org.bitext.output.TsvSettings;
import org.bitext.pipeline.AlignmentPipeline;
import org.bitext.pipeline.BatchOptions;
import org.bitext.pipeline.BatchProgress;
import org.bitext.pipeline.BatchReport;
import org.bitext.pipeline.CombinedSink;
import org.bitext.pipeline.Dictionary;
import org.bitext.pipeline.DocumentSink;
import org.bitext.pipeline.FolderSink;
import org.bitext.pipeline.LanguagePair;
import org.bitext.pipeline.NameEditProps;
import org.bitext.pipeline.NameSpelling;
import org.bitext.pipeline.OutputClosedException;
import org.bitext.pipeline.OutputFormat;
import org.bitext.pipeline.OutputSettings;
import org.bitext.pipeline.Presegmented;
import org.bitext.pipeline.ScoreThreshold;
import org.bitext.pipeline.StageTimes;
import org.bitext.pipeline.StreamSink;
import org.bitext.text.lang.NgramLanguageIdentifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bitext align}: documents in, aligned sentence pairs out. */
@Command(name = "align", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds the parallel passages of documents and aligns their sentences.",
            "Writes STEM.tmx and STEM.tsv per document into DIR, or TSV to standard output with -o -."},
        footer = {"", "Examples:",
            "  bitext align seeds/ -o alignments/         # STEM.tmx + STEM.tsv each",
            "  bitext align docs/ -o out/ --format tmx,tsv,moses,jsonl,html",
            "  bitext align docs/ -o out/ --combined      # out/corpus.tmx + corpus.tsv",
            "  bitext align docs/ -o - --columns doc,src,tgt,score --header | head",
            "  cat article.txt | bitext align - -o - --format jsonl",
            "  bitext align big/ -o out/ --jobs 4 --resume --quiet",
            "  bitext align --pairs story.txt qissa.txt -o -  # any file names",
            "  bitext align --presegmented doc.en doc.ar --format ladder",
            "",
            "Exit codes: 0 ok, 1 internal error, 2 usage error,",
            "            3 some inputs could not be processed (the others were)."})
final class AlignCommand implements Callable<Integer> {
    /** Formats written into a folder when --format is not given. */
    static final Set<OutputFormat> DEFAULT_FOLDER_FORMATS = EnumSet.of(OutputFormat.TMX, OutputFormat.TSV);
    /** Formats that fit in one stream on standard output. */
    static final Set<OutputFormat> STREAMABLE = EnumSet.of(OutputFormat.TSV, OutputFormat.JSONL, OutputFormat.TMX,
            OutputFormat.HTML);
    static final String STDIO = "-";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where {@code -} as an input reads from; tests replace it. */
    InputStream stdin = System.in;

    /** Whether to draw a progress bar; decided by the terminal unless a test sets it. */
    Optional<Boolean> progressBar = Optional.empty();

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "files and folders to align (folders: *.txt, recursively); - reads standard input")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, defaultValue = STDIO, paramLabel = "DIR",
            description = "output folder, or - for standard output (default)")
    String output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = {"output formats, several with commas: tmx, tsv, moses, jsonl, html",
                "(default: tmx,tsv into a folder, tsv to standard output; with --presegmented: ladder)"})
    List<String> formats;

    @Option(names = "--combined",
            description = "one corpus.tmx, corpus.tsv, ... for the whole batch, in input order, instead of files per document")
    boolean combined;

    @Option(names = "--header", description = "TSV: print a header row with the column names")
    boolean header;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN",
            description = "TSV columns in order: src, tgt, score, doc, para, type (default: src,tgt,score)")
    List<String> columns;

    @Option(names = "--tsv-escape", defaultValue = "replace", paramLabel = "MODE",
            description = {"TSV: tabs and line breaks inside a segment: replace (by a space; default),",
                "backslash (\\t \\n \\r \\\\), drop, or skip (leave the row out)"})
    String tsvEscape;

    @Option(names = "--src-lang", defaultValue = "en", paramLabel = "LANG", converter = LanguageTagConverter.class,
            description = "source language tag, written as given (en, en-US; default: ${DEFAULT-VALUE})")
    String sourceLanguage;

    @Option(names = "--tgt-lang", defaultValue = "ar", paramLabel = "LANG", converter = LanguageTagConverter.class,
            description = "target language tag (default: ${DEFAULT-VALUE})")
    String targetLanguage;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "encoding of files without a byte-order mark (default: UTF-8, else detected among windows-1256, ISO-8859-6, windows-1252)")
    String encoding;

    @Option(names = "--creation-date", paramLabel = "INSTANT",
            description = "TMX creation date (ISO-8601); default: SOURCE_DATE_EPOCH if set, else none")
    String creationDate;

    @Option(names = "--keep-spellings", description = "keep names as each document spells them "
            + "(default: respell English names to the batch's canonical spelling, recorded in the TMX as x-names)")
    boolean keepSpellings;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "word pairs you know, one a line: SOURCE<TAB>TARGET; added to the lexicon learned from the batch")
    Path dictionaryFile;

    @Option(names = "--names", paramLabel = "FILE",
            description = "TSV of canonical name spellings: canonical, then variants (Arabic script allowed)")
    Path namesFile;

    @Option(names = "--min-score", paramLabel = "X",
            description = "write only pairs whose score (as printed) is at least X, in [0, 1]; the others are "
                    + "written as unaligned sentences (0.75 keeps 97 %% of the Arabic-English dev pairs at 99 %% precision)")
    Double minScore;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "documents aligned at the same time (default: the number of cores); outputs do not depend on it")
    Integer jobs;

    @Option(names = "--resume",
            description = "skip documents whose outputs are newer than their inputs and were written by this version with these options")
    boolean resume;

    @Option(names = {"-q", "--quiet"},
            description = "no progress bar and no summary; problems with inputs are still reported")
    boolean quiet;

    @Option(names = "--timings",
            description = "print the time of each stage (decode, paragraphs, segmentation, alignment, lexicon, writing) to standard error")
    boolean timings;

    @Option(names = "--presegmented", description = "the inputs are pairs of files with one sentence a line (source, then target)")
    boolean presegmented;

    @Option(names = "--pairs", description = "the inputs are pairs of documents, whatever their names: "
            + "SOURCE TARGET [SOURCE TARGET ...] (a story and its translation); two folders pair the files "
            + "of the same name in them")
    boolean pairs;

    @Option(names = "--stacktrace", description = "print stack traces of internal errors")
    boolean stacktrace;

    /**
     * The temporary files of the outputs being written: a run stopped from outside (Ctrl-C,
     * {@code kill}) deletes them as the JVM stops, and leaves only complete outputs.
     */
    private final TemporaryFiles temporaries = TemporaryFiles.tracked();

    @Override
    public Integer call() throws IOException {
        Thread cleanup = new Thread(temporaries::deleteAll, "bitext-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            return run();
        } catch (RunStoppedException e) {
            // stopped from outside: the hook is deleting the files being written; nothing to say
            return ExitCode.INTERNAL_ERROR;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is stopping already: the hook runs
            }
        }
    }

    private int run() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (presegmented) {
            if (pairs) {
                throw usage("--presegmented inputs are pairs already: leave out --pairs");
            }
            return alignPresegmented(out, err);
        }
        return alignDocuments(out, err);
    }

    private int alignDocuments(PrintWriter out, PrintWriter err) throws IOException {
        boolean toStdout = output.equals(STDIO);
        Set<OutputFormat> chosen = chosenFormats(toStdout);
        OutputSettings settings = outputSettings(chosen);
        checkResume(toStdout, chosen);
        if (!toStdout) {
            checkOutputFolder(Path.of(output));
        }
        long stdinInputs = inputs.stream().filter(p -> p.toString().equals(STDIO)).count();
        if (stdinInputs > 1) {
            throw usage("standard input (-) can be given only once");
        }
        if (pairs && inputs.size() % 2 != 0) {
            throw usage("--pairs takes files in pairs: SOURCE TARGET [SOURCE TARGET ...]");
        }
        if (pairs && stdinInputs > 0) {
            throw usage("--pairs takes files, not standard input (-)");
        }
        LanguagePair languages = LanguagePair.of(sourceLanguage, targetLanguage);
        NameSpelling spelling;
        try {
            NameOverrides overrides = namesFile == null ? NameOverrides.none() : NameOverrides.read(namesFile);
            spelling = new NameSpelling(!keepSpellings, overrides);
        } catch (IOException e) {
            err.println("bitext: " + ReadFailure.describe(namesFile, e));
            return ExitCode.BAD_INPUT;
        }
        List<LexicalModel.TrainingPair> dictionary;
        try {
            dictionary = dictionaryFile == null ? List.of() : Dictionary.read(dictionaryFile);
        } catch (IOException e) {
            err.println("bitext: " + ReadFailure.describe(dictionaryFile, e));
            return ExitCode.BAD_INPUT;
        }
        settings = settings.withAlignmentOptions(alignmentOptions());
        AlignmentPipeline pipeline = new AlignmentPipeline(languages, charset(), NgramLanguageIdentifier.standard(),
                spelling, dictionary, threshold());
        StageTimes times = timings ? StageTimes.on() : StageTimes.off();
        BatchOptions options = new BatchOptions(jobs(err), progress(err, toStdout), times);
        long started = System.nanoTime();

        StdinDocument stdinDocument = stdinInputs == 0 ? null : StdinDocument.copy(stdin);
        try {
            List<Path> paths = new ArrayList<>();
            for (Path input : inputs) {
                paths.add(input.toString().equals(STDIO) ? stdinDocument.file() : input);
            }
            UnaryOperator<String> names = stdinDocument == null ? UnaryOperator.identity() : stdinDocument::rename;
            Consumer<String> warnings = line -> err.println("bitext: " + names.apply(line));
            DocumentSink sink = toStdout
                    ? StreamSink.of(chosen.iterator().next(), settings, out)
                    : combined ? new CombinedSink(Path.of(output), settings, temporaries)
                    : new FolderSink(Path.of(output), settings, resume, temporaries);
            List<Path> excluded = toStdout ? List.of() : excludedOutput(Path.of(output), paths);
            BatchReport report;
            try {
                InputCollector collector = new InputCollector(excluded);
                report = pipeline.run(pairs ? collector.collectPairs(paths) : collector.collect(paths), sink, warnings,
                        options);
            } catch (OutputClosedException e) {
                // the reader (head, less) has all it wanted: stop quietly
                return ExitCode.OK;
            }
            out.flush();
            if (!quiet) {
                new Summary(report, languages, names).print(err);
            }
            printTimings(err, times, started, options.jobs());
            err.flush();
            return report.hasFailures() ? ExitCode.BAD_INPUT : ExitCode.OK;
        } finally {
            if (stdinDocument != null) {
                stdinDocument.close();
            }
        }
    }

    /** --format as a set; one streamable format on standard output. */
    private Set<OutputFormat> chosenFormats(boolean toStdout) {
        if (formats == null || formats.isEmpty()) {
            return toStdout ? EnumSet.of(OutputFormat.TSV) : DEFAULT_FOLDER_FORMATS;
        }
        Set<OutputFormat> chosen = new LinkedHashSet<>();
        for (String key : formats) {
            if (key.trim().equalsIgnoreCase("ladder")) {
                throw usage("--format ladder needs --presegmented");
            }
            try {
                chosen.add(OutputFormat.fromKey(key));
            } catch (IllegalArgumentException e) {
                throw usage("--format: " + e.getMessage());
            }
        }
        if (toStdout && (chosen.size() != 1 || !STREAMABLE.contains(chosen.iterator().next()))) {
            throw usage("-o - writes one stream: give one of --format tsv, jsonl, tmx or html (got "
                    + String.join(",", formats) + "); write several formats into a folder with -o DIR");
        }
        return chosen;
    }

    private OutputSettings outputSettings(Set<OutputFormat> chosen) {
        TmxSettings tmx;
        try {
            tmx = TmxSettings.defaults(VersionProvider.version()).withLanguages(sourceLanguage, targetLanguage)
                    .withExtraProps(new NameEditProps());
        } catch (IllegalArgumentException e) {
            throw usage("--src-lang/--tgt-lang: " + e.getMessage() + " (use tags such as en, en-US, ar, ar-EG)");
        }
        Optional<Instant> date = creationDate();
        if (date.isPresent()) {
            tmx = tmx.withCreationDate(date.get());
        }
        TsvSettings tsv = TsvSettings.defaults().withHeader(header).withEscape(escapeMode());
        if (columns != null && !columns.isEmpty()) {
            List<TsvColumn> parsed = new ArrayList<>();
            for (String key : columns) {
                try {
                    parsed.add(TsvColumn.fromKey(key));
                } catch (IllegalArgumentException e) {
                    throw usage("--columns: " + e.getMessage());
                }
            }
            try {
                tsv = tsv.withColumns(parsed);
            } catch (IllegalArgumentException e) {
                throw usage("--columns: " + e.getMessage());
            }
        }
        return new OutputSettings(chosen, tmx, tsv, HtmlReviewSettings.of(sourceLanguage, targetLanguage));
    }

    private TsvEscape escapeMode() {
        return switch (tsvEscape.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "replace" -> TsvEscape.REPLACE;
            case "backslash" -> TsvEscape.BACKSLASH;
            case "drop" -> TsvEscape.DROP;
            case "skip" -> TsvEscape.SKIP;
            default -> throw usage("--tsv-escape: expected replace, backslash, drop or skip, not " + tsvEscape);
        };
    }

    private void checkResume(boolean toStdout, Set<OutputFormat> chosen) {
        if (!resume) {
            return;
        }
        if (toStdout) {
            throw usage("--resume needs an output folder (-o DIR)");
        }
        if (combined) {
            throw usage("--resume and --combined: a combined corpus is written whole, every time");
        }
        if (chosen.contains(OutputFormat.HTML)) {
            throw usage("--resume and --format html: the review page covers the whole batch");
        }
    }

    /**
     * The options besides the output settings that change what a document's outputs hold, for
     * {@code --resume}'s marker: outputs written with other spellings, names, dictionary or
     * encoding are not current. Files are named by a hash of their contents, which is what counts.
     */
    private List<String> alignmentOptions() throws IOException {
        List<String> options = new ArrayList<>();
        options.add("spellings=" + (keepSpellings ? "kept" : "respelled"));
        if (namesFile != null) {
            options.add("names=" + contentHash(namesFile));
        }
        if (dictionaryFile != null) {
            options.add("dictionary=" + contentHash(dictionaryFile));
        }
        options.add("encoding=" + (encoding == null ? "auto" : encoding));
        options.add("min-score=" + threshold().minimum());
        return options;
    }

    /** --min-score, checked. */
    private ScoreThreshold threshold() {
        if (minScore == null) {
            return ScoreThreshold.none();
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw usage("--min-score: a score is between 0 and 1, not " + minScore);
        }
        return new ScoreThreshold(minScore);
    }

    /** SHA-256 of a file's bytes, hexadecimal. */
    private static String contentHash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The output folder, kept out of the walk so that a run never reads what an earlier one wrote
     * there, unless an input lies inside it ({@code bitext align docs -o docs}, outputs beside the
     * documents): the user asked for that folder to be read, and no output is ever a {@code .txt}
     * document, which is all a walk takes.
     */
    static List<Path> excludedOutput(Path folder, List<Path> inputs) {
        Path out = folder.toAbsolutePath().normalize();
        boolean inputInside = inputs.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(out));
        return inputInside ? List.of() : List.of(folder);
    }

    /**
     * Refuses an output folder that cannot be one (a file, or under a file) before any work: the
     * writes would otherwise fail one by one at the end of a long run.
     */
    private void checkOutputFolder(Path folder) {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw usage("-o " + output + ": " + (p.equals(folder.toAbsolutePath()) ? "" : p + " ")
                            + "is a file, not a folder");
                }
                return;
            }
        }
    }

    /**
     * The jobs to run: as asked (else one per core), but no more than the heap holds
     * ({@link BatchOptions#jobsForHeap}); fewer than asked is said on standard error, fewer than
     * the cores (a many-core machine, a small heap) is not, since nobody asked for them.
     */
    private int jobs(PrintWriter err) {
        if (jobs != null && jobs < 1) {
            throw usage("--jobs must be at least 1, not " + jobs);
        }
        int requested = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        long heap = Runtime.getRuntime().maxMemory();
        int fit = BatchOptions.jobsForHeap(requested, heap);
        if (jobs != null && fit < jobs) {
            err.println("bitext: --jobs " + jobs + " needs more heap than " + (heap >> 20) + " MB; running " + fit
                    + (fit == 1 ? " job" : " jobs") + " (a larger heap runs more: BITEXT_JAVA_OPTS=-Xmx2g ./bitext ...)");
        }
        return fit;
    }

    /** A bar only on a terminal, and not when the data itself is printed on that terminal. */
    private BatchProgress progress(PrintWriter err, boolean toStdout) {
        boolean draw = !quiet && progressBar.orElseGet(
                () -> Terminal.stderrIsTerminal() && !(toStdout && Terminal.stdoutIsTerminal()));
        return draw ? new ProgressBar(err, System::currentTimeMillis) : BatchProgress.NONE;
    }

    private Optional<Charset> charset() {
        if (encoding == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(encoding));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw usage("--encoding: unknown character set " + encoding);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The TMX creation date: --creation-date, else SOURCE_DATE_EPOCH (reproducible builds), else none. */
    private Optional<Instant> creationDate() {
        if (creationDate != null) {
            try {
                return Optional.of(Instant.parse(creationDate));
            } catch (DateTimeParseException e) {
                throw usage("--creation-date: not an ISO-8601 instant such as 2020-03-18T02:19:00Z: " + creationDate);
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.trim())));
            } catch (NumberFormatException e) {
                throw usage("SOURCE_DATE_EPOCH is not a number of seconds: " + epoch);
            }
        }
        return Optional.empty();
    }

    private int alignPresegmented(PrintWriter out, PrintWriter err) throws IOException {
        if (formats != null && !(formats.size() == 1 && formats.get(0).trim().equalsIgnoreCase("ladder"))) {
            throw usage("--presegmented writes --format ladder only");
        }
        if (inputs.size() % 2 != 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--presegmented takes files in pairs: SOURCE TARGET [SOURCE TARGET ...]");
        }
        boolean toStdout = output.equals("-");
        if (toStdout && inputs.size() > 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "several pairs need an output folder (-o DIR)");
        }
        if (!toStdout) {
            checkOutputFolder(Path.of(output));
        }
        ScoreThreshold threshold = threshold();
        List<Presegmented.FilePair> pairs = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i += 2) {
            pairs.add(new Presegmented.FilePair(inputs.get(i), inputs.get(i + 1)));
        }
        StageTimes times = timings ? StageTimes.on() : StageTimes.off();
        long started = System.nanoTime();
        List<Alignment> alignments;
        try {
            List<LexicalModel.TrainingPair> dictionary = dictionaryFile == null ? List.of()
                    : Dictionary.read(dictionaryFile);
            Presegmented aligner = new Presegmented(dictionary);
            // the options' defaults say English and Arabic for any files: only languages the
            // user gave are taken at their word, else the files' scripts tell
            if (spec.commandLine().getParseResult().hasMatchedOption("--src-lang")
                    || spec.commandLine().getParseResult().hasMatchedOption("--tgt-lang")) {
                aligner = aligner.withLanguages(LanguagePair.of(sourceLanguage, targetLanguage));
            }
            alignments = aligner.align(pairs, times, line -> err.println("bitext: " + line))
                    .stream().map(threshold::apply).toList();
        } catch (IOException e) {
            err.println("bitext: " + ReadFailure.describe(e));
            return ExitCode.BAD_INPUT;
        }
        long mark = times.start();
        if (toStdout) {
            LadderWriter.write(alignments.get(0), out);
            out.flush();
        } else {
            for (int k = 0; k < pairs.size(); k++) {
                Alignment alignment = alignments.get(k);
                String name = pairs.get(k).source().getFileName().toString();
                int dot = name.lastIndexOf('.');
                Path target = Path.of(output).resolve((dot > 0 ? name.substring(0, dot) : name) + ".ladder");
                AtomicFile.write(target, w -> LadderWriter.write(alignment, w), temporaries);
            }
        }
        times.stop(StageTimes.Stage.WRITING, mark);
        printTimings(err, times, started, 1);
        err.flush();
        return ExitCode.OK;
    }

    /** The stage times on standard error, when {@code --timings} asks for them. */
    private void printTimings(PrintWriter err, StageTimes times, long started, int jobs) {
        if (timings) {
            StageTimes.report(times.totals(), System.nanoTime() - started, jobs)
                    .forEach(line -> err.println("bitext: " + line));
        }
    }
}
