package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.bitext.model.Span;

/**
 * Splits a paragraph into sentences with ICU's sentence break rules (UAX #29), plus a few
 * rules that news text needs. Thread-safe: one prototype break iterator per language, built
 * once ("expensive to instantiate, cheap to clone") and cloned once for each thread.
 *
 * <p>Rules, in the order they apply:
 * <ol>
 *   <li>ICU's sentence breaks for the language, wrapped with ICU's list of abbreviations after
 *       which a period does not end a sentence ({@link FilteredBreakIteratorBuilder}), when ICU
 *       has one for the language (English does, Arabic does not). So {@code ؟ ! .} end a
 *       sentence, a comma (Latin or Arabic {@code ،}) or a semicolon ({@code ; ؛}) never does,
 *       a period between digits ({@code 3.5}) never does, and closing quotes and brackets after
 *       a stop ({@code "no." ”no.” «non.»}) stay with their sentence;</li>
 *   <li>a horizontal ellipsis {@code …} counts as three periods, as {@code ...} does in ICU: it
 *       ends a sentence only when the next word starts with a capital letter or in another
 *       script (such as an Arabic letter);</li>
 *   <li>in English, abbreviations that ICU lacks: titles and Latin abbreviations that never end
 *       a sentence ({@link #NEVER_FINAL}); abbreviations that may end one ({@link #MAY_END}) and
 *       initials or acronyms such as {@code B.} or {@code U.S.}, which keep the break only when
 *       the next word is a common sentence opener ({@link #SENTENCE_OPENERS}); and
 *       {@link #BEFORE_NUMBER} abbreviations such as {@code No.} before a digit;</li>
 *   <li>in other Latin-script languages, the rule for initials of rule 3;</li>
 *   <li>in Arabic-script languages, a period glued to the next Arabic word
 *       ({@code الطلاب.وقدم}) ends a sentence (ICU does so already, since Arabic letters have
 *       no case), but an ellipsis followed by a word does not: without capitals to tell, it
 *       mostly marks a pause inside the sentence;</li>
 *   <li>in English, a period after a lower-case word of at least {@value #MIN_FINAL_WORD} letters
 *       that is no abbreviation ({@link #LOWER_CASE_ABBREVIATIONS}, rule 3's lists) ends the
 *       sentence even when a lower-case word or a digit follows ({@code severe hypoxemia. healing
 *       pneumonia}, {@code learning difficulties. 290 million students}): ICU keeps such a period
 *       inside the sentence, since after an abbreviation it would be ({@code approx. 5}), but a
 *       whole word with a period is a sentence's end (lists without capitals, sentences that open
 *       with a number);</li>
 *   <li>in English, a period glued to a capitalised word ({@code school closures.Even when}) ends
 *       the sentence after a lower-case word of rule 6 (text copied from web pages loses the
 *       space where a footnote mark stood; Arabic has rule 5), unless the two words are part of
 *       an e-mail or web address ({@link #gluedSentenceEnd});</li>
 *   <li>in English, a month's abbreviation ({@link #MONTHS}) ends the sentence before a
 *       capitalised word ({@code votes are cast on Nov. What time}), never before a number
 *       ({@code Nov. 6}): ICU's list keeps every {@code Nov.}, rule 3 kept {@code Oct.} before a
 *       sentence opener only;</li>
 *   <li>in English, a quoted question or exclamation followed by one to three capitalised words
 *       and a verb of speech ({@link #SPEECH_VERBS}) is one sentence with its attribution
 *       ({@code 'I got bit!' Hammel added.}), where ICU ends it at the quotation;</li>
 *   <li>in English, a sentence starts without a stop before it at a capitalised word that
 *       mostly opens sentences, right after a lower-case word or a number
 *       ({@code Volcano spews ash on Mexico City Ash spewing}: no; {@code rises to 832 The death
 *       toll}: yes), where a headline or list item runs into the next sentence
 *       ({@link #hiddenOpener}).</li>
 * </ol>
 * A paragraph that does not end with a stop still ends a sentence. Spans are trimmed of white
 * space, never empty, in order, and together cover every non-space character once.
 */
public final class SentenceSegmenter {
    /** English abbreviations that ICU's list lacks and that never end a sentence. */
    static final Set<String> NEVER_FINAL = Set.of(
            "Gen.", "Lt.", "Gov.", "Sen.", "Dr.", "Det.", "Insp.", "Cpl.", "Pvt.", "Adm.", "Cmdr.",
            "Brig.", "Gens.", "Sens.", "Reps.", "Pres.", "Supt.", "Hon.", "Rt.", "Fr.", "Msgr.",
            "Messrs.", "Mmes.", "e.g.", "i.e.", "E.g.", "I.e.", "cf.");

    /** English abbreviations that ICU's list lacks and that may end a sentence. */
    static final Set<String> MAY_END = Set.of(
            "St.", "Jr.", "Sr.", "Oct.", "Apr.", "Jul.", "Inc.", "Corp.", "Co.", "Ltd.", "Bros.",
            "Ave.", "Blvd.", "Rd.", "Ft.", "etc.", "approx.", "a.m.", "p.m.");

    /**
     * English month abbreviations: a date's ({@code Nov. 6}) when a number follows, a sentence's
     * end when a capitalised word does ({@code votes are cast on Nov. What time}); rule 8.
     */
    static final Set<String> MONTHS = Set.of(
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    /**
     * Verbs that attribute a quotation: after a quoted question or exclamation, a name and one of
     * these continue the sentence ({@code "There's a shark!" Hammel added.}); rule 9.
     */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "added", "adds", "asked", "asks", "told", "tells", "wrote", "writes",
            "explained", "explains", "continued", "replied", "insisted", "recalled", "recalls", "noted",
            "warned", "shouted", "yelled", "screamed", "exclaimed", "joked", "quipped", "declared",
            "stated", "admitted", "argued", "agreed", "claimed", "cried", "remarked", "tweeted", "posted",
            "urged", "wondered", "demanded", "countered", "answered", "laughed", "whispered");

    /** Abbreviations that do not end a sentence when a number follows. */
    static final Set<String> BEFORE_NUMBER = Set.of(
            "No.", "Nos.", "no.", "nos.", "Art.", "art.", "p.", "pp.", "Vol.", "vol.", "Fig.", "fig.");

    /**
     * Words that commonly open an English news sentence; after an abbreviation that may end a
     * sentence, such a word means that it did.
     */
    static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "But", "And", "In",
            "On", "At", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their",
            "Our", "As", "For", "If", "When", "While", "After", "Before", "However", "Meanwhile",
            "So", "Some", "Many", "Most", "Yet", "Still", "Now", "Since", "Although", "Despite",
            "What", "Why", "How", "Who", "Where", "Then", "Also", "According", "Earlier", "Later");

    /** Lower-case English abbreviations of {@value #MIN_FINAL_WORD} letters or more, which a word or number may follow. */
    static final Set<String> LOWER_CASE_ABBREVIATIONS = Set.of(
            "approx.", "incl.", "excl.", "resp.", "dept.", "govt.", "ibid.", "misc.", "cont.", "figs.",
            "vols.", "repr.", "transl.", "abbr.", "assoc.", "univ.", "max.", "min.", "est.", "ref.", "refs.",
            "fig.", "vol.", "sec.", "art.", "col.", "seq.", "cit.", "etc.", "ave.", "gen.", "rev.", "app.", "cap.",
            "div.", "dep.", "pop.", "inc.", "ltd.", "var.", "spp.", "esp.", "avg.", "std.", "deg.", "tel.", "ext.",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec.");

    /**
     * The fewest letters of a word whose period ends a sentence before a lower-case word or a
     * digit. 3 rather than 4 (session 24, with the three-letter abbreviations listed above): NTREX
     * {@code has left now. 18 holes} is cut, and three TICO sentences glued to a three-letter
     * word ({@code detection kit.In the United States}); {@code bench/segmentation} adds no other
     * boundary.
     */
    static final int MIN_FINAL_WORD = 3;


    /** Titles that ICU's English list has, for Latin text quoted inside Arabic-script text. */
    private static final Set<String> ICU_TITLES = Set.of(
            "Mr.", "Mrs.", "Ms.", "Col.", "Sgt.", "Capt.", "Maj.", "Rep.", "Rev.", "Prof.", "U.S.", "U.N.",
            "U.K.", "Jan.", "Feb.", "Aug.", "Sept.", "Nov.", "Dec.", "vs.");


    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final char ELLIPSIS = '\u2026';

    private static final Set<String> ARABIC_SCRIPT_LANGUAGES = Set.of(
            "ar", "arb", "arz", "apc", "ajp", "acm", "acq", "aeb", "afb", "ars", "ary", "arq",
            "fa", "pes", "prs", "ur", "ps", "pus", "ckb", "sd", "snd", "ug", "uig", "ks");

    /**
     * Languages whose sentence iterator in ICU has the root rules (no tailoring), for which
     * {@link #isOneSentence} says what ICU would find: the languages this tool aligns.
     */
    private static final Set<String> ROOT_RULE_LANGUAGES = Set.of("en", "ar");

    /** In {@link #BREAK_CLASS}: white space but line and paragraph separators (Sp). */
    private static final byte SPACE = 1;
    /** In {@link #BREAK_CLASS}: closing punctuation (Close). */
    private static final byte CLOSE = 2;
    /** In {@link #BREAK_CLASS}: a full stop, question or exclamation mark (STerm, ATerm), or an ellipsis. */
    private static final byte STOP = 3;
    /** In {@link #BREAK_CLASS}: a separator (Sep, CR, LF) or a surrogate (whose pair is not looked up). */
    private static final byte HARD = 4;
    /** Unicode's sentence-break class of each char of the BMP, as far as {@link #isOneSentence} needs it. */
    private static final byte[] BREAK_CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        // by the ranges of each class (ICU's UnicodeSet of the property value), not char by char:
        // a class initialiser runs interpreted, once per run
        classify(UCharacter.SentenceBreak.SP, SPACE);
        classify(UCharacter.SentenceBreak.CLOSE, CLOSE);
        classify(UCharacter.SentenceBreak.STERM, STOP);
        classify(UCharacter.SentenceBreak.ATERM, STOP);
        BREAK_CLASS[ELLIPSIS] = STOP;
        classify(UCharacter.SentenceBreak.SEP, HARD);
        classify(UCharacter.SentenceBreak.CR, HARD);
        classify(UCharacter.SentenceBreak.LF, HARD);
        java.util.Arrays.fill(BREAK_CLASS, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, HARD);
    }

    /** Gives the BMP's chars of sentence-break class {@code value} the class {@code kind} in {@link #BREAK_CLASS}. */
    private static void classify(int value, byte kind) {
        UnicodeSet set = new UnicodeSet().applyIntPropertyValue(UProperty.SENTENCE_BREAK, value);
        for (int r = 0; r < set.getRangeCount(); r++) {
            for (int c = set.getRangeStart(r); c <= Math.min(set.getRangeEnd(r), Character.MAX_VALUE); c++) {
                BREAK_CLASS[c] = kind;
            }
        }
    }

    /**
     * Whether the root sentence rules (UAX #29) find no boundary in {@code text} but at its end:
     * no stop (STerm, ATerm, or an ellipsis, which counts as periods here) and no separator,
     * except in a final run of stops, then closing punctuation, then spaces, inside which rules
     * SB8a, SB9 and SB10 forbid a boundary. Most paragraphs of news are one sentence, and ICU's
     * iterators (two for English) took a twentieth of a batch's time.
     */
    static boolean isOneSentence(String text) {
        int end = text.length();
        while (end > 0 && BREAK_CLASS[text.charAt(end - 1)] == SPACE) {
            end--;
        }
        while (end > 0 && BREAK_CLASS[text.charAt(end - 1)] == CLOSE) {
            end--;
        }
        while (end > 0 && BREAK_CLASS[text.charAt(end - 1)] == STOP) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (BREAK_CLASS[text.charAt(i)] >= STOP) {
                return false;
            }
        }
        return true;
    }

    /** ICU's sentence iterator of each language, cloned for each thread ({@link #iterators}). */
    private final ConcurrentMap<String, BreakIterator> prototypes = new ConcurrentHashMap<>();
    /**
     * Each thread's own iterators, reset by {@code setText} for every paragraph: an iterator holds
     * the text it walks, so threads cannot share one, and a clone per paragraph allocated the
     * iterators' caches anew each time.
     */
    private final ThreadLocal<Map<String, Iterators>> iterators = ThreadLocal.withInitial(HashMap::new);

    /**
     * The sentences of {@code paragraphText} as spans into it.
     *
     * @param language an ISO 639 code such as {@code en} or {@code ar}; {@code und} or an
     *                 unknown code gets ICU's language-neutral rules
     */
    public List<Span> split(String paragraphText, String language) {
        Objects.requireNonNull(paragraphText, "paragraphText");
        String lang = primaryLanguage(Objects.requireNonNull(language, "language"));
        if (ROOT_RULE_LANGUAGES.contains(lang) && isOneSentence(paragraphText)) {
            // ICU would find no boundary but the end, and nothing below would cut or join
            List<Span> spans = new ArrayList<>(1);
            addSentences(paragraphText, 0, paragraphText.length(), lang.equals("en"), spans);
            return spans;
        }
        return splitWithIcu(paragraphText, lang);
    }

    /** {@link #split} with ICU's iterators run whatever the text (its primary language {@code lang}). */
    List<Span> splitWithIcu(String paragraphText, String lang) {
        Iterators mine = iterators.get().computeIfAbsent(lang, l -> Iterators.of(locale(l), (BreakIterator)
                prototypes.computeIfAbsent(l, x -> BreakIterator.getSentenceInstance(locale(x))).clone()));
        String seen = withEllipsesAsPeriods(paragraphText);
        // ICU's plain breaks, found once: the abbreviation filter, when the language has one,
        // judges these same breaks (see FoundBreaks)
        BreakIterator iterator = mine.unfiltered();
        iterator.setText(seen);
        int[] breaks = new int[16];
        int count = 0;
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (count == breaks.length) {
                breaks = Arrays.copyOf(breaks, count * 2);
            }
            breaks[count++] = end;
        }
        // null: ICU has no abbreviations for the language, so every break is kept
        boolean[] keptByFilter = null;
        if (mine.filtered() != null) {
            mine.found().use(breaks, count);
            BreakIterator filtered = mine.filtered();
            filtered.setText(seen);
            keptByFilter = new boolean[count];
            int k = 0;
            for (int end = filtered.next(); end != BreakIterator.DONE; end = filtered.next()) {
                while (breaks[k] < end) {
                    k++;
                }
                keptByFilter[k] = true;
            }
        }
        boolean english = lang.equals("en");
        boolean arabicScript = ARABIC_SCRIPT_LANGUAGES.contains(lang);
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < count; k++) {
            int end = breaks[k];
            // the filter's suppressions are kept, except after an acronym (rule 5), which ICU's
            // suppression matching swallows ("reported to CDC. Case")
            if (keptByFilter != null && !keptByFilter[k] && !afterAcronym(paragraphText, end)
                    && !(english && monthEndsSentence(paragraphText, end))) {
                continue;
            }
            if (english && quotationThenSpeaker(paragraphText, end)) {
                continue;
            }
            if (end < paragraphText.length() && (arabicScript
                    ? afterEllipsis(paragraphText, end) || afterLatinAbbreviation(paragraphText, end)
                    : suppressed(paragraphText, end, english))) {
                continue;
            }
            start = addSentences(paragraphText, start, end, english, spans);
        }
        if (start < paragraphText.length()) {
            addSentences(paragraphText, start, paragraphText.length(), english, spans);
        }
        return spans;
    }

    /**
     * Adds [start, end), in English cut after each period glued to a capitalised word (rule 7)
     * and after each {@link #periodEndsSentence} before a lower-case word or a digit (rule 6);
     * returns end.
     */
    private static int addSentences(String text, int start, int end, boolean english, List<Span> spans) {
        if (!english) {
            addTrimmed(text, start, end, spans);
            return end;
        }
        int from = start;
        for (int cut = gluedSentenceEnd(text, from, end); cut >= 0; cut = gluedSentenceEnd(text, from, end)) {
            addCutBeforeLowerCase(text, from, cut, spans);
            from = cut;
        }
        addCutBeforeLowerCase(text, from, end, spans);
        return end;
    }

    /** Adds [start, end), cut after each {@link #periodEndsSentence} inside it (rule 6). */
    private static void addCutBeforeLowerCase(String text, int start, int end, List<Span> spans) {
        for (long found = periodBeforeLower(text, start, start, end); found >= 0;
             found = periodBeforeLower(text, (int) found, start, end)) {
            int wordStart = (int) (found >>> 32);
            int afterPeriod = (int) found;
            if (periodEndsSentence(text.substring(wordStart, afterPeriod))) {
                addCutBeforeHiddenOpeners(text, start, afterPeriod, spans);
                start = afterPeriod;
            }
        }
        addCutBeforeHiddenOpeners(text, start, end, spans);
    }

    /** Adds [start, end), cut before each {@link #hiddenOpener} inside it (rule 10). */
    private static void addCutBeforeHiddenOpeners(String text, int start, int end, List<Span> spans) {
        for (int cut = hiddenOpener(text, start, end); cut >= 0; cut = hiddenOpener(text, cut, end)) {
            addTrimmed(text, start, cut, spans);
            start = cut;
        }
        addTrimmed(text, start, end, spans);
    }

    /**
     * Determiners that open a sentence hidden after a headline or a list item without a stop
     * ({@code rises to 832 The death toll}), rule 10: only before a lower-case word, since before
     * a capitalised one they open a name ({@code told The Sunday Telegraph}).
     */
    static final Set<String> HIDDEN_DETERMINERS = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My",
            "Your", "Some", "Many", "Most", "All", "Both", "Each", "Every", "No", "One", "Two", "Three",
            "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten");

    /**
     * Other words that open such a hidden sentence ({@code speak their minds When Momentum's
     * activists}), rule 10: before any word, unless a capitalised word precedes them (a title in
     * capitals, {@code Salt Lake City With Flash Flooding}). Not {@code I}, which any clause has.
     */
    static final Set<String> HIDDEN_OPENERS = Set.of(
            "In", "On", "At", "When", "While", "But", "And", "Or", "If", "As", "After", "Before", "Since",
            "It", "He", "She", "They", "We", "There", "What", "Why", "How", "Who", "Where", "For", "With",
            "From", "To", "By", "Not", "So", "Yet", "Although", "Though", "Because", "Despite");

    /**
     * The start of the first word at or after {@code from + 2} in [{@code from}, {@code end}) that
     * opens a sentence although nothing ends the one before (rule 10), or -1: a capitalised
     * {@link #HIDDEN_DETERMINERS determiner} before a lower-case word, or another
     * {@link #HIDDEN_OPENERS opener} before a lower-case word or after a word that is not
     * capitalised, in each case right after a space and a word ending in a lower-case letter or
     * a digit. Headlines, sub-headlines and list items have no final stop, and a document that
     * runs one into the next sentence ({@code Volcano spews ash on Mexico City Ash spewing from
     * ...} has no other mark of the boundary; mid-sentence, such words are capitalised only in
     * names and titles, which the rule's conditions pass over. On the development data's English
     * lines joined with spaces, it finds 23 of NTREX's 52 boundaries without a stop and 13 of
     * TICO's 142, and cuts inside a line twice ({@code grade A in Mandarin}, the company
     * {@code Who Gives a Crap}).
     */
    static int hiddenOpener(String text, int from, int end) {
        for (int i = from + 2; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || text.charAt(i - 1) != ' ') {
                continue;
            }
            char last = text.charAt(i - 2);
            if (!Character.isLowerCase(last) && !Character.isDigit(last)) {
                continue;
            }
            int wordEnd = i + 1;
            while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int next = wordEnd;
            while (next < end && text.charAt(next) == ' ') {
                next++;
            }
            if (next == wordEnd || next >= end) {
                continue;
            }
            String word = text.substring(i, wordEnd);
            boolean nextLower = Character.isLowerCase(text.charAt(next));
            if (HIDDEN_DETERMINERS.contains(word) ? nextLower
                    : HIDDEN_OPENERS.contains(word) && (nextLower || !previousWordCapitalised(text, from, i - 1))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word that ends before the space at {@code space} starts with a capital letter. */
    private static boolean previousWordCapitalised(String text, int from, int space) {
        int start = space;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return Character.isUpperCase(text.charAt(start));
    }

    /**
     * The index after the first period in [{@code from}, {@code end}) that ends a sentence glued
     * to the next one (rule 7: {@code school closures.Even when}), or -1: a lower-case word of at
     * least {@value #MIN_FINAL_WORD} letters that {@link #periodEndsSentence} (so no
     * abbreviation), after white space, an opening bracket or quote, or the region's start; then
     * the period, and a word of letters that starts with a capital and a lower-case letter, which
     * white space, the end, or a mark of punctuation that is no part of an address follows. Text
     * copied from web pages loses the space where a footnote mark stood; a period inside an e-mail
     * or web address ({@code jane.Doe@example.org}, {@code site.Com/news}) is not cut, nor is one
     * before a word in capitals ({@code authorization.US}), which may be a name's part.
     */
    static int gluedSentenceEnd(String text, int from, int end) {
        for (int period = text.indexOf('.', from); period >= 0 && period + 2 < end;
             period = text.indexOf('.', period + 1)) {
            if (Character.getType(text.charAt(period + 1)) != Character.UPPERCASE_LETTER
                    || Character.getType(text.charAt(period + 2)) != Character.LOWERCASE_LETTER) {
                continue;
            }
            int wordStart = period;
            while (wordStart > from && Character.getType(text.charAt(wordStart - 1)) == Character.LOWERCASE_LETTER) {
                wordStart--;
            }
            if (wordStart > from && !opensWord(text.charAt(wordStart - 1))
                    || !periodEndsSentence(text.substring(wordStart, period + 1))) {
                continue;
            }
            int after = period + 1;
            while (after < end && Character.isLetter(text.charAt(after))) {
                after++;
            }
            if (after == end || endsGluedWord(text, after, end)) {
                return period + 1;
            }
        }
        return -1;
    }

    /** Whether a word may start after {@code c} for rule 7: white space, an opening bracket or quote. */
    private static boolean opensWord(char c) {
        return Character.isWhitespace(c) || "([{\"'“‘«".indexOf(c) >= 0;
    }

    /**
     * Whether the capitalised word of rule 7 ends at {@code at}: white space, or a stop, comma,
     * colon or {@linkplain #isClosing closing mark} then white space or the end.
     */
    private static boolean endsGluedWord(String text, int at, int end) {
        char c = text.charAt(at);
        if (Character.isWhitespace(c)) {
            return true;
        }
        return (",;:.!?".indexOf(c) >= 0 || isClosing(c)) && (at + 1 == end || Character.isWhitespace(text.charAt(at + 1)));
    }

    /**
     * The next lower-case word of at least {@value #MIN_FINAL_WORD} letters at or after
     * {@code from} whose period is followed by white space and a lower-case letter or a digit,
     * all within [{@code regionStart}, {@code regionEnd}), nothing of the region's outside seen
     * (a word starts at the region's start or after a character that is not a letter, a mark or
     * a period); packed as (word start &lt;&lt; 32 | index after the period), or -1 for none.
     * The same matches, one after the other, as a {@link java.util.regex.Matcher#find} of
     * {@code (?<![\p{L}\p{M}.])\p{Ll}{3,}\.(?=\s+[\p{Ll}\p{Nd}])} over the region, which
     * this replaces: that scan tried its look-behind at every character of every English
     * sentence, and was 4 % of a whole batch's CPU time.
     */
    static long periodBeforeLower(String text, int from, int regionStart, int regionEnd) {
        // from each period back to its word: periods are few, and indexOf finds them fast
        for (int period = text.indexOf('.', from); period >= 0 && period < regionEnd;
             period = text.indexOf('.', period + 1)) {
            if (!lowerOrDigitAfterSpace(text, period + 1, regionEnd)) {
                continue;
            }
            int wordStart = period;
            int letters = 0;
            while (wordStart > Math.max(from, regionStart)) {
                int cp = text.codePointBefore(wordStart);
                if (Character.getType(cp) != Character.LOWERCASE_LETTER
                        || wordStart - Character.charCount(cp) < regionStart) {
                    break;
                }
                wordStart -= Character.charCount(cp);
                letters++;
            }
            if (letters >= MIN_FINAL_WORD && startsWord(text, wordStart, regionStart)) {
                return (long) wordStart << 32 | (period + 1);
            }
        }
        return -1;
    }

    /** Whether white space, then a lower-case letter or a digit, starts at {@code at} (before {@code end}). */
    private static boolean lowerOrDigitAfterSpace(String text, int at, int end) {
        int next = at;
        while (next < end && isRegexSpace(text.charAt(next))) {
            next++;
        }
        if (next == at || next >= end) {
            return false;
        }
        int type = Character.getType(text.codePointAt(next));
        return type == Character.LOWERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Whether no letter, mark or period precedes index i inside the region. */
    private static boolean startsWord(String text, int i, int regionStart) {
        if (i <= regionStart) {
            return true;
        }
        int before = text.codePointBefore(i);
        if (Character.isSupplementaryCodePoint(before) && i - 2 < regionStart) {
            before = text.charAt(i - 1);   // the region cuts the pair: only its low half is inside
        }
        return before != '.' && !Character.isLetter(before) && !isMark(before);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether a lower-case word with its period ({@code hypoxemia.}) ends a sentence although a
     * lower-case word or a digit follows (rule 6): it does unless it is a known abbreviation.
     */
    static boolean periodEndsSentence(String wordWithPeriod) {
        return wordWithPeriod.length() > MIN_FINAL_WORD && wordWithPeriod.endsWith(".")
                && wordWithPeriod.chars().limit(wordWithPeriod.length() - 1L).allMatch(Character::isLowerCase)
                && !LOWER_CASE_ABBREVIATIONS.contains(wordWithPeriod) && !MAY_END.contains(wordWithPeriod)
                && !NEVER_FINAL.contains(wordWithPeriod) && !BEFORE_NUMBER.contains(wordWithPeriod);
    }

    /**
     * One thread's sentence iterators for a language: ICU's own, and ICU's abbreviation filter
     * around a {@link FoundBreaks} (which {@code found} is), or null for those two when ICU has no
     * abbreviations for the language.
     */
    private record Iterators(BreakIterator filtered, FoundBreaks found, BreakIterator unfiltered) {
        static Iterators of(ULocale locale, BreakIterator plain) {
            FoundBreaks found = new FoundBreaks();
            BreakIterator filtered = FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(found);
            return filtered == found ? new Iterators(null, null, plain) : new Iterators(filtered, found, plain);
        }
    }

    private static ULocale locale(String lang) {
        return lang.equals("und") ? ULocale.ROOT : new ULocale(lang);
    }

    /**
     * Breaks found already, handed out again in order: the iterator that ICU's abbreviation filter
     * wraps. The filter asks its iterator for the next break and suppresses those that follow an
     * abbreviation, judging each by the text alone; given the plain iterator's breaks, it gives
     * the breaks a filter around a second plain iterator would, without that iterator running
     * the rules over the text again (for English, the rules ran twice over every paragraph).
     * Only what the filter calls is meaningful: {@code setText}, {@code getText}, {@code next}.
     */
    static final class FoundBreaks extends BreakIterator {
        private int[] breaks = new int[0];
        private int count;
        /** The index of the current break, -1 at the start of the text. */
        private int position = -1;
        private CharacterIterator text = new StringCharacterIterator("");

        /** The breaks to hand out, {@code breaks[0, count)} in increasing order, from the text set next. */
        void use(int[] breaks, int count) {
            this.breaks = breaks;
            this.count = count;
            position = -1;
        }

        @Override
        public int first() {
            position = -1;
            return text.getBeginIndex();
        }

        @Override
        public int last() {
            position = count - 1;
            return current();
        }

        @Override
        public int next(int n) {
            int result = current();
            for (int k = 0; k < n && result != DONE; k++) {
                result = next();
            }
            return result;
        }

        @Override
        public int next() {
            if (position + 1 >= count) {
                return DONE;
            }
            return breaks[++position];
        }

        @Override
        public int previous() {
            if (position < 0) {
                return DONE;
            }
            position--;
            return current();
        }

        @Override
        public int following(int offset) {
            position = -1;
            while (position + 1 < count && breaks[position + 1] <= offset) {
                position++;
            }
            return next();
        }

        @Override
        public int current() {
            return position < 0 ? text.getBeginIndex() : breaks[position];
        }

        @Override
        public CharacterIterator getText() {
            return text;
        }

        @Override
        public void setText(CharacterIterator newText) {
            text = newText;
            position = -1;
        }
    }

    /**
     * Whether the break at {@code boundary} follows an acronym of two or more capitals without
     * inner periods ({@code CDC.}, {@code NATO.}) and precedes a capitalised word: news ends many
     * sentences with an agency's name, while abbreviations that never end one have lower case
     * letters or inner periods ({@code Gen.}, {@code U.S.}).
     */
    static boolean afterAcronym(String text, int boundary) {
        String token = tokenBefore(text, boundary);
        if (token.length() < 3 || token.charAt(token.length() - 1) != '.') {
            return false;
        }
        String letters = token.substring(0, token.length() - 1);
        if (!letters.codePoints().allMatch(Character::isUpperCase)) {
            return false;
        }
        String next = wordAfter(text, boundary);
        return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
    }

    /**
     * Whether a month's abbreviation before {@code boundary} ends the sentence (rule 8): it does
     * when a capitalised word follows, not a day's number.
     */
    static boolean monthEndsSentence(String text, int boundary) {
        if (!MONTHS.contains(tokenBefore(text, boundary))) {
            return false;
        }
        String next = wordAfter(text, boundary);
        return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0)) && !startsWithDigit(text, boundary);
    }

    /** The most capitalised words of a name between a quotation and its verb ({@code Prof Charles Czeisler}). */
    private static final int MAX_SPEAKER_WORDS = 3;

    /**
     * Whether the break at {@code boundary} follows a quoted question or exclamation and precedes
     * its attribution, one to {@value #MAX_SPEAKER_WORDS} capitalised words and a verb of
     * {@link #SPEECH_VERBS} ({@code 'I got bit!'" Hammel added.}): rule 9. ICU ends the sentence
     * at the quotation's end whenever a capital follows; {@code "Why?" he asked} it keeps whole.
     */
    static boolean quotationThenSpeaker(String text, int boundary) {
        int i = boundary;
        while (i > 0 && Whitespace.isSpace(text.charAt(i - 1))) {
            i--;
        }
        int quotes = 0;
        while (i > 0 && isClosingQuote(text.charAt(i - 1))) {
            i--;
            quotes++;
        }
        if (quotes == 0 || i == 0 || (text.charAt(i - 1) != '?' && text.charAt(i - 1) != '!')) {
            return false;
        }
        int at = boundary;
        for (int words = 0; words <= MAX_SPEAKER_WORDS; words++) {
            while (at < text.length() && Whitespace.isSpace(text.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < text.length() && !Whitespace.isSpace(text.charAt(at))) {
                at++;
            }
            if (start == at) {
                return false;
            }
            String word = text.substring(start, at);
            if (words > 0 && SPEECH_VERBS.contains(stripTrailingPunctuation(word))) {
                return true;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static String stripTrailingPunctuation(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
    }

    private static String primaryLanguage(String language) {
        String lang = language.strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        lang = dash >= 0 ? lang.substring(0, dash) : lang;
        return lang.isEmpty() ? "und" : lang;
    }

    /** The text ICU sees: same length, with each {@code …} replaced by a period. */
    private static String withEllipsesAsPeriods(String text) {
        return text.indexOf(ELLIPSIS) < 0 ? text : text.replace(ELLIPSIS, '.');
    }

    /** Whether the break ICU found at {@code boundary} is one of the exceptions of rules 3–4. */
    static boolean suppressed(String text, int boundary, boolean english) {
        String token = tokenBefore(text, boundary);
        String next = wordAfter(text, boundary);
        if (english && MONTHS.contains(token)) {
            return !monthEndsSentence(text, boundary);
        }
        if (INITIALS.matcher(token).matches() || (english && MAY_END.contains(token))) {
            return !next.isEmpty() && !SENTENCE_OPENERS.contains(next);
        }
        if (!english) {
            return false;
        }
        if (NEVER_FINAL.contains(token)) {
            return true;
        }
        return BEFORE_NUMBER.contains(token) && startsWithDigit(text, boundary);
    }

    /**
     * Whether the break at {@code boundary} follows an ellipsis ({@code ...} or {@code …}) and
     * precedes a letter: in Arabic, which has no capitals to tell, an ellipsis mostly marks a
     * pause inside the sentence.
     */
    static boolean afterEllipsis(String text, int boundary) {
        int i = boundary;
        while (i > 0 && (Whitespace.isSpace(text.charAt(i - 1)) || isClosing(text.charAt(i - 1)))) {
            i--;
        }
        boolean ellipsis = (i >= 1 && text.charAt(i - 1) == ELLIPSIS) || text.startsWith("...", i - 3);
        return ellipsis && !wordAfter(text, boundary).isEmpty();
    }

    /**
     * Whether the break at {@code boundary} follows a Latin-script abbreviation quoted in
     * Arabic-script text ({@code شركة Novavax Inc. في}): Arabic text keeps company names and
     * titles in Latin letters, and ICU's Arabic rules do not know English abbreviations. An
     * initial ({@code S.}) holds the break only before a Latin word.
     */
    static boolean afterLatinAbbreviation(String text, int boundary) {
        String token = tokenBefore(text, boundary);
        if (token.isEmpty() || UScript.getScript(token.codePointAt(0)) != UScript.LATIN) {
            return false;
        }
        if (INITIALS.matcher(token).matches()) {
            // An initial continues a Latin name (J. Smith); before an Arabic word it is a letter
            // that ends the sentence (بروتين S. وفقًا لدراسة).
            String next = wordAfter(text, boundary);
            return !next.isEmpty() && UScript.getScript(next.codePointAt(0)) == UScript.LATIN;
        }
        return NEVER_FINAL.contains(token) || MAY_END.contains(token) || BEFORE_NUMBER.contains(token)
                || ICU_TITLES.contains(token);
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'';
    }

    /** The white-space-delimited token that ends just before {@code boundary}, without leading punctuation. */
    private static String tokenBefore(String text, int boundary) {
        int end = boundary;
        while (end > 0 && Whitespace.isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int start = end;
        while (start > 0 && !Whitespace.isSpace(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        return text.substring(start, end);
    }

    /** The letters of the word that starts after {@code boundary}, skipping spaces and opening punctuation. */
    private static String wordAfter(String text, int boundary) {
        int i = boundary;
        while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        int start = i;
        while (i < text.length() && Letters.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return text.substring(start, i);
    }

    private static boolean startsWithDigit(String text, int boundary) {
        int i = boundary;
        // Zero-width spaces and other format characters are invisible: skip them too.
        while (i < text.length() && (Whitespace.isSpace(text.codePointAt(i))
                || Character.getType(text.codePointAt(i)) == Character.FORMAT)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i < text.length() && UCharacter.isDigit(text.codePointAt(i));
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        Span trimmed = Whitespace.trim(text, start, end);
        if (trimmed.length() > 0) {
            spans.add(trimmed);
        }
    }

}
