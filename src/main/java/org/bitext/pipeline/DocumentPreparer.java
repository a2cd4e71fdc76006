package org.bitext.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bitext.align.AlignmentInput;
import org.bitext.io.InputUnit;
import org.bitext.io.TextDecoder;
import org.bitext.model.LanguageGuess;
import org.bitext.model.Paragraph;
import org.bitext.model.Sentence;
import org.bitext.model.Span;
import org.bitext.pipeline.StageTimes.Stage;
import org.bitext.text.MatchTokens;
import org.bitext.text.ParagraphSplitter;
import org.bitext.text.RunTogetherWords;
import org.bitext.text.SentenceSegmenter;
import org.bitext.text.TextSanitizer;

/**
 * Reads a unit of work and turns it into the two sentence sequences to align.
 *
 * <p>Which side a paragraph goes to:
 * <ol>
 *   <li>a paragraph identified as the source (target) language goes to the source (target) side;</li>
 *   <li>an undetermined paragraph (a dateline, a short title) goes by its script: the script of the
 *       source (target) language's text puts it on that side; otherwise it is set aside;</li>
 *   <li>a paragraph in any other language is set aside and counted, so that a French quote in an
 *       English article is never aligned with Arabic;</li>
 *   <li>a URL slug (words joined by hyphens with no space, such as an Arabic headline slug glued to an
 *       English title) and a paragraph without letters are set aside;</li>
 *   <li>in a file pair, the English file gives only source paragraphs and the Arabic file only target
 *       ones; when each file holds only the other's language (names swapped), the contents decide,
 *       with a warning.</li>
 * </ol>
 * Sentences keep the order of the document, so a block layout (all English, then all Arabic) and an
 * interleaved one (paragraph by paragraph) give the same two sequences.
 *
 * <p>Before splitting, the decoded text goes through {@link TextSanitizer} (controls, bidi overrides
 * and isolates, lone surrogates, noncharacters removed; NFC); what it removed, a detected encoding
 * and an empty file each give a warning naming the file. A sentence longer than
 * {@value #MAX_SENTENCE_CHARS} characters (a line without stops, a table dumped as one line) is cut
 * at the last white space before the limit, else at the limit, so that no single segment makes the
 * aligner's costs, the outputs or a translation tool's memory blow up.
 */
final class DocumentPreparer {
    /** Longest sentence kept in one piece; real news sentences stay far below it. */
    static final int MAX_SENTENCE_CHARS = 2_000;

    private final TextDecoder decoder;
    private final TextSanitizer sanitizer = new TextSanitizer();
    private final ParagraphSplitter splitter;
    private final ParagraphSentences sentences;
    private final LanguagePair languages;
    /** Match tokens of the words seen, shared by the batch's documents and threads. */
    private final MatchTokens.Memo tokens = new MatchTokens.Memo();

    DocumentPreparer(TextDecoder decoder, ParagraphSplitter splitter, SentenceSegmenter segmenter,
                     LanguagePair languages) {
        this.decoder = decoder;
        this.splitter = splitter;
        this.sentences = new ParagraphSentences(segmenter);
        this.languages = languages;
    }

    PreparedDocument prepare(InputUnit unit) throws IOException {
        return prepare(unit, StageTimes.off());
    }

    /** @param times receives the time of decoding, paragraphs (with language) and segmentation */
    PreparedDocument prepare(InputUnit unit, StageTimes times) throws IOException {
        Sides sides = new Sides(times);
        List<String> encodings = new ArrayList<>();
        if (unit instanceof InputUnit.Pair pair) {
            Placed english = read(pair.english(), Side.SOURCE, sides, encodings);
            Placed arabic = read(pair.arabic(), Side.TARGET, sides, encodings);
            if (english.swapped() && arabic.swapped()) {
                // each file holds only the other's language: the names were swapped, and the
                // contents say which file is which (read again, since both were set aside)
                sides = new Sides(times);
                encodings.clear();
                read(pair.arabic(), Side.SOURCE, sides, encodings);
                read(pair.english(), Side.TARGET, sides, encodings);
                sides.warnings.add(pair.english() + " and " + pair.arabic() + ": each holds the other's language "
                        + "(names swapped?); aligned by their contents");
            }
        } else {
            read(((InputUnit.Single) unit).file(), null, sides, encodings);
        }
        long mark = times.start();
        // the match tokens belong to segmentation: both turn paragraph text into aligner input
        AlignmentInput source = input(sides.source);
        AlignmentInput target = input(sides.target);
        times.stop(Stage.SEGMENTATION, mark);
        return new PreparedDocument(unit, encodings, sides.source, sides.target,
                source, target, sides.otherLanguages, sides.setAside, sides.warnings);
    }

    private enum Side { SOURCE, TARGET }

    /** Mutable accumulator local to one {@link #prepare} call. */
    private static final class Sides {
        final List<Sentence> source = new ArrayList<>();
        final List<Sentence> target = new ArrayList<>();
        final Map<String, Integer> otherLanguages = new TreeMap<>();
        final Map<String, Integer> setAside = new TreeMap<>();
        final List<String> warnings = new ArrayList<>();
        final StageTimes times;
        int paragraphBase;

        Sides(StageTimes times) {
            this.times = times;
        }
    }

    /**
     * How a file of a pair placed its paragraphs: those kept for its side, and those set aside as
     * in the other side's language.
     */
    private record Placed(int kept, int inOtherLanguage) {
        /** Whether the file holds the other side's language and nothing of its own. */
        boolean swapped() {
            return kept == 0 && inOtherLanguage > 0;
        }
    }

    private Placed read(Path file, Side only, Sides sides, List<String> encodings) throws IOException {
        StageTimes times = sides.times;
        long mark = times.start();
        TextDecoder.DecodedText decoded;
        try {
            decoded = decoder.decode(file);
        } catch (TextDecoder.DecodingException e) {
            throw e;
        } catch (IOException e) {
            // NoSuchFileException and AccessDeniedException carry only the path as message
            throw new IOException(file + ": cannot read (" + e.getClass().getSimpleName().replace("Exception", "")
                    + (e.getMessage() == null || e.getMessage().equals(file.toString()) ? "" : ": " + e.getMessage())
                    + ")", e);
        }
        encodings.add(decoded.encoding() + (decoded.detected() ? " (detected)" : ""));
        if (decoded.detected()) {
            sides.warnings.add(file + ": not UTF-8; decoded as " + decoded.encoding() + " (detected)");
        }
        TextSanitizer.Sanitized clean = sanitizer.sanitize(decoded.text());
        clean.removed().forEach((kind, count) -> sides.warnings.add(
                file + ": removed " + count + " " + (count == 1 ? "character" : "characters") + ": " + kind));
        mark = times.stop(Stage.DECODE, mark);
        List<Paragraph> paragraphs = splitter.split(clean.text());
        mark = times.stop(Stage.PARAGRAPHS, mark);
        if (paragraphs.isEmpty()) {
            sides.warnings.add(file + ": empty (no text, or white space only)");
            sides.setAside.merge(EMPTY_FILE, 1, Integer::sum);
        }
        int kept = 0;
        int inOtherLanguage = 0;
        int arabicSentences = 0;
        int runTogether = 0;
        String example = null;
        for (Paragraph p : paragraphs) {
            String reason = reasonToSetAside(p);
            if (reason != null) {
                sides.setAside.merge(reason, 1, Integer::sum);
                continue;
            }
            Side side = sideOf(p);
            if (side == null) {
                sides.otherLanguages.merge(p.language().code(), 1, Integer::sum);
                continue;
            }
            if (only != null && side != only) {
                sides.setAside.merge("in the other language's file", 1, Integer::sum);
                inOtherLanguage++;
                continue;
            }
            kept++;
            List<Sentence> into = side == Side.SOURCE ? sides.source : sides.target;
            String language = side == Side.SOURCE ? languages.source() : languages.target();
            boolean arabicScript = "Arab".equals(side == Side.SOURCE ? languages.sourceScript() : languages.targetScript());
            for (Span span : sentences.of(p.text(), language)) {
                String text = span.of(p.text());
                into.add(new Sentence(into.size(), sides.paragraphBase + p.index(), span, text));
                if (arabicScript) {
                    arabicSentences++;
                    String run = RunTogetherWords.find(text);
                    if (run != null) {
                        runTogether++;
                        example = example == null ? run : example;
                    }
                }
            }
        }
        if (runTogether >= MIN_RUN_TOGETHER_SENTENCES) {
            sides.warnings.add(file + ": " + runTogether + " of " + arabicSentences + " Arabic sentences have words run"
                    + " together without spaces (\u201C" + shorten(example) + "\u201D): only the words the batch taught the"
                    + " aligner are found in them, and the text is written as it is");
        }
        sides.paragraphBase += paragraphs.size();
        times.stop(Stage.SEGMENTATION, mark);
        return new Placed(kept, inOtherLanguage);
    }

    /** Sentences with words run together ({@link RunTogetherWords}) that make a file worth a warning. */
    static final int MIN_RUN_TOGETHER_SENTENCES = 3;

    /** A run of words run together, cut for a message. */
    private static String shorten(String run) {
        return run.length() <= 24 ? run : run.substring(0, 24) + "\u2026";
    }

    /** Reason counted in {@code setAside} for a file without any paragraph. */
    static final String EMPTY_FILE = "empty file";

    /** The span without LRM/RLM/ALM at its edges (a sentence cut mid-line may start with one). */
    static Span trimDirectionMarks(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && (TextSanitizer.isDirectionMark(text.charAt(start)) || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (TextSanitizer.isDirectionMark(text.charAt(end - 1)) || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return new Span(start, end);
    }

    /**
     * {@code span} in pieces of at most {@value #MAX_SENTENCE_CHARS} characters, cut after the last
     * space before the limit (else at the limit, never inside a surrogate pair), spaces trimmed.
     */
    static List<Span> cutLong(String text, Span span) {
        if (span.length() <= MAX_SENTENCE_CHARS) {
            return span.length() == 0 ? List.of() : List.of(span);
        }
        List<Span> pieces = new ArrayList<>();
        int start = span.start();
        while (start < span.end()) {
            while (start < span.end() && text.charAt(start) == ' ') {
                start++;
            }
            if (start == span.end()) {
                break;
            }
            int limit = Math.min(span.end(), start + MAX_SENTENCE_CHARS);
            int cut = limit;
            if (limit < span.end()) {
                int space = text.lastIndexOf(' ', limit);
                if (space > start) {
                    cut = space;
                } else if (Character.isLowSurrogate(text.charAt(limit)) && limit - 1 > start) {
                    cut = limit - 1;
                }
            }
            int end = cut;
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
            pieces.add(new Span(start, end));
            start = cut;
        }
        return pieces;
    }

    private Side sideOf(Paragraph p) {
        LanguageGuess language = p.language();
        if (languages.isSource(language.code())) {
            return Side.SOURCE;
        }
        if (languages.isTarget(language.code())) {
            return Side.TARGET;
        }
        if (language.is(LanguageGuess.UNDETERMINED)) {
            if (p.script().equals(languages.sourceScript())) {
                return Side.SOURCE;
            }
            if (p.script().equals(languages.targetScript())) {
                return Side.TARGET;
            }
        }
        return null;
    }

    /** Why a paragraph takes no part in alignment, or null. */
    static String reasonToSetAside(Paragraph p) {
        String text = p.text();
        boolean letters = text.codePoints().anyMatch(Character::isLetter);
        if (!letters) {
            return "no letters";
        }
        if (text.indexOf(' ') < 0 && text.chars().filter(c -> c == '-').count() >= 2) {
            return "URL slug";
        }
        return null;
    }

    /** The match tokens of {@code text}, as {@link MatchTokens#of} gives them, from the batch's memo. */
    List<String> matchTokens(String text) {
        return tokens.of(text);
    }

    private AlignmentInput input(List<Sentence> sentences) {
        return new AlignmentInput(sentences.stream().map(Sentence::text).toList(),
                sentences.stream().map(Sentence::paragraphIndex).toList(),
                sentences.stream().map(s -> tokens.of(s.text())).toList());
    }
}
