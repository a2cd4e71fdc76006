package org.bitext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

    @Option(names = "--stacktrace", description = "print stack traces of internal errors")
    boolean stacktrace;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (presegmented) {
            if (inputs.size() != 2) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--presegmented takes exactly two files: SOURCE TARGET");
            }
            Alignment alignment;
            try {
                alignment = new Presegmented().align(inputs.get(0), inputs.get(1));
            } catch (IOException e) {
                err.println("bitext: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            LadderWriter.write(alignment, out);
            out.flush();
            return ExitCode.OK;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "document alignment not wired yet");
    }
}
