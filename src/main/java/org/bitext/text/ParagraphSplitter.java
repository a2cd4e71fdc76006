package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.model.Paragraph;
import org.bitext.model.ScriptRun;
import org.bitext.model.Span;

/**
 * Splits a decoded document text (LF line ends) into paragraphs.
 *
 * <p>Rules:
 * <ol>
 *   <li>blank (white-space-only) lines separate paragraphs;</li>
 *   <li>a line break inside a paragraph is a soft wrap, joined with one space, unless the
 *       script changes: when the dominant script of the next line differs from that of the
 *       paragraph so far (both with letters), the next line starts a new paragraph;</li>
 *   <li>a single line made of substantial runs of different scripts is cut between them, so
 *       that an English title glued to an Arabic URL slug gives two paragraphs. A run is
 *       substantial with at least {@value #MIN_WORDS} words, or {@value #MIN_WORDS_LONG}
 *       words and {@value #MIN_LETTERS} letters (words are separated by spaces, hyphens or
 *       slashes); a run that is not (one quoted Arabic word in an English sentence) stays with
 *       the text around it. The cut is made only where the text before it ends with a stop
 *       ({@code . ! ? ؟ ۔ …}, closing quotes allowed) or both sides have at least
 *       {@value #MIN_WORDS_UNSTOPPED} words and a piece in Latin letters holds an English
 *       function word (a sentence, not a list of names or a web address), so that a Latin-script
 *       name inside an Arabic sentence stays in it; never between two pieces of one script, nor
 *       around a run that neither it nor the text before it closes with a stop and that the text
 *       before it resumes after it (a company's full name inside an Arabic sentence). Opening
 *       quotes and brackets just before a cut go with the text after it;</li>
 *   <li>paragraph text is trimmed, with every run of white space (a soft wrap included)
 *       collapsed to one space; but a word hyphenated at a soft wrap ({@code situa-} / {@code tion},
 *       text from PDF or a typeset page) is joined again: with or without the hyphen as the
 *       document writes the word elsewhere on one line ({@code so-called}, {@code society}), and
 *       where it does not, without it but for the first part of a compound ({@code well-} /
 *       {@code known});</li>
 *   <li>paragraphs without letters or digits ({@code ***}) are kept, with script
 *       {@code Zyyy}: dropping them is the pipeline's choice.</li>
 * </ol>
 */
public final class ParagraphSplitter {
    static final int MIN_WORDS = 3;
    static final int MIN_WORDS_LONG = 2;
    static final int MIN_LETTERS = 12;
    static final int MIN_WORDS_UNSTOPPED = 6;

    static final char ARABIC_QUESTION_MARK = '\u061F';
    static final char ARABIC_FULL_STOP = '\u06D4';
    static final char HORIZONTAL_ELLIPSIS = '\u2026';
    /** Characters after which a line may be cut between scripts. */
    private static final String STOPS = new String(new char[] {
        '.', '!', '?', ARABIC_QUESTION_MARK, ARABIC_FULL_STOP, HORIZONTAL_ELLIPSIS});
    private static final String WORD_SEPARATORS = "-/_\u2010\u2011\u2012\u2013\u2014";

    private final LanguageIdentifier identifier;

    public ParagraphSplitter(LanguageIdentifier identifier) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
    }

    /** The paragraphs of {@code text}, in order. */
    public List<Paragraph> split(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int paragraphLine = 0;
        String paragraphScript = ScriptRuns.COMMON;
        // the script of the paragraph's piece while it has only one, a line of one script run
        String onlyPieceScript = null;
        int paragraphPieces = 0;
        int lineNumber = 1;
        WrapSpellings spellings = new WrapSpellings(text);
        for (int lineStart = 0; lineStart <= text.length(); lineNumber++) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            List<Piece> pieces = linePieces(text, lineStart, lineEnd);
            if (pieces.isEmpty() && paragraphStart >= 0) {
                paragraphs.add(paragraph(paragraphs.size(), text, paragraphStart, paragraphEnd, paragraphLine,
                        paragraphPieces == 1 ? onlyPieceScript : null, spellings));
                paragraphStart = -1;
            }
            for (int p = 0; p < pieces.size(); p++) {
                Piece piece = pieces.get(p);
                String script = piece.script() != null ? piece.script() : ScriptRuns.dominant(piece.span().of(text));
                boolean continues = paragraphStart >= 0 && p == 0
                        && (script.equals(ScriptRuns.COMMON) || paragraphScript.equals(ScriptRuns.COMMON)
                            || script.equals(paragraphScript));
                if (!continues) {
                    if (paragraphStart >= 0) {
                        paragraphs.add(paragraph(paragraphs.size(), text, paragraphStart, paragraphEnd, paragraphLine,
                                paragraphPieces == 1 ? onlyPieceScript : null, spellings));
                    }
                    paragraphStart = piece.span().start();
                    paragraphLine = lineNumber;
                    paragraphScript = ScriptRuns.COMMON;
                    paragraphPieces = 0;
                    onlyPieceScript = piece.script();
                }
                paragraphPieces++;
                paragraphEnd = piece.span().end();
                if (!script.equals(ScriptRuns.COMMON)) {
                    paragraphScript = script;
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (paragraphStart >= 0) {
            paragraphs.add(paragraph(paragraphs.size(), text, paragraphStart, paragraphEnd, paragraphLine,
                    paragraphPieces == 1 ? onlyPieceScript : null, spellings));
        }
        return paragraphs;
    }

    /**
     * @param oneRunScript the script of the paragraph when it is the one piece of a line of one
     *                     script run (or of none), else null. Such a paragraph is that run without
     *                     some white space, and white space is neutral or, like the Ogham space mark,
     *                     of the run's script: its text is one run of that script, which is also its
     *                     dominant one, so neither is computed again (most paragraphs are one line).
     */
    private Paragraph paragraph(int index, String text, int start, int end, int line, String oneRunScript,
                                WrapSpellings spellings) {
        String joined = collapseSpaces(text.substring(start, end), spellings);
        List<ScriptRun> runs;
        String script;
        if (oneRunScript != null) {
            runs = List.of(new ScriptRun(new Span(0, joined.length()), oneRunScript));
            script = oneRunScript;
        } else {
            runs = ScriptRuns.of(joined);
            script = ScriptRuns.dominant(joined);
        }
        return new Paragraph(index, new Span(start, end), line, joined, script, runs, identifier.identify(joined));
    }

    /** A piece of a line, with its dominant script when the line is one script run, else null. */
    private record Piece(Span span, String script) {
    }

    /**
     * The trimmed pieces of the line {@code [lineStart, lineEnd)} as spans into {@code text}:
     * none for a blank line, one for most lines, several when rule 3 cuts the line.
     */
    static List<Span> pieces(String text, int lineStart, int lineEnd) {
        return linePieces(text, lineStart, lineEnd).stream().map(Piece::span).toList();
    }

    private static List<Piece> linePieces(String text, int lineStart, int lineEnd) {
        String line = text.substring(lineStart, lineEnd);
        List<ScriptRun> runs = ScriptRuns.of(line);
        if (runs.size() <= 1) {
            // One script (most lines): nothing to cut, whether or not the run is substantial. The
            // trimmed line has the same letters, so its dominant script is the run's (Zyyy without
            // letters).
            Span trimmed = Whitespace.trim(line, 0, line.length());
            return trimmed.length() == 0 ? List.of()
                    : List.of(new Piece(new Span(lineStart + trimmed.start(), lineStart + trimmed.end()),
                            runs.get(0).script()));
        }
        // Step 1: runs too short to stand alone join the piece before them (or, at the start
        // of the line, the one after them); neighbouring pieces of one script merge.
        List<int[]> cuts = new ArrayList<>(); // [start, end) of each piece, relative to line
        List<String> scripts = new ArrayList<>();
        for (ScriptRun run : runs) {
            Span span = run.span();
            int last = cuts.size() - 1;
            if (last >= 0 && (!isSubstantial(line, span) || run.script().equals(scripts.get(last)))) {
                cuts.get(last)[1] = span.end();
            } else if (isSubstantial(line, span)) {
                int start = last < 0 ? 0 : openingPunctuationStart(line, span.start());
                if (last >= 0) {
                    cuts.get(last)[1] = start;
                }
                cuts.add(new int[] {start, span.end()});
                scripts.add(run.script());
            }
        }
        if (cuts.isEmpty()) {
            cuts.add(new int[] {0, line.length()});
        }
        cuts.get(cuts.size() - 1)[1] = line.length();
        // Step 2: keep a cut only where the text before it can end a paragraph, and never between
        // two pieces of one script: a short Latin name that stayed inside an Arabic sentence
        // leaves the sentence Arabic, and the Arabic after the name is the same sentence. A long
        // one (a company's full name, a web address) that no stop closes, between two pieces of
        // the other script, is inside the sentence too.
        List<int[]> kept = new ArrayList<>();
        List<String> keptScripts = new ArrayList<>();
        for (int c = 0; c < cuts.size(); c++) {
            int[] cut = cuts.get(c);
            String script = c < scripts.size() ? scripts.get(c) : null;
            int last = kept.size() - 1;
            boolean embedded = last >= 0 && c + 1 < scripts.size()
                    && scripts.get(c + 1).equals(keptScripts.get(last))
                    && !endsWithStop(line, kept.get(last)[0], kept.get(last)[1])
                    && !endsWithStop(line, cut[0], cut[1]);
            if (last >= 0 && (embedded || Objects.equals(script, keptScripts.get(last))
                    || !canCut(line, kept.get(last), keptScripts.get(last), cut, script))) {
                kept.get(last)[1] = cut[1];
            } else {
                kept.add(cut);
                keptScripts.add(script);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        for (int[] cut : kept) {
            Span trimmed = Whitespace.trim(line, cut[0], cut[1]);
            if (trimmed.length() > 0) {
                pieces.add(new Piece(new Span(lineStart + trimmed.start(), lineStart + trimmed.end()), null));
            }
        }
        return pieces;
    }

    /**
     * Whether a line may be cut between two substantial pieces of different scripts: when the
     * first ends with a stop (a title glued to a slug, a sentence followed by its translation),
     * or both are long running text. A name in Latin letters inside an Arabic sentence is
     * neither; nor is a long one, a list of names or a web address, which has no function word
     * ({@link #readsAsRunningText}: {@code ويطلق عليهما bat-SL-CoVZX45 وbat-SL-CoVZX21.}).
     */
    private static boolean canCut(String line, int[] before, String beforeScript, int[] after, String afterScript) {
        return endsWithStop(line, before[0], before[1])
                || (words(line, before[0], before[1]) >= MIN_WORDS_UNSTOPPED
                    && words(line, after[0], after[1]) >= MIN_WORDS_UNSTOPPED
                    && readsAsRunningText(line, before, beforeScript) && readsAsRunningText(line, after, afterScript));
    }

    /**
     * English words that running text has and names, codes and addresses do not (compared
     * without case; the article "a" is left out, as in "Hepatitis A" a name has it).
     */
    static final Set<String> LATIN_FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "on", "that", "with", "as",
            "by", "at", "from", "be", "has", "have", "had", "it", "this", "which", "not", "or", "but",
            "will", "would", "can", "his", "her", "their", "its", "an", "he", "she", "they", "we");

    /** What separates the words {@link #readsAsRunningText} looks at: white space and ASCII punctuation. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\p{Punct}]+");

    /**
     * Whether a piece reads as a sentence rather than a name: a piece in Latin letters holds at
     * least one English function word; a piece in another script is taken as text (this guards
     * the Latin names that Arabic news writes in their own letters).
     */
    static boolean readsAsRunningText(String line, int[] piece, String script) {
        if (!"Latn".equals(script)) {
            return true;
        }
        for (String word : WORD_BREAKS.split(line.substring(piece[0], piece[1]))) {
            if (LATIN_FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithStop(String line, int start, int end) {
        int i = end;
        while (i > start) {
            int cp = line.codePointBefore(i);
            int type = UCharacter.getType(cp);
            boolean closing = type == UCharacterCategory.END_PUNCTUATION || type == UCharacterCategory.FINAL_PUNCTUATION
                    || cp == '"' || cp == '\'';
            if (!closing && !Whitespace.isSpace(cp)) {
                return STOPS.indexOf(cp) >= 0;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    /** Moves a cut at {@code cut} back over opening quotes and brackets that belong to the text after it. */
    private static int openingPunctuationStart(String line, int cut) {
        int start = cut;
        while (start > 0) {
            int cp = line.codePointBefore(start);
            int type = UCharacter.getType(cp);
            if (type != UCharacterCategory.START_PUNCTUATION && type != UCharacterCategory.INITIAL_PUNCTUATION
                    && cp != '"' && cp != '\'') {
                break;
            }
            start -= Character.charCount(cp);
        }
        return start;
    }

    /** Whether a script run is long enough to stand as a paragraph of its own (rule 3). */
    static boolean isSubstantial(String line, Span run) {
        int words = words(line, run.start(), run.end());
        return words >= MIN_WORDS || (words >= MIN_WORDS_LONG && letters(line, run.start(), run.end()) >= MIN_LETTERS);
    }

    /**
     * Words between {@code start} and {@code end}: stretches of letters separated by white space,
     * hyphens, slashes or underscores (so a URL slug has many words, {@code al-Qā’im} two).
     */
    static int words(String line, int start, int end) {
        int words = 0;
        boolean letterInToken = false;
        for (int i = start; i < end; ) {
            int cp = line.codePointAt(i);
            if (Whitespace.isSpace(cp) || WORD_SEPARATORS.indexOf(cp) >= 0) {
                letterInToken = false;
            } else if (Letters.isLetter(cp) && !letterInToken) {
                words++;
                letterInToken = true;
            }
            i += Character.charCount(cp);
        }
        return words;
    }

    private static int letters(String line, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; ) {
            int cp = line.codePointAt(i);
            if (Letters.isLetter(cp)) {
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters;
    }

    /**
     * Whether {@link #collapseSpaces} would leave {@code raw} as it is: its only white space is
     * single ASCII spaces between other characters (a paragraph of one line, most of them).
     */
    static boolean isCollapsed(String raw) {
        // Without a branch per character (words and spaces alternate, and a test of each char's
        // kind was mispredicted at every change): a plain space after a space (or at the start),
        // or any other white space or a surrogate, marks the text; one look-up per char.
        int afterSpace = 1; // a leading space is not collapsed
        int marked = 0;
        for (int i = 0; i < raw.length(); i++) {
            int kind = COLLAPSE_KIND[raw.charAt(i)];
            marked |= (kind >> 1) | (kind & afterSpace);
            afterSpace = kind & 1;
        }
        return marked == 0 && (afterSpace == 0 || raw.isEmpty());
    }

    /** In {@link #COLLAPSE_KIND}: 1 for the plain space, 2 for other white space and surrogates, else 0. */
    private static final byte[] COLLAPSE_KIND = new byte[Character.MAX_VALUE + 1];

    static {
        // by ranges of Unicode's White_Space (what Whitespace.isSpace reads), not char by char: a
        // class initialiser runs interpreted, once per run
        UnicodeSet spaces = new UnicodeSet().applyIntPropertyValue(UProperty.WHITE_SPACE, 1);
        for (int r = 0; r < spaces.getRangeCount(); r++) {
            for (int c = spaces.getRangeStart(r); c <= Math.min(spaces.getRangeEnd(r), Character.MAX_VALUE); c++) {
                COLLAPSE_KIND[c] = 2;
            }
        }
        java.util.Arrays.fill(COLLAPSE_KIND, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, (byte) 2);
        COLLAPSE_KIND[' '] = 1;
    }

    /**
     * Trims {@code raw} and collapses every run of white space (line breaks included) to one space,
     * but for a word hyphenated across a soft wrap, which is joined again ({@link #rejoin}).
     */
    static String collapseSpaces(String raw) {
        return collapseSpaces(raw, new WrapSpellings(raw));
    }

    /**
     * {@link #collapseSpaces(String)}, where {@code spellings} (the whole document's) says how a
     * word hyphenated at a wrap is written elsewhere.
     */
    static String collapseSpaces(String raw, WrapSpellings spellings) {
        if (isCollapsed(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        boolean wrap = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (Whitespace.isSpace(cp)) {
                space = out.length() > 0;
                wrap |= cp == '\n';
            } else {
                if (space && !(wrap && rejoin(out, cp, raw, i, spellings))) {
                    out.append(' ');
                }
                space = false;
                wrap = false;
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * First elements of English compounds that keep their hyphen when a line wraps after it
     * ({@code well-known}, {@code self-defence}, {@code anti-government}): any other lower-case
     * word part hyphenated at a wrap is a word split by the typesetter ({@code situa-tion}). Only
     * parts that are seldom a word's first syllable: not {@code pre} (pre-vious), {@code pro}
     * (pro-duction), {@code so} (so-ciety), {@code ill} (ill-ness), {@code high} (high-er),
     * {@code ten} (ten-sion), {@code cross} (cross-ing), whose compounds then lose their hyphen.
     */
    private static final Set<String> COMPOUND_FIRST_PARTS = Set.of(
            "well", "self", "full", "half", "non", "anti", "all", "vice", "much", "ever", "little", "best",
            "first", "third");

    /**
     * Joins a word that a wrapped line hyphenated ({@code situa-} at a line's end, {@code tion} at
     * the next line's start): when {@code out} ends with a hyphen after at least two letters, the
     * last lower-case Latin, and {@code next} is a Latin letter, the hyphen stays (without the
     * space) before a capital; before a lower-case letter it goes, or stays, as the document
     * writes the word elsewhere on one line ({@code spellings}), and where it does not, it stays
     * only after the first part of a compound. A soft hyphen always goes. Returns whether it
     * joined, so that no space goes in; false leaves {@code out} as it was.
     *
     * @param raw  the paragraph's text, {@code next} the code point at {@code at}
     */
    static boolean rejoin(StringBuilder out, int next, String raw, int at, WrapSpellings spellings) {
        int end = out.length();
        if (end < 3 || !Character.isLetter(next) || Character.UnicodeScript.of(next) != Character.UnicodeScript.LATIN) {
            return false;
        }
        char hyphen = out.charAt(end - 1);
        if (hyphen == '\u00AD') {
            out.setLength(end - 1);
            return true;
        }
        if (hyphen != '-' && hyphen != '\u2010') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) {
            start--;
        }
        if (end - 1 - start < 2 || !Character.isLowerCase(out.charAt(end - 2))
                || Character.UnicodeScript.of(out.charAt(end - 2)) != Character.UnicodeScript.LATIN) {
            return false;
        }
        // a capital after the wrap starts a name, never the rest of a split word: a compound
        // (pro-Western, Arab-Israeli) keeps its hyphen
        if (Character.isLowerCase(next) && !keepsHyphen(out.substring(start, end - 1), raw, at, spellings)) {
            out.setLength(end - 1);
        }
        return true;
    }

    /** Whether the hyphen after {@code first} stays, before the lower-case word part at {@code raw[at]}. */
    private static boolean keepsHyphen(String first, String raw, int at, WrapSpellings spellings) {
        int end = at;
        while (end < raw.length() && Character.isLetter(raw.charAt(end))) {
            end++;
        }
        return switch (spellings.of(first, raw.substring(at, end))) {
            case HYPHENATED -> true;
            case JOINED -> false;
            case UNSEEN -> COMPOUND_FIRST_PARTS.contains(first.toLowerCase(Locale.ROOT));
        };
    }
}
