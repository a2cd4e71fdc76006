package org.bitext.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.bitext.model.LanguageGuess;
import org.bitext.model.Paragraph;
import org.bitext.model.ScriptRun;
import org.bitext.text.LanguageIdentifier;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.RunLanguages;
import org.bitext.text.lang.NgramLanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bitext detect [--runs] [FILE...]}: one TSV row per paragraph with its dominant script
 * and language, or with {@code --runs} one row per script run.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Prints the script and language of each paragraph as TSV "
                + "(file, paragraph, [run,] script, language, confidence).",
        footer = {"", "Examples:", "  bitext detect seeds/003_55dfabf2635491b5.txt",
            "  bitext detect --runs article.txt", "  echo 'Hello world, how are you?' | bitext detect"})
public final class DetectCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = ExitCode.BAD_INPUT;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", description = "One row per script run instead of per paragraph; a run too short to "
            + "tell by itself takes the language of all the paragraph's text in its script.")
    boolean runs;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Text files, decoded as align decodes them (UTF-8, a byte-order mark, or a detected "
                    + "legacy encoding); '-' or none reads standard input.")
    List<String> files = List.of();

    // picocli instantiates every subcommand to build the command tree, also for `bitext
    // --version`: the language model (a fifth of a second to load) is only fetched when this
    // command actually runs.
    private final Supplier<LanguageIdentifier> identifiers;

    public DetectCommand() {
        this(NgramLanguageIdentifier::standard);
    }

    DetectCommand(LanguageIdentifier identifier) {
        this(() -> identifier);
    }

    private DetectCommand(Supplier<LanguageIdentifier> identifiers) {
        this.identifiers = identifiers;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LanguageIdentifier identifier = identifiers.get();
        ParagraphSplitter splitter = new ParagraphSplitter(identifier);
        out.println(runs ? "file\tparagraph\trun\tscript\tlanguage\tconfidence"
                : "file\tparagraph\tscript\tlanguage\tconfidence");
        int exit = InputText.eachFile(files, err, (file, text) -> {
            // The same paragraphs as align sees: blank lines, script changes between lines, and
            // long runs of two scripts on one line.
            for (Paragraph paragraph : splitter.split(text)) {
                if (!runs) {
                    row(out, file, paragraph.index() + "", paragraph.script(), paragraph.language());
                    continue;
                }
                List<ScriptRun> scriptRuns = paragraph.runs();
                List<LanguageGuess> languages = RunLanguages.of(paragraph.text(), scriptRuns, identifier);
                for (int r = 0; r < scriptRuns.size(); r++) {
                    row(out, file, paragraph.index() + "\t" + r, scriptRuns.get(r).script(), languages.get(r));
                }
            }
        });
        out.flush();
        return exit;
    }

    private static void row(PrintWriter out, String file, String position, String script,
                            LanguageGuess guess) {
        out.println(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%.3f",
                file, position, script, guess.code(), guess.confidence()));
    }
}
