package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help, version, completion: the parts of the command line that are not a command's work. */
class CommandLineTest {
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    /** Every command of the tree, at any depth, except picocli's own help command. */
    private static void forEachCommand(CommandLine cli, java.util.function.Consumer<CommandLine> action) {
        action.accept(cli);
        cli.getSubcommands().values().stream()
                .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(sub -> forEachCommand(sub, action));
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        forEachCommand(Main.commandLine(), cmd -> {
            String usage = cmd.getUsageMessage();
            assertTrue(usage.contains("Examples:"), cmd.getCommandName() + " has no examples:\n" + usage);
            assertTrue(cmd.getCommandSpec().mixinStandardHelpOptions(), cmd.getCommandName() + " has no --help");
        });
    }

    @Test
    void everyHelpFormatsWithoutPicocliWarnings() {
        // a bare % in a description ("97 % of") is a format conversion to picocli: it prints a
        // warning on stderr and the raw text
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            forEachCommand(Main.commandLine(), CommandLine::getUsageMessage);
        } finally {
            System.setErr(saved);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8));
        String alignHelp = Main.commandLine().getSubcommands().get("align").getUsageMessage().replaceAll("\\s+", " ");
        assertTrue(alignHelp.contains("97 % of the Arabic-English dev pairs at 99 % precision"), alignHelp);
    }

    @Test
    void helpOfAlignListsTheOutputOptions() {
        assertEquals(0, run("align", "--help"));
        for (String option : new String[] {"--format", "--combined", "--header", "--columns", "--tsv-escape",
            "--jobs", "--resume", "--quiet", "Exit codes"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    /** A command that fails with an error, as a stack overflow or a failed class initialiser would. */
    @CommandLine.Command(name = "broken", mixinStandardHelpOptions = true)
    static final class Broken implements Runnable {
        @CommandLine.Option(names = "--stacktrace")
        boolean stackTrace;

        @Override
        public void run() {
            throw new StackOverflowError("deep");
        }
    }

    private String runBroken(String... args) {
        CommandLine cli = new CommandLine(new Broken());
        cli.setExecutionExceptionHandler(new Main.ErrorHandler());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(ExitCode.INTERNAL_ERROR, Main.execute(cli, args));
        return err.toString();
    }

    @Test
    void anErrorIsAnInternalErrorOfOneLineWithoutAStackTrace() {
        assertEquals("bitext: internal error: java.lang.StackOverflowError: deep\n"
                + "bitext: run again with --stacktrace for details\n", runBroken().replace(System.lineSeparator(), "\n"));
        assertTrue(runBroken("--stacktrace").contains("\tat "), "the stack trace when asked for");
    }

    @Test
    void versionIsPrinted() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("bitext "), out.toString());
    }

    @Test
    void theVersionShortcutAnswersExactlyAsPicocliDoes() {
        assertEquals(0, run("--version"));
        StringWriter quick = new StringWriter();
        Main.printVersion(new PrintWriter(quick));
        assertEquals(out.toString(), quick.toString());
    }

    @Test
    void theVersionShortcutTakesOnlyTheVersionOptionAlone() {
        assertTrue(Main.isVersionRequest(new String[] {"--version"}));
        assertTrue(Main.isVersionRequest(new String[] {"-V"}));
        assertFalse(Main.isVersionRequest(new String[] {"align", "--version"}));
        assertFalse(Main.isVersionRequest(new String[] {"--version", "--help"}));
        assertFalse(Main.isVersionRequest(new String[] {}));
    }

    @Test
    void theLanguageModelIsLoadedAheadOnlyForCommandsThatUseIt() {
        assertTrue(Main.needsLanguageModel(new String[] {"align", "docs/", "-o", "out/"}));
        assertTrue(Main.needsLanguageModel(new String[] {"detect", "a.txt"}));
        assertFalse(Main.needsLanguageModel(new String[] {"align", "--presegmented", "a.en", "a.ar"}));
        assertFalse(Main.needsLanguageModel(new String[] {"align", "--help"}));
        assertFalse(Main.needsLanguageModel(new String[] {"names", "key", "Ali"}));
        assertFalse(Main.needsLanguageModel(new String[] {}));
    }

    @Test
    void completionPrintsABashScriptThatKnowsTheCommandsAndOptions() {
        assertEquals(0, run("completion"));
        String script = out.toString();
        assertTrue(script.contains("complete -F"), script.substring(0, Math.min(500, script.length())));
        assertTrue(script.contains("align") && script.contains("--tsv-escape") && script.contains("--combined"));
    }

    @Test
    void outOfMemoryNamesTheHeapAndHowToEnlargeIt() {
        String message = Main.outOfMemoryMessage(230L << 20);
        assertTrue(message.startsWith("bitext: out of memory (Java heap of 230 MB)"), message);
        assertTrue(message.contains("-Xmx2g"), message);
    }
}
