package org.bitext.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bitext} command tree. The only class that calls {@link System#exit}. */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds bilingual Arabic-English corpora from folders of news documents.",
        subcommands = {AlignCommand.class, DetectCommand.class, NamesCommand.class, EvalCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: bitext help)");
    }

    /** Builds the command line with the project's error handling, for main and for tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCode.USAGE : ExitCode.INTERNAL_ERROR);
        return cli;
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /** Maps an unexpected exception to a one-line message and exit code 1; the trace only on request. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            PrintWriter err = cli.getErr();
            err.println("bitext: internal error: " + e);
            if (parsed.hasMatchedOption("--stacktrace")) {
                e.printStackTrace(err);
            } else {
                err.println("bitext: run again with --stacktrace for details");
            }
            return ExitCode.INTERNAL_ERROR;
        }
    }
}
