package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

/**
 * Splits beads of run-on text where both sides agree on a boundary that punctuation does not
 * mark: transcribed speech ({@code and i have a cough too and i have a little cold}) and lists
 * whose items have no final stop, which a sentence segmenter cannot cut and which the aligner
 * therefore pairs as one long bead. The word translation model learned from the batch shows the
 * hidden boundaries: the words before a cut translate the words before the matching cut of the
 * other side and none after it (the divisive alignment of Deng, Kumar and Byrne 2007, here
 * only where the text is not well-formed sentences).
 *
 * <p>Rules, each in its own method:
 * <ol>
 *   <li>a bead is split only when one of its sentences {@linkplain #looksRunOn looks run-on}:
 *       it starts with a lower-case letter, which a cased script's written sentences do not;
 *       or when a side holds a sentence without a final stop before another
 *       ({@link #hiddenBoundary}: a headline the segmenter cut from its story at a word that
 *       opens sentences, while the translation stayed one sentence), and then only where that
 *       side's sentences end, on both sides at once. Well-formed sentences keep the
 *       segmenter's boundaries: a translator's joined sentence stays one row;</li>
 *   <li>a cut falls between two words with nothing but white space between them, or at a
 *       sentence boundary inside the bead ({@link #canCutBefore});</li>
 *   <li>a cut must {@linkplain #looksLikeBoundary look like a sentence boundary}: the words
 *       after it start the document's sentences often enough, the words before it end some;</li>
 *   <li>the words of the two sides are linked through the model, each word to its best
 *       translation in the other side (ties go to the word nearer the diagonal), weighted by
 *       how rare the word is; numbers link to equal numbers ({@link Strengths});</li>
 *   <li>the best cut pair has at most {@link #MAX_CROSSING} of the link weight crossing it,
 *       at least {@link #MIN_PART_LINKS} links and {@link #MIN_PART_WORDS} words on each side
 *       of each part, and shares of the characters that agree within {@link #MAX_SHARE_GAP};
 *       the parts are split again the same way;</li>
 *   <li>a part at the start or end of one side that the other side leaves out (a dropped
 *       sentence, an added note) is cut off as a bead of its own, 1-0 or 0-1, when its
 *       well-known words find hardly any translation and the rest's find theirs
 *       ({@link #unlinkedPart}).</li>
 * </ol>
 * Every part gets the score of the bead it came from; {@link #withGuessedBoundariesScored} then
 * lowers the scores of links whose boundaries nothing marks. Immutable; the model is read only.
 */
public final class RunOnSplitter {
    static final double MAX_CROSSING = 0.2;
    /** The least share of sentence starts, averaged over the two words after a cut. */
    static final double MIN_START_RATE = 0.1;
    /** The least share of sentence ends, averaged over the two words before a cut. */
    static final double MIN_END_RATE = 0.02;
    /** How much the boundary look of a cut counts against the links that cross it. */
    private static final double BOUNDARY_WEIGHT = 0.5;
    static final int MIN_PART_LINKS = 2;
    static final int MIN_PART_WORDS = 3;
    static final double MAX_SHARE_GAP = 0.3;
    /** Links weaker than this are IBM Model 1's noise (it translates function words to everything). */
    static final double MIN_LINK = 0.1;
    /**
     * Beads with more word pairs are left whole: the search holds a few numbers per pair, and a
     * paragraph of unpunctuated speech thousands of words long would otherwise take gigabytes
     * (this bound: 600 words a side, a few megabytes).
     */
    static final long MAX_WORD_PAIRS = 360_000;
    /** The least words of a part cut off without a translation. */
    static final int MIN_UNLINKED_WORDS = 4;
    /** The least well-known words in such a part: their silence is the evidence. */
    static final int MIN_UNLINKED_KNOWN = 3;
    /** The most mean cover of the known words of a part left without a translation. */
    static final double MAX_UNLINKED_COVER = 0.15;
    /** The least mean cover of the known words of the translated rest. */
    static final double MIN_LINKED_COVER = 0.3;
    /**
     * A word the model knows well enough that its translation would have been found: an
     * inverse document frequency of 2.5 or more (in fewer than about 9 % of the training
     * sentences; function words weigh about 1), or a number.
     */
    static final double CONTENT_WEIGHT = 2.5;
    /** Within this factor of the best, a link candidate nearer the diagonal wins. */
    private static final double NEAR_TIE = 0.8;

    private final LexicalModel lexicon;
    private final Function<String, List<String>> fold;

    /**
     * @param lexicon the batch's word model
     * @param fold    the words of a text folded for matching, as the model was trained on them
     */
    public RunOnSplitter(LexicalModel lexicon, Function<String, List<String>> fold) {
        this.lexicon = lexicon;
        this.fold = fold;
    }

    /** A stretch {@code [start, end)} of sentence {@code sentence}'s text: a whole sentence or a part. */
    public record Piece(int sentence, int start, int end) {
        public Piece {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad piece [" + start + ", " + end + ")");
            }
        }
    }

    /** The pieces of both sides, in order, and the alignment of the pieces. */
    public record Result(List<Piece> source, List<Piece> target, Alignment alignment) {
        public Result {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }

    /**
     * The alignment with its run-on beads split. Sentences that are not split become one piece
     * each; when nothing is split the pieces are exactly the sentences.
     */
    public Result split(List<String> source, List<String> target, Alignment alignment) {
        List<Piece> sourcePieces = new ArrayList<>();
        List<Piece> targetPieces = new ArrayList<>();
        List<Bead> beads = new ArrayList<>();
        // The document's sentence statistics are gathered only when some bead may be cut.
        // Only the words of run-on beads are ever asked about, so only theirs are counted.
        Set<String> sourceWanted = new HashSet<>();
        Set<String> targetWanted = new HashSet<>();
        List<Bead> input = alignment.beads();
        Cuttable[] cuttable = new Cuttable[input.size()];
        for (int k = 0; k < input.size(); k++) {
            Bead bead = input.get(k);
            cuttable[k] = !bead.isLink() ? Cuttable.NO
                    : runOn(source, target, bead) ? Cuttable.ANYWHERE
                    : hiddenBoundary(source, target, bead) ? Cuttable.AT_BOUNDARIES : Cuttable.NO;
            if (cuttable[k] != Cuttable.NO) {
                StartRates.addKeys(source, bead.sourceStart(), bead.sourceEnd(), sourceWanted);
                StartRates.addKeys(target, bead.targetStart(), bead.targetEnd(), targetWanted);
            }
        }
        boolean anyRunOn = !sourceWanted.isEmpty() || !targetWanted.isEmpty();
        StartRates sourceStarts = anyRunOn ? StartRates.of(source, sourceWanted) : null;
        StartRates targetStarts = anyRunOn ? StartRates.of(target, targetWanted) : null;
        for (int b = 0; b < input.size(); b++) {
            Bead bead = input.get(b);
            List<Cut> cuts = cuttable[b] == Cuttable.NO ? List.of()
                    : cuts(source, target, bead, sourceStarts, targetStarts, cuttable[b] == Cuttable.AT_BOUNDARIES);
            if (cuts.isEmpty() && addClauseBeads(source, target, bead, sourcePieces, targetPieces, beads)) {
                continue;
            }
            Side s = Side.of(source, bead.sourceStart(), bead.sourceEnd(), cuts, true);
            Side t = Side.of(target, bead.targetStart(), bead.targetEnd(), cuts, false);
            if (cuts.isEmpty()) {
                beads.add(new Bead(sourcePieces.size(), s.pieces.size(), targetPieces.size(), t.pieces.size(),
                        bead.score()));
                sourcePieces.addAll(s.pieces);
                targetPieces.addAll(t.pieces);
                continue;
            }
            // Part k of the bead runs from the k-th to the (k+1)-th cut on each side.
            for (int k = 0; k <= cuts.size(); k++) {
                List<Piece> sp = s.part(k);
                List<Piece> tp = t.part(k);
                beads.add(new Bead(sourcePieces.size(), sp.size(), targetPieces.size(), tp.size(), bead.score()));
                sourcePieces.addAll(sp);
                targetPieces.addAll(tp);
            }
        }
        return new Result(sourcePieces, targetPieces,
                new Alignment(beads, sourcePieces.size(), targetPieces.size()));
    }

    /**
     * How often a link bead is right when one of its sides starts in lower case and ends
     * without a stop ({@link #guessedBoundaries}), as a share of what its posterior says: the
     * posterior takes the sentences as given, but such a side's boundaries are the splitter's
     * guesses (or none at all), and rows with them matched the gold 71–79 % of the time over the
     * seven builds of the development documents ({@code bench/quality-seeds}; 73 % in the
     * development build, 100 rows), where the other rows scored 0.9 or more matched it 98 %.
     */
    public static final double GUESSED_BOUNDARIES_PRECISION = 0.75;

    /**
     * The alignment with the score of each link bead whose boundaries are guesses multiplied by
     * {@link #GUESSED_BOUNDARIES_PRECISION}, so that a threshold on the score means the same in
     * run-on text as elsewhere. The beads and their order are unchanged.
     */
    public static Alignment withGuessedBoundariesScored(List<String> source, List<String> target,
                                                        Alignment alignment) {
        List<Bead> beads = new ArrayList<>(alignment.beads().size());
        boolean changed = false;
        for (Bead bead : alignment.beads()) {
            if (bead.isLink() && (guessedBoundaries(source, bead.sourceStart(), bead.sourceEnd())
                    || guessedBoundaries(target, bead.targetStart(), bead.targetEnd()))) {
                bead = new Bead(bead.sourceStart(), bead.sourceCount(), bead.targetStart(), bead.targetCount(),
                        bead.score() * GUESSED_BOUNDARIES_PRECISION);
                changed = true;
            }
            beads.add(bead);
        }
        return changed ? new Alignment(beads, alignment.sourceSize(), alignment.targetSize()) : alignment;
    }

    /**
     * Whether the text of sentences [from, to) neither starts as a sentence of a cased script
     * does ({@link #looksRunOn}) nor ends with a stop: nothing in it marks where it begins or
     * ends, which transcribed speech and list items share. An uncased script never qualifies.
     */
    static boolean guessedBoundaries(List<String> sentences, int from, int to) {
        return from < to && looksRunOn(sentences.get(from)) && !endsWithStop(sentences.get(to - 1));
    }

    /**
     * Splits a 1-2 or 2-1 bead into two 1-1 beads when the single sentence has a clause boundary
     * where its translation ends a sentence ({@link #clauseCut}); returns false, adding nothing,
     * when it has none.
     */
    private static boolean addClauseBeads(List<String> source, List<String> target, Bead bead,
                                          List<Piece> sourcePieces, List<Piece> targetPieces, List<Bead> beads) {
        boolean oneSource = bead.sourceCount() == 1 && bead.targetCount() == 2;
        boolean oneTarget = bead.sourceCount() == 2 && bead.targetCount() == 1;
        if (!oneSource && !oneTarget) {
            return false;
        }
        int single = oneSource ? bead.sourceStart() : bead.targetStart();
        int pair = oneSource ? bead.targetStart() : bead.sourceStart();
        List<String> singleSide = oneSource ? source : target;
        List<String> pairSide = oneSource ? target : source;
        String text = singleSide.get(single);
        int cut = clauseCut(text, pairSide.get(pair), pairSide.get(pair + 1));
        if (cut < 0) {
            return false;
        }
        int firstEnd = cut;
        while (firstEnd > 0 && Character.isWhitespace(text.charAt(firstEnd - 1))) {
            firstEnd--;
        }
        Piece[] halves = {new Piece(single, 0, firstEnd), new Piece(single, cut, text.length())};
        for (int k = 0; k < 2; k++) {
            Piece whole = new Piece(pair + k, 0, pairSide.get(pair + k).length());
            beads.add(new Bead(sourcePieces.size(), 1, targetPieces.size(), 1, bead.score()));
            sourcePieces.add(oneSource ? halves[k] : whole);
            targetPieces.add(oneSource ? whole : halves[k]);
        }
        return true;
    }

    /** Within this difference of character shares a clause boundary matches the translation's sentence boundary. */
    static final double MAX_CLAUSE_SHARE_GAP = 0.15;

    /**
     * Where a sentence that its translation renders as two sentences ({@code first},
     * {@code second}) may be cut: the start of the clause after a colon or semicolon followed by
     * white space (a translator often ends the sentence there: "... or drug therapy: Phase I
     * trials ..." beside "... أو العلاج الدوائي. تحدد تجارب ..."), whose share of the sentence's
     * characters is nearest the first translated sentence's share and within
     * {@link #MAX_CLAUSE_SHARE_GAP} of it, each part keeping {@link #MIN_PART_WORDS} words; -1 if
     * there is none. The two rows are then whole clauses, which a translation memory matches
     * better than one long row.
     */
    static int clauseCut(String sentence, String first, String second) {
        double share = first.length() / (double) Math.max(1, first.length() + second.length());
        int best = -1;
        double bestGap = MAX_CLAUSE_SHARE_GAP;
        for (int p = 0; p + 1 < sentence.length(); p++) {
            char c = sentence.charAt(p);
            if ((c != ':' && c != ';' && c != '\u061B') || !Character.isWhitespace(sentence.charAt(p + 1))) {
                continue;
            }
            int start = p + 1;
            while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) {
                start++;
            }
            if (start == sentence.length() || wordCount(sentence, 0, p) < MIN_PART_WORDS
                    || wordCount(sentence, start, sentence.length()) < MIN_PART_WORDS) {
                continue;
            }
            double gap = Math.abs((p + 1) / (double) sentence.length() - share);
            if (gap <= bestGap) {
                best = start;
                bestGap = gap;
            }
        }
        return best;
    }

    /** Words (runs of letters or digits) in {@code text[from, to)}. */
    private static int wordCount(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** Which cuts a bead may get: none, any the rules allow (run-on text), or at its sentences' boundaries. */
    private enum Cuttable { NO, ANYWHERE, AT_BOUNDARIES }

    /**
     * Whether a side of the bead holds a sentence without a final stop followed by another:
     * a headline or list item that the segmenter cut from the next sentence at a word that
     * opens sentences ({@code ... rises to 832 | The death toll ...}), whose translation,
     * having no such word, is still one sentence. Such a bead is cut only at its sentences'
     * boundaries on that side ({@link Words#of}).
     */
    private static boolean hiddenBoundary(List<String> source, List<String> target, Bead bead) {
        return hiddenBoundary(source, bead.sourceStart(), bead.sourceEnd())
                || hiddenBoundary(target, bead.targetStart(), bead.targetEnd());
    }

    private static boolean hiddenBoundary(List<String> sentences, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (!endsWithStop(sentences.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean runOn(List<String> source, List<String> target, Bead bead) {
        for (int i = bead.sourceStart(); i < bead.sourceEnd(); i++) {
            if (looksRunOn(source.get(i))) {
                return true;
            }
        }
        for (int j = bead.targetStart(); j < bead.targetEnd(); j++) {
            if (looksRunOn(target.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence is not a well-formed written sentence: its first letter is lower case
     * (a cased script's sentences start upper case; transcribed speech and list items do not).
     * A missing final stop alone is no sign: headlines and titles have none. Nor is a sentence
     * that opens with a number and ends with a stop ({@code 10 countries have closed ...}.),
     * whose next word is lower case in any text; without the stop ({@code 14-day quarantine or a
     * test upon arrival}) it is a list item like the others. A list item's own number
     * ({@code 1)}, {@code 2.}) is passed over.
     */
    static boolean looksRunOn(String sentence) {
        int first = 0;
        int n = sentence.length();
        while (first < n && !Character.isLetter(sentence.codePointAt(first))) {
            int cp = sentence.codePointAt(first);
            if (Character.isDigit(cp)) {
                int end = first;
                while (end < n && Character.isDigit(sentence.codePointAt(end))) {
                    end += Character.charCount(sentence.codePointAt(end));
                }
                boolean enumerator = end < n && (sentence.charAt(end) == ')' || sentence.charAt(end) == '.')
                        && (end + 1 == n || Character.isWhitespace(sentence.charAt(end + 1)));
                if (!enumerator) {
                    if (endsWithStop(sentence)) {
                        return false;
                    }
                    first = end;
                    continue;
                }
                first = end;
                continue;
            }
            first += Character.charCount(cp);
        }
        return first < n && Character.isLowerCase(sentence.codePointAt(first));
    }

    /** Whether the sentence ends with a full stop, question or exclamation mark, before closing quotes or brackets. */
    private static boolean endsWithStop(String sentence) {
        int i = sentence.length();
        while (i > 0) {
            char c = sentence.charAt(i - 1);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || type == Character.END_PUNCTUATION
                    || type == Character.FINAL_QUOTE_PUNCTUATION) {
                i--;
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u061F';
        }
        return false;
    }

    /**
     * Whether a cut may fall between two words: after a word that ends in a letter or digit,
     * before a word that starts with one. A comma, semicolon or other mark is a boundary the
     * writer chose inside a sentence, and a translator's joins look like it ("، و"), so it is
     * never cut; a colon mostly ends a headline's first part ("Deptford road crash: Cyclist
     * dies"), which is one bead.
     */
    static boolean canCutBefore(String before, String after) {
        int end = before.codePointBefore(before.length());
        int start = after.codePointAt(0);
        boolean endsOpen = Character.isLetterOrDigit(end) || Character.getType(end) == Character.NON_SPACING_MARK;
        return endsOpen && Character.isLetterOrDigit(start);
    }

    /** A cut of the bead: before source word {@code source} and target word {@code target}. */
    private record Cut(int source, int target) {
    }

    /**
     * @param atBoundaries whether a side of two or more sentences is cut only between them, and
     *                     only both sides at once (a bead of well-formed text with a
     *                     {@link #hiddenBoundary})
     */
    private List<Cut> cuts(List<String> source, List<String> target, Bead bead, StartRates sourceStarts,
                           StartRates targetStarts, boolean atBoundaries) {
        Words s = Words.of(source, bead.sourceStart(), bead.sourceEnd(), fold, sourceStarts, atBoundaries);
        Words t = Words.of(target, bead.targetStart(), bead.targetEnd(), fold, targetStarts, atBoundaries);
        if ((long) s.size() * t.size() > MAX_WORD_PAIRS || !mayCut(s, t, 0, s.size(), 0, t.size(), !atBoundaries)) {
            return List.of();
        }
        Strengths strengths = Strengths.of(lexicon, s, t);
        List<Cut> cuts = new ArrayList<>();
        bisect(s, t, strengths, 0, s.size(), 0, t.size(), !atBoundaries, cuts);
        // one-sided cuts share a position with their neighbours on the side they do not cut
        cuts.sort(Comparator.comparingInt(Cut::source).thenComparingInt(Cut::target));
        return cuts;
    }

    /** Finds the best cut of the rectangle of words [s0, s1) × [t0, t1) and recurses into both parts. */
    private static void bisect(Words s, Words t, Strengths strengths, int s0, int s1, int t0, int t1,
                               boolean oneSidedToo, List<Cut> cuts) {
        int n = s1 - s0;
        int m = t1 - t0;
        TargetPlaces places = twoSided(n, m) ? TargetPlaces.of(t, t0, t1) : null;
        // the source places that may pair into a two-sided cut: the rows of the prefix sums it reads
        boolean[] cutRows = cutRows(s, s0, s1, places);
        boolean oneSided = oneSided(n, m, oneSidedToo);
        if (!contains(cutRows) && !(oneSided && hasOneSidedPlace(s, t, s0, s1, t0, t1))) {
            return;
        }
        Links links = strengths.link(s0, s1, t0, t1);
        if (links.count() < MIN_PART_LINKS) {
            return;
        }
        if (links.count() < 2 * MIN_PART_LINKS) {
            places = null;
            cutRows = new boolean[n + 1];
        }
        Rectangle box = new Rectangle(s0, s1, t0, t1, PrefixRows.of(strengths, links, s0, t0, n, m, cutRows));
        Candidate best = places != null ? twoSidedCut(s, t, box, places) : null;
        Candidate source = oneSided ? unlinkedPart(s, strengths, box, true) : null;
        Candidate target = oneSided ? unlinkedPart(t, strengths, box, false) : null;
        for (Candidate c : new Candidate[] {source, target}) {
            if (c != null && (best == null || c.cost < best.cost)) {
                best = c;
            }
        }
        if (best == null) {
            return;
        }
        cuts.add(best.cut);
        bisect(s, t, strengths, s0, best.cut.source, t0, best.cut.target, oneSidedToo, cuts);
        bisect(s, t, strengths, best.cut.source, s1, best.cut.target, t1, oneSidedToo, cuts);
    }

    /**
     * The links of a rectangle's words ({@link Strengths#link}), relative to it: the target word
     * each source word links to and the source word each target word links to (-1 for none), and
     * how many links there are.
     */
    private record Links(int[] targetOf, int[] sourceOf, int count) {
    }

    /** Whether n × m words are enough for {@link #twoSidedCut}: a part of each side before and after the cut. */
    private static boolean twoSided(int n, int m) {
        return n >= 2 * MIN_PART_WORDS && m >= 2 * MIN_PART_WORDS;
    }

    /** Whether n × m words are enough for {@link #unlinkedPart}. */
    private static boolean oneSided(int n, int m, boolean oneSidedToo) {
        return oneSidedToo && n > 0 && m > 0 && Math.max(n, m) >= MIN_PART_WORDS + MIN_UNLINKED_WORDS;
    }

    /**
     * Whether some cut of the words [s0, s1) × [t0, t1) falls where {@link #twoSidedCut} or
     * {@link #unlinkedPart} may take it (between words, at a place that looks like a sentence
     * boundary, with words enough on either side), whatever the links say; when none does, the
     * links need not be weighed, nor their prefix sums built, and no cut would be found. A necessary
     * condition only: the two-sided test pairs each source place with the best start and end rates
     * of any target place, which may belong to different places. Long text without stops, whose
     * words seldom start or end the document's sentences, mostly has no such place, and weighing
     * the links of its beads of some 300 words a side was most of its time.
     */
    private static boolean mayCut(Words s, Words t, int s0, int s1, int t0, int t1, boolean oneSidedToo) {
        int n = s1 - s0;
        int m = t1 - t0;
        if (oneSided(n, m, oneSidedToo) && hasOneSidedPlace(s, t, s0, s1, t0, t1)) {
            return true;
        }
        return contains(cutRows(s, s0, s1, twoSided(n, m) ? TargetPlaces.of(t, t0, t1) : null));
    }

    /**
     * For each place k of the source words [s0, s1), at index k - s0, whether it may pair with one
     * of the target places bounded by {@code places} into a two-sided cut; none when they are null.
     */
    private static boolean[] cutRows(Words s, int s0, int s1, TargetPlaces places) {
        boolean[] rows = new boolean[s1 - s0 + 1];
        for (int k = s0 + MIN_PART_WORDS; places != null && k <= s1 - MIN_PART_WORDS; k++) {
            rows[k - s0] = places.mayPair(s, k);
        }
        return rows;
    }

    private static boolean contains(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    /**
     * The largest start and end rates of the places where {@link #twoSidedCut} may cut a target
     * stretch: {@link #looksLikeBoundary} only grows with the target's rates, so a source place
     * that fails with these fails with every target place, and its row of pairs is not scanned.
     */
    private record TargetPlaces(double start, double end) {
        /** The bounds of the places of target words [t0, t1), or null when there is none. */
        static TargetPlaces of(Words t, int t0, int t1) {
            boolean any = false;
            double start = 0;
            double end = 0;
            for (int l = t0 + MIN_PART_WORDS; l <= t1 - MIN_PART_WORDS; l++) {
                if (t.cutBefore[l]) {
                    any = true;
                    start = Math.max(start, t.startRate[l]);
                    end = Math.max(end, t.endRate[l]);
                }
            }
            return any ? new TargetPlaces(start, end) : null;
        }

        /** Whether source place k may pair with some target place into a cut. */
        boolean mayPair(Words s, int k) {
            return s.cutBefore[k] && looksLikeBoundary(s.startRate[k], start, s.endRate[k], end);
        }
    }

    /** Whether some word of either side may start or end a part that {@link #unlinkedPart} leaves alone. */
    private static boolean hasOneSidedPlace(Words s, Words t, int s0, int s1, int t0, int t1) {
        return hasOneSidedPlace(s, s0, s1) || hasOneSidedPlace(t, t0, t1);
    }

    /** Whether some word of [from, to) may start or end a part that {@link #unlinkedPart} leaves alone. */
    private static boolean hasOneSidedPlace(Words side, int from, int to) {
        // either part keeps MIN_PART_WORDS words at least (MIN_UNLINKED_WORDS is more)
        for (int k = from + MIN_PART_WORDS; k <= to - MIN_PART_WORDS; k++) {
            if (side.cutBefore[k] && side.startRate[k] >= MIN_START_RATE && side.endRate[k] >= MIN_END_RATE) {
                return true;
            }
        }
        return false;
    }

    /** The words [s0, s1) × [t0, t1) of a bisection step, with the prefix sums of their links' weights and counts. */
    private record Rectangle(int s0, int s1, int t0, int t1, PrefixRows prefix) {
        int n() {
            return s1 - s0;
        }

        int m() {
            return t1 - t0;
        }
    }

    /**
     * Rows of the prefix sums of a rectangle's links: {@code weight(a)[b]} and {@code count(a)[b]}
     * hold the weights and number of the links between its first a source and first b target
     * words. Every row is computed, in turn, two at a time, but only the rows asked for and the
     * last are kept: a bead of some 300 words a side made a table of (n + 1) × (m + 1) doubles
     * and ints at every step of its bisection, a third of the time of long text without stops,
     * where twoSidedCut reads the rows of its few source places only. The sums are the same
     * doubles, added in the same order, as the whole table's.
     */
    private static final class PrefixRows {
        private final double[][] weights;
        private final int[][] counts;

        private PrefixRows(double[][] weights, int[][] counts) {
            this.weights = weights;
            this.counts = counts;
        }

        /** @param kept the rows (0..n) to keep besides the last */
        static PrefixRows of(Strengths strengths, Links links, int s0, int t0, int n, int m, boolean[] kept) {
            // the target words linked into each row, as lists threaded through an array
            int[] firstInRow = new int[n];
            Arrays.fill(firstInRow, -1);
            int[] nextInRow = new int[m];
            for (int b = m - 1; b >= 0; b--) {
                int a = links.sourceOf()[b];
                if (a >= 0) {
                    nextInRow[b] = firstInRow[a];
                    firstInRow[a] = b;
                }
            }
            double[][] weights = new double[n + 1][];
            int[][] counts = new int[n + 1][];
            double[] previous = new double[m + 1];
            int[] previousCount = new int[m + 1];
            double[] row = new double[m + 1];
            int[] rowCount = new int[m + 1];
            for (int a = 1; a <= n; a++) {
                Arrays.fill(row, 0);
                Arrays.fill(rowCount, 0);
                // a cell's links: its source word's first, then its target word's, as the table added them
                int b = links.targetOf()[a - 1];
                if (b >= 0) {
                    row[b + 1] += strengths.sourceWeight[s0 + a - 1];
                    rowCount[b + 1]++;
                }
                for (int j = firstInRow[a - 1]; j >= 0; j = nextInRow[j]) {
                    row[j + 1] += strengths.targetWeight[t0 + j];
                    rowCount[j + 1]++;
                }
                for (int c = 1; c <= m; c++) {
                    row[c] += previous[c] + row[c - 1] - previous[c - 1];
                    rowCount[c] += previousCount[c] + rowCount[c - 1] - previousCount[c - 1];
                }
                if (kept[a] || a == n) {
                    weights[a] = row.clone();
                    counts[a] = rowCount.clone();
                }
                double[] swap = previous;
                previous = row;
                row = swap;
                int[] swapCount = previousCount;
                previousCount = rowCount;
                rowCount = swapCount;
            }
            return new PrefixRows(weights, counts);
        }

        double[] weight(int a) {
            return weights[a];
        }

        int[] count(int a) {
            return counts[a];
        }
    }

    /** A cut and what it costs: the lower, the better it fits a hidden sentence boundary. */
    private record Candidate(Cut cut, double cost) {
    }

    /** The best cut of both sides of the rectangle, or null; {@code places} are its target places' bounds. */
    private static Candidate twoSidedCut(Words s, Words t, Rectangle box, TargetPlaces places) {
        int n = box.n();
        int m = box.m();
        double[] weightLast = box.prefix.weight(n);
        int[] countLast = box.prefix.count(n);
        double total = weightLast[m];
        double sourceChars = s.chars(box.s0, box.s1);
        double targetChars = t.chars(box.t0, box.t1);
        Candidate best = null;
        for (int k = box.s0 + MIN_PART_WORDS; k <= box.s1 - MIN_PART_WORDS; k++) {
            if (!places.mayPair(s, k)) {
                continue;
            }
            double[] weightRow = box.prefix.weight(k - box.s0);
            int[] countRow = box.prefix.count(k - box.s0);
            double sourceShare = s.chars(box.s0, k) / sourceChars;
            double sourceStart = s.startRate[k];
            for (int l = box.t0 + MIN_PART_WORDS; l <= box.t1 - MIN_PART_WORDS; l++) {
                if (!t.cutBefore[l]) {
                    continue;
                }
                double shareGap = Math.abs(sourceShare - t.chars(box.t0, l) / targetChars);
                double targetStart = t.startRate[l];
                if (shareGap > MAX_SHARE_GAP || !looksLikeBoundary(sourceStart, targetStart, s.endRate[k], t.endRate[l])) {
                    continue;
                }
                int b = l - box.t0;
                int firstCount = countRow[b];
                int secondCount = countLast[m] - countRow[m] - countLast[b] + countRow[b];
                if (firstCount < MIN_PART_LINKS || secondCount < MIN_PART_LINKS) {
                    continue;
                }
                double first = weightRow[b];
                double second = total - weightRow[m] - weightLast[b] + weightRow[b];
                double crossing = (total - first - second) / total;
                double boundary = (sourceStart + s.endRate[k] + targetStart + t.endRate[l]) / 4;
                double cost = crossing + shareGap / 4 - BOUNDARY_WEIGHT * boundary;
                if (crossing <= MAX_CROSSING && (best == null || cost < best.cost)) {
                    best = new Candidate(new Cut(k, l), cost);
                }
            }
        }
        return best;
    }

    /**
     * The best cut of one side that leaves its first or last words without a translation (a
     * 1-0 or 0-1 bead: a sentence the translator left out, or a note added, run into a
     * translated one), or null. Each word is covered by its strongest link with any word of
     * the other side; only words the model knows well enough to have found their translation
     * count ({@link #CONTENT_WEIGHT}: a part of unknown words says nothing). The part left
     * alone has {@link #MIN_UNLINKED_WORDS} words or more, {@link #MIN_UNLINKED_KNOWN} such words
     * and a mean cover of at most {@link #MAX_UNLINKED_COVER} (IBM Model 1 gives some weak link
     * to nearly every word); the rest keeps {@link #MIN_PART_WORDS} words and a mean cover of
     * {@link #MIN_LINKED_COVER}. The cut must look like a sentence boundary on its side alone.
     */
    private static Candidate unlinkedPart(Words side, Strengths strengths, Rectangle box, boolean source) {
        int from = source ? box.s0 : box.t0;
        int to = source ? box.s1 : box.t1;
        int otherFrom = source ? box.t0 : box.s0;
        int otherTo = source ? box.t1 : box.s1;
        double[] wordWeight = source ? strengths.sourceWeight : strengths.targetWeight;
        // coverBefore[k] and knownBefore[k]: the cover and number of the known words before from + k
        double[] coverBefore = new double[to - from + 1];
        int[] knownBefore = new int[to - from + 1];
        for (int k = from; k < to; k++) {
            double cover = 0;
            boolean known = wordWeight[k] >= CONTENT_WEIGHT;
            for (int o = otherFrom; known && o < otherTo; o++) {
                cover = Math.max(cover, source ? strengths.strength[k][o] : strengths.strength[o][k]);
            }
            coverBefore[k - from + 1] = coverBefore[k - from] + cover;
            knownBefore[k - from + 1] = knownBefore[k - from] + (known ? 1 : 0);
        }
        int words = to - from;
        Candidate best = null;
        for (int k = from + 1; k < to; k++) {
            if (!side.cutBefore[k] || side.startRate[k] < MIN_START_RATE || side.endRate[k] < MIN_END_RATE) {
                continue;
            }
            int before = k - from;
            boolean tail = words - before >= MIN_UNLINKED_WORDS && before >= MIN_PART_WORDS
                    && alone(coverBefore, knownBefore, before, words) && linked(coverBefore, knownBefore, 0, before);
            boolean head = before >= MIN_UNLINKED_WORDS && words - before >= MIN_PART_WORDS
                    && alone(coverBefore, knownBefore, 0, before) && linked(coverBefore, knownBefore, before, words);
            if (!tail && !head) {
                continue;
            }
            double cost = -BOUNDARY_WEIGHT * (side.startRate[k] + side.endRate[k]) / 2;
            if (best == null || cost < best.cost) {
                // the part left alone meets an empty stretch of the other side
                int other = tail ? otherTo : otherFrom;
                best = new Candidate(source ? new Cut(k, other) : new Cut(other, k), cost);
            }
        }
        return best;
    }

    /** Whether words [a, b) of a side look untranslated: enough known words, hardly covered. */
    private static boolean alone(double[] coverBefore, int[] knownBefore, int a, int b) {
        int known = knownBefore[b] - knownBefore[a];
        return known >= MIN_UNLINKED_KNOWN && (coverBefore[b] - coverBefore[a]) / known <= MAX_UNLINKED_COVER;
    }

    /** Whether words [a, b) of a side look translated: known words, well covered on average. */
    private static boolean linked(double[] coverBefore, int[] knownBefore, int a, int b) {
        int known = knownBefore[b] - knownBefore[a];
        return known > 0 && (coverBefore[b] - coverBefore[a]) / known >= MIN_LINKED_COVER;
    }

    /**
     * How strongly each source word of a bead translates each target word: the larger of the
     * model's t(target | source) and t(source | target) over the words' tokens, 1 for words that
     * hold the same number ({@link NumberExtractor}: ٢٠٢٠ = 2020, الـ24 = 24); and how much a link from each word weighs (its inverse document frequency).
     */
    private record Strengths(double[][] strength, double[] sourceWeight, double[] targetWeight) {
        /** A number unknown to the model is as telling as a rare word. */
        private static final double NUMBER_WEIGHT = 5;

        static Strengths of(LexicalModel lexicon, Words source, Words target) {
            int[][] sourceIds = lexicon.sourceIds(source.tokens);
            int[][] targetIds = lexicon.targetIds(target.tokens);
            List<List<String>> sourceNumbers = source.numbers;
            List<List<String>> targetNumbers = target.numbers;
            double[][] strength = new double[source.size()][target.size()];
            for (int a = 0; a < source.size(); a++) {
                // most words hold no number: their pairs skip the set test (1 % of a run's CPU)
                boolean sourceHasNumber = !sourceNumbers.get(a).isEmpty();
                for (int b = 0; b < target.size(); b++) {
                    double best = 0;
                    for (int e : sourceIds[a]) {
                        for (int f : targetIds[b]) {
                            best = Math.max(best, lexicon.linkStrength(e, f));
                        }
                    }
                    if (sourceHasNumber && !targetNumbers.get(b).isEmpty()
                            && !Collections.disjoint(sourceNumbers.get(a), targetNumbers.get(b))) {
                        best = 1;
                    }
                    strength[a][b] = best;
                }
            }
            double[] sourceWeight = new double[source.size()];
            for (int a = 0; a < source.size(); a++) {
                sourceWeight[a] = !sourceNumbers.get(a).isEmpty() ? NUMBER_WEIGHT : lexicon.sourceRarity(sourceIds[a]);
            }
            double[] targetWeight = new double[target.size()];
            for (int b = 0; b < target.size(); b++) {
                targetWeight[b] = !targetNumbers.get(b).isEmpty() ? NUMBER_WEIGHT : lexicon.targetRarity(targetIds[b]);
            }
            return new Strengths(strength, sourceWeight, targetWeight);
        }

        /**
         * Links each word of the rectangle [s0, s1) × [t0, t1) to its best translation inside it
         * (when at least {@link #MIN_LINK}; among near-ties the one nearer the rectangle's
         * diagonal, since a repeated word's copy in the other part is the wrong one).
         */
        Links link(int s0, int s1, int t0, int t1) {
            int n = s1 - s0;
            int m = t1 - t0;
            int[] targetOf = new int[n];
            int[] sourceOf = new int[m];
            int links = 0;
            for (int a = s0; a < s1; a++) {
                double diagonal = t0 + (a - s0 + 0.5) * m / n;
                int b = best(a, t0, t1, diagonal);
                targetOf[a - s0] = b < 0 ? -1 : b - t0;
                links += b < 0 ? 0 : 1;
            }
            int[] chosen = bestSources(s0, s1, t0, t1);
            for (int b = t0; b < t1; b++) {
                int a = chosen[b - t0];
                sourceOf[b - t0] = a < 0 ? -1 : a - s0;
                links += a < 0 ? 0 : 1;
            }
            return new Links(targetOf, sourceOf, links);
        }

        /**
         * The source word of [s0, s1) that each target word of [t0, t1) links to (or -1), chosen
         * as {@link #best} chooses a source word's target word, but found a row of the table at a
         * time: a target word's strengths are a column, one row array apart each, and a bead of
         * two long sentences a side has a table larger than the second-level cache. The same
         * answers: each column's largest strength, then its first source word nearest the
         * diagonal among those within {@link #NEAR_TIE} of it.
         */
        private int[] bestSources(int s0, int s1, int t0, int t1) {
            int n = s1 - s0;
            int m = t1 - t0;
            double[] top = new double[m];
            for (int a = s0; a < s1; a++) {
                double[] row = strength[a];
                for (int b = t0; b < t1; b++) {
                    top[b - t0] = Math.max(top[b - t0], row[b]);
                }
            }
            double[] diagonal = new double[m];
            for (int b = t0; b < t1; b++) {
                diagonal[b - t0] = s0 + (b - t0 + 0.5) * n / m;
            }
            int[] chosen = new int[m];
            Arrays.fill(chosen, -1);
            for (int a = s0; a < s1; a++) {
                double[] row = strength[a];
                for (int b = t0; b < t1; b++) {
                    int c = chosen[b - t0];
                    double d = diagonal[b - t0];
                    if (top[b - t0] >= MIN_LINK && row[b] >= NEAR_TIE * top[b - t0]
                            && (c < 0 || Math.abs(a + 0.5 - d) < Math.abs(c + 0.5 - d))) {
                        chosen[b - t0] = a;
                    }
                }
            }
            return chosen;
        }

        /** The target word of [from, to) that source word {@code word} links to, or -1. */
        private int best(int word, int from, int to, double diagonal) {
            double[] row = strength[word];
            double top = 0;
            for (int o = from; o < to; o++) {
                top = Math.max(top, row[o]);
            }
            if (top < MIN_LINK) {
                return -1;
            }
            int chosen = -1;
            for (int o = from; o < to; o++) {
                double v = row[o];
                if (v >= NEAR_TIE * top && (chosen < 0 || Math.abs(o + 0.5 - diagonal) < Math.abs(chosen + 0.5 - diagonal))) {
                    chosen = o;
                }
            }
            return chosen;
        }
    }

    /**
     * Whether a cut looks like a sentence boundary: on one side it is a boundary the segmenter
     * found, or the words after it start the document's sentences often enough and the words
     * before it end some (on average over the two sides: a rare word is no evidence either way).
     * A cut inside a phrase ({@code a more important problem | now is}) fails: its next words
     * seldom start a sentence, or its last words never end one ({@code and}, {@code of}).
     */
    static boolean looksLikeBoundary(double sourceStart, double targetStart, double sourceEnd, double targetEnd) {
        if (sourceStart >= 1 || targetStart >= 1) {
            return true;
        }
        return (sourceStart + targetStart) / 2 >= MIN_START_RATE && (sourceEnd + targetEnd) / 2 >= MIN_END_RATE;
    }

    /** The white-space separated words of a bead's side, with where they are and what they fold to. */
    private static final class Words {
        final int[] sentence;
        final int[] start;
        final int[] end;
        final boolean[] cutBefore;
        /** How often word k starts a sentence of the document (1 at a sentence boundary of the bead). */
        final double[] startRate;
        /** How often the word before word k ends a sentence of the document (1 at a boundary). */
        final double[] endRate;
        final List<List<String>> tokens;
        /** The numbers each word holds, in ASCII digits. */
        final List<List<String>> numbers;
        /** Characters of words before word k (cumulative), for the length shares of the parts. */
        final int[] charsBefore;

        private Words(int[] sentence, int[] start, int[] end, boolean[] cutBefore, double[] startRate,
                      double[] endRate, List<List<String>> tokens, List<List<String>> numbers) {
            this.startRate = startRate;
            this.endRate = endRate;
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.cutBefore = cutBefore;
            this.tokens = tokens;
            this.numbers = numbers;
            charsBefore = new int[sentence.length + 1];
            for (int k = 0; k < sentence.length; k++) {
                charsBefore[k + 1] = charsBefore[k] + end[k] - start[k] + 1;
            }
        }

        /** @param atBoundaries whether a stretch of two or more sentences may be cut only between them */
        static Words of(List<String> sentences, int from, int to, Function<String, List<String>> fold,
                        StartRates starts, boolean atBoundaries) {
            boolean boundariesOnly = atBoundaries && to - from > 1;
            List<int[]> spans = wordSpans(sentences, from, to);
            int n = spans.size();
            int[] sentence = new int[n];
            int[] start = new int[n];
            int[] end = new int[n];
            boolean[] cutBefore = new boolean[n + 1];
            double[] startRate = new double[n + 1];
            double[] endRate = new double[n + 1];
            List<List<String>> tokens = new ArrayList<>(n);
            List<List<String>> numbers = new ArrayList<>(n);
            String previous = null;
            for (int k = 0; k < n; k++) {
                int[] span = spans.get(k);
                sentence[k] = span[0];
                start[k] = span[1];
                end[k] = span[2];
                String word = sentences.get(span[0]).substring(span[1], span[2]);
                tokens.add(fold.apply(word));
                numbers.add(NumberExtractor.numbers(word));
                if (k > 0) {
                    boolean boundary = sentence[k] != sentence[k - 1];
                    cutBefore[k] = boundary || !boundariesOnly && canCutBefore(previous, word);
                    startRate[k] = boundary ? 1 : starts.startRate(word);
                    endRate[k] = boundary ? 1 : starts.endRate(previous);
                }
                previous = word;
            }
            return new Words(sentence, start, end, cutBefore, startRate, endRate, tokens, numbers);
        }

        int size() {
            return sentence.length;
        }

        double chars(int from, int to) {
            return charsBefore[to] - charsBefore[from];
        }
    }

    /** The white-space separated words of sentences [from, to) as {sentence, start, end}. */
    static List<int[]> wordSpans(List<String> sentences, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String text = sentences.get(i);
            int k = 0;
            while (k < text.length()) {
                while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                int b = k;
                while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k > b) {
                    spans.add(new int[] {i, b, k});
                }
            }
        }
        return spans;
    }

    /** A side of a bead as pieces, and which pieces fall in each part between cuts. */
    private record Side(List<Piece> pieces, List<List<Piece>> parts) {
        List<Piece> part(int k) {
            return parts.get(k);
        }

        static Side of(List<String> sentences, int from, int to, List<Cut> cuts, boolean source) {
            List<Piece> pieces = new ArrayList<>();
            for (int i = from; i < to; i++) {
                pieces.add(new Piece(i, 0, sentences.get(i).length()));
            }
            if (cuts.isEmpty()) {
                return new Side(pieces, List.of(pieces));
            }
            List<int[]> words = wordSpans(sentences, from, to);
            List<List<Piece>> parts = new ArrayList<>();
            int first = 0;
            for (int c = 0; c <= cuts.size(); c++) {
                int last = c < cuts.size() ? (source ? cuts.get(c).source : cuts.get(c).target) : words.size();
                List<Piece> part = new ArrayList<>();
                int k = first;
                while (k < last) {
                    int sentence = words.get(k)[0];
                    int b = words.get(k)[1];
                    int e = words.get(k)[2];
                    while (k + 1 < last && words.get(k + 1)[0] == sentence) {
                        k++;
                        e = words.get(k)[2];
                    }
                    part.add(new Piece(sentence, b, e));
                    k++;
                }
                parts.add(part);
                first = last;
            }
            List<Piece> all = new ArrayList<>();
            parts.forEach(all::addAll);
            return new Side(all, parts);
        }
    }
}
