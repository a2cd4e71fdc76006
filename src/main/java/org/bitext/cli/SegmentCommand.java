package org.bitext.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.bitext.model.LanguageGuess;
import org.bitext.model.Paragraph;
import org.bitext.model.Span;
import org.bitext.output.LineBreaks;
import org.bitext.pipeline.LanguagePair;
import org.bitext.pipeline.ParagraphSentences;
import org.bitext.text.LanguageIdentifier;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.SentenceSegmenter;
import org.bitext.text.lang.NgramLanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bitext segment [--only LANG] [--lang LANG] [--paragraphs | --tsv] [FILE...]}: the
 * sentences align finds in a document, one per line. With {@code --only}, one language of a
 * bilingual document: the two runs give the two files {@code align --presegmented} reads, or
 * sentence-split text for another aligner or a translation tool.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Prints the sentences of each paragraph, one per line, as align finds them.",
        footer = {"", "Examples:", "  bitext segment article.txt",
            "  bitext segment --only en story.txt > story.en",
            "  bitext segment --only ar story.txt > story.ar",
            "  bitext align --presegmented story.en story.ar",
            "  bitext segment --tsv docs/*.txt"})
public final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--only", paramLabel = "LANG", converter = LanguageTagConverter.class, description = "Only the paragraphs in this language (as align "
            + "sorts them: the language identified, or for a paragraph too short to tell, ar for Arabic letters "
            + "and en for Latin ones).")
    String only;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageTagConverter.class, description = "Segment every paragraph with this language's "
            + "rules (default: each paragraph's own language, as for --only).")
    String lang;

    @Option(names = "--paragraphs", description = "An empty line after each paragraph (not for --presegmented, "
            + "where an empty line is a sentence).")
    boolean paragraphs;

    @Option(names = "--tsv", description = "TSV rows with a header: file, paragraph, sentence, language, text "
            + "(tabs and line breaks in the text as spaces).")
    boolean tsv;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Text files, decoded as align decodes them (UTF-8, a byte-order mark, or a detected "
                    + "legacy encoding); '-' or none reads standard input.")
    List<String> files = List.of();

    /** The language model is fetched only when the command runs (see {@link DetectCommand}). */
    private final Supplier<LanguageIdentifier> identifiers;

    public SegmentCommand() {
        this(NgramLanguageIdentifier::standard);
    }

    SegmentCommand(LanguageIdentifier identifier) {
        this(() -> identifier);
    }

    private SegmentCommand(Supplier<LanguageIdentifier> identifiers) {
        this.identifiers = identifiers;
    }

    @Override
    public Integer call() {
        if (paragraphs && tsv) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--paragraphs and --tsv do not go together (the TSV rows number the paragraphs)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParagraphSplitter splitter = new ParagraphSplitter(identifiers.get());
        ParagraphSentences sentences = new ParagraphSentences(new SentenceSegmenter());
        if (tsv) {
            out.println("file\tparagraph\tsentence\tlanguage\ttext");
        }
        int exit = InputText.eachFile(files, err, (file, text) -> {
            int shown = 0;
            for (Paragraph paragraph : splitter.split(text)) {
                String language = languageOf(paragraph);
                if (only != null && !LanguagePair.sameLanguage(language, only)) {
                    continue;
                }
                shown++;
                List<Span> spans = sentences.of(paragraph.text(), lang != null ? lang : language);
                for (int s = 0; s < spans.size(); s++) {
                    String sentence = spans.get(s).of(paragraph.text());
                    if (tsv) {
                        out.println(String.format(Locale.ROOT, "%s\t%d\t%d\t%s\t%s", LineBreaks.toOneCell(file),
                                paragraph.index(), s, language, LineBreaks.toOneCell(sentence)));
                    } else {
                        out.println(LineBreaks.toOneLine(sentence));
                    }
                }
                if (paragraphs && !spans.isEmpty()) {
                    out.println();
                }
            }
            if (only != null && shown == 0) {
                // an empty output would look like a failure to read the file
                err.println("bitext: " + file + ": no paragraph in " + only);
            }
        });
        out.flush();
        return exit;
    }

    /**
     * The paragraph's language as align sorts it: the one identified, else by its script (Arabic
     * letters as ar, Latin as en, the pair align reads by default), else {@code und}.
     */
    static String languageOf(Paragraph paragraph) {
        LanguageGuess guess = paragraph.language();
        if (!guess.is(LanguageGuess.UNDETERMINED)) {
            return guess.code();
        }
        LanguagePair pair = LanguagePair.englishArabic();
        return paragraph.script().equals(pair.sourceScript()) ? pair.source()
                : paragraph.script().equals(pair.targetScript()) ? pair.target() : LanguageGuess.UNDETERMINED;
    }

}
