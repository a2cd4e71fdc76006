package org.bitext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.io.AtomicFile;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvSettings;
import org.bitext.output.TsvWriter;
import org.bitext.pipeline.AlignmentPipeline;
import org.bitext.pipeline.BatchReport;
import org.bitext.pipeline.DocumentSink;
import org.bitext.pipeline.FolderSink;
import org.bitext.pipeline.LanguagePair;
import org.bitext.pipeline.NameEditProps;
import org.bitext.pipeline.NameSpelling;
import org.bitext.names.NameOverrides;
import org.bitext.pipeline.StreamSink;
import org.bitext.text.lang.NgramLanguageIdentifier;
import org.bitext.model.Alignment;
import org.bitext.output.LadderWriter;
import org.bitext.pipeline.Presegmented;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bitext align}: documents in, aligned sentence pairs out. */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = "Finds the parallel passages of documents and aligns their sentences.",
        footer = {"", "Examples:", "  bitext align seeds/ -o alignments/",
            "  bitext align --presegmented doc.en doc.ar --format ladder"})
final class AlignCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files and folders to align")
    List<Path> inputs;

    @Option(names = "--presegmented", description = "the two inputs hold one sentence a line (source, then target)")
    boolean presegmented;

    @Option(names = "--format", defaultValue = "ladder", description = "with --presegmented: ladder (default)")
    String format;

    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "DIR",
            description = "output folder, or - for standard output (default)")
    String output;

    @Option(names = "--src-lang", defaultValue = "en", paramLabel = "LANG",
            description = "source language (default: ${DEFAULT-VALUE})")
    String sourceLanguage;

    @Option(names = "--tgt-lang", defaultValue = "ar", paramLabel = "LANG",
            description = "target language (default: ${DEFAULT-VALUE})")
    String targetLanguage;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "encoding of files without a byte-order mark (default: UTF-8)")
    String encoding;

    @Option(names = "--creation-date", paramLabel = "INSTANT",
            description = "TMX creation date (ISO-8601); default: SOURCE_DATE_EPOCH if set, else none")
    String creationDate;

    @Option(names = "--keep-spellings", description = "keep names as each document spells them "
            + "(default: respell English names to the batch's canonical spelling, recorded in the TMX as x-names)")
    boolean keepSpellings;

    @Option(names = "--names", paramLabel = "FILE",
            description = "TSV of canonical name spellings: canonical, then variants (Arabic script allowed)")
    Path namesFile;

    @Option(names = "--stacktrace", description = "print stack traces of internal errors")
    boolean stacktrace;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (presegmented) {
            return alignPresegmented(out, err);
        }
        return alignDocuments(out, err);
    }

    private int alignDocuments(PrintWriter out, PrintWriter err) throws IOException {
        LanguagePair languages = LanguagePair.of(sourceLanguage, targetLanguage);
        TmxSettings tmx = TmxSettings.defaults(VersionProvider.version()).withLanguages(sourceLanguage, targetLanguage)
                .withExtraProps(new NameEditProps());
        NameSpelling spelling;
        try {
            NameOverrides overrides = namesFile == null ? NameOverrides.none() : NameOverrides.read(namesFile);
            spelling = new NameSpelling(!keepSpellings, overrides);
        } catch (IOException e) {
            err.println("bitext: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Optional<Instant> date = creationDate();
        if (date.isPresent()) {
            tmx = tmx.withCreationDate(date.get());
        }
        boolean toStdout = output.equals("-");
        DocumentSink sink = toStdout
                ? new StreamSink(new TsvWriter(out, TsvSettings.defaults()))
                : new FolderSink(Path.of(output), tmx, TsvSettings.defaults());
        List<Path> excluded = toStdout ? List.of() : List.of(Path.of(output));
        Optional<Charset> charset = encoding == null ? Optional.empty() : Optional.of(Charset.forName(encoding));
        AlignmentPipeline pipeline = new AlignmentPipeline(languages, charset, NgramLanguageIdentifier.standard(),
                spelling);
        BatchReport report = pipeline.run(inputs, excluded, sink, line -> err.println("bitext: " + line));
        out.flush();
        new Summary(report, languages).print(err);
        err.flush();
        return report.hasFailures() ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    /** The TMX creation date: --creation-date, else SOURCE_DATE_EPOCH (reproducible builds), else none. */
    private Optional<Instant> creationDate() {
        if (creationDate != null) {
            try {
                return Optional.of(Instant.parse(creationDate));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--creation-date: not an ISO-8601 instant such as 2020-03-18T02:19:00Z: " + creationDate);
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.trim())));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "SOURCE_DATE_EPOCH is not a number of seconds: " + epoch);
            }
        }
        return Optional.empty();
    }

    private int alignPresegmented(PrintWriter out, PrintWriter err) throws IOException {
        if (inputs.size() % 2 != 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--presegmented takes files in pairs: SOURCE TARGET [SOURCE TARGET ...]");
        }
        boolean toStdout = output.equals("-");
        if (toStdout && inputs.size() > 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "several pairs need an output folder (-o DIR)");
        }
        List<Presegmented.FilePair> pairs = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i += 2) {
            pairs.add(new Presegmented.FilePair(inputs.get(i), inputs.get(i + 1)));
        }
        List<Alignment> alignments;
        try {
            alignments = new Presegmented().align(pairs);
        } catch (IOException e) {
            err.println("bitext: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (toStdout) {
            LadderWriter.write(alignments.get(0), out);
            out.flush();
            return ExitCode.OK;
        }
        for (int k = 0; k < pairs.size(); k++) {
            Alignment alignment = alignments.get(k);
            String name = pairs.get(k).source().getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path target = Path.of(output).resolve((dot > 0 ? name.substring(0, dot) : name) + ".ladder");
            AtomicFile.write(target, w -> LadderWriter.write(alignment, w));
        }
        return ExitCode.OK;
    }
}
