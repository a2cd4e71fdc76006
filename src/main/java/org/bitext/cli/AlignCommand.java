package org.bitext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.io.AtomicFile;
import java.util.concurrent.Callable;
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

    @Option(names = "--format", defaultValue = "ladder", description = "with --presegmented: ladder")
    String format;

    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "DIR",
            description = "output folder, or - for standard output (default)")
    String output;

    @Option(names = "--stacktrace", description = "print stack traces of internal errors")
    boolean stacktrace;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (presegmented) {
            return alignPresegmented(out, err);
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "document alignment not wired yet");
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
