package org.bitext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bitext.align.AlignmentScorer;
import org.bitext.io.LadderReader;
import org.bitext.io.ReadFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bitext eval GOLD TEST [GOLD TEST ...]}: strict and lax P/R/F1 of ladder files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores ladder alignments against gold ones: strict and lax precision, recall and F1.",
            "Precision is over all test beads, recall over gold beads with both sides; counts are summed over files."},
        footer = {"", "Examples:", "  bitext align --presegmented a.de a.fr --format ladder > a.test",
            "  bitext eval a.gold a.test"})
final class EvalCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "GOLD TEST", description = "pairs of gold and test ladder files")
    List<Path> files;

    @Override
    public Integer call() {
        if (files.size() % 2 != 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "files must come in GOLD TEST pairs");
        }
        AlignmentScorer scorer = new AlignmentScorer();
        PrintWriter err = spec.commandLine().getErr();
        try {
            for (int i = 0; i < files.size(); i += 2) {
                scorer.add(LadderReader.read(files.get(i)), LadderReader.read(files.get(i + 1)));
            }
        } catch (IOException e) {
            err.println("bitext: " + ReadFailure.describe(e));
            return ExitCode.BAD_INPUT;
        }
        AlignmentScorer.Scores s = scorer.scores();
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "strict P=%.3f R=%.3f F1=%.3f", s.strict().precision(),
                s.strict().recall(), s.strict().f1()));
        out.println(String.format(Locale.ROOT, "lax    P=%.3f R=%.3f F1=%.3f", s.lax().precision(),
                s.lax().recall(), s.lax().f1()));
        out.println(String.format(Locale.ROOT, "strict_f1=%.3f lax_f1=%.3f", s.strict().f1(), s.lax().f1()));
        return ExitCode.OK;
    }
}
