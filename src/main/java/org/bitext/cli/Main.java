package org.bitext.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bitext.text.lang.NgramLanguageIdentifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bitext} command tree. The only class that calls {@link System#exit}. */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds bilingual Arabic-English corpora from folders of news documents.",
        subcommands = {AlignCommand.class, DetectCommand.class, SegmentCommand.class, NamesCommand.class, EvalCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  bitext align seeds/ -o alignments/",
            "  bitext align docs/ -o - --format jsonl | head",
            "  bitext help align",
            "  source <(bitext completion)",
            "",
            "Exit codes: 0 ok, 1 internal error, 2 usage error,",
            "            3 some inputs could not be processed (the others were)."})
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
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCode.USAGE : ExitCode.INTERNAL_ERROR);
        return cli;
    }

    public static void main(String[] args) {
        if (isVersionRequest(args)) {
            // picocli builds the whole command tree by reflection (about 0.4 s here) before it
            // reads the arguments; `bitext --version` answers without it, with the same text.
            PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                    StandardCharsets.UTF_8));
            printVersion(out);
            System.exit(ExitCode.OK);
        }
        if (needsLanguageModel(args)) {
            // Loading the language model takes a fifth of a second; on a second core it loads
            // while picocli builds the command tree and the inputs are collected. If it fails,
            // the command meets the same failure when it asks for the model, and reports it.
            Thread loader = new Thread(Main::loadLanguageModel, "bitext-model-loader");
            loader.setDaemon(true);
            loader.start();
        }
        CommandLine cli = commandLine();
        // Standard output straight to file descriptor 1, not through System.out: a PrintStream
        // swallows the error of a closed pipe, so `bitext align ... -o - | head` could never stop.
        // UTF-8 always, whatever the locale: the data is Arabic.
        cli.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = execute(cli, args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /**
     * Runs the command line, reporting the errors that escape picocli's handler (which takes
     * exceptions only) as it reports exceptions: one line, not a stack trace.
     */
    static int execute(CommandLine cli, String[] args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // A heap too small for the input is the user's to fix: say so, and how, not a stack
            // trace. Outputs are written to temporary files and renamed, so none is left half-written.
            cli.getErr().println(outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
            return ExitCode.INTERNAL_ERROR;
        } catch (Error e) {
            // a stack overflow, a class that failed to initialise: the tool's fault, said as such
            return ErrorHandler.report(e, cli.getErr(), Arrays.asList(args).contains("--stacktrace"));
        }
    }

    /** What a run that ran out of heap prints, for a heap of {@code maxHeapBytes}. */
    static String outOfMemoryMessage(long maxHeapBytes) {
        return "bitext: out of memory (Java heap of " + (maxHeapBytes >> 20) + " MB): give the JVM a larger "
                + "heap (BITEXT_JAVA_OPTS=-Xmx2g ./bitext ..., or java -Xmx2g -jar ...) or run fewer --jobs";
    }

    /** Exactly {@code --version} or {@code -V}: what picocli would answer with the version alone. */
    static boolean isVersionRequest(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The version lines, as picocli prints them for {@code --version}. */
    static void printVersion(PrintWriter out) {
        for (String line : new VersionProvider().getVersion()) {
            out.println(line);
        }
        out.flush();
    }

    /** Commands that identify languages: align (unless presegmented) and detect. */
    static boolean needsLanguageModel(String[] args) {
        if (args.length == 0 || !(args[0].equals("align") || args[0].equals("detect") || args[0].equals("segment"))) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--presegmented") || arg.equals("--help") || arg.equals("-h")) {
                return false;
            }
        }
        return true;
    }

    private static void loadLanguageModel() {
        try {
            NgramLanguageIdentifier.standard();
        } catch (RuntimeException | Error e) {
            // reported by the command itself when it asks for the model
        }
    }

    /** Maps an unexpected exception to a one-line message and exit code 1; the trace only on request. */
    /**
     * A usage error in two or three lines: the message, picocli's suggestions for a mistyped
     * option, and where the help is. The full usage (some 60 lines) would push the one line that
     * matters out of sight.
     */
    static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cli = e.getCommandLine();
            PrintWriter err = cli.getErr();
            err.println("bitext: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE;
        }
    }

    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            return report(e, cli.getErr(), wantsStackTrace(parsed));
        }

        /** One line naming the failure, and its stack trace only when asked for. */
        static int report(Throwable e, PrintWriter err, boolean stackTrace) {
            err.println("bitext: internal error: " + e);
            if (stackTrace) {
                e.printStackTrace(err);
            } else {
                err.println("bitext: run again with --stacktrace for details");
            }
            return ExitCode.INTERNAL_ERROR;
        }

        /** --stacktrace belongs to a subcommand, so every level of the parse is asked. */
        private static boolean wantsStackTrace(CommandLine.ParseResult parsed) {
            for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
                if (p.hasMatchedOption("--stacktrace")) {
                    return true;
                }
            }
            return false;
        }
    }
}
