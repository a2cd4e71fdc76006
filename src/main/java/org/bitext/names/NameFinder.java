package org.bitext.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds candidate names in English sentences: runs of capitalised words, joined by the particles
 * of Arabic names (al-, el-, bin, ibn, abu, abd ...), and words with scholarly marks even when
 * lower-case. Acronyms (ISIS, US), single letters and capitalised function words at the start of
 * a run (The, In, According ...) are left out. Immutable and thread-safe.
 */
public final class NameFinder {
    /** Lower-case particles that may stand inside a name: Osama bin Laden, Abd al-Rahman. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "abd",
            "ul", "ad", "as", "ash", "at", "az", "an", "ar", "ez", "es", "ben", "ould", "abou");
    /** Capitalised words that start sentences or titles without being names. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "of", "and",
            "but", "or", "for", "to", "from", "by", "with", "as", "it", "its", "this", "that", "these",
            "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "mr", "mrs",
            "ms", "dr", "gen", "col", "capt", "sgt", "lt", "after", "before", "when", "while", "although",
            "however", "meanwhile", "then", "there", "here", "if", "according", "today", "yesterday", "last",
            "previously", "note", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "is", "was", "are", "were", "what", "who",
            "where", "why", "how", "some", "all", "no", "not", "yes", "so", "also", "such", "one", "two",
            "three", "since", "during", "under", "over", "about", "into", "between", "against", "new",
            // words that open sentences (and quotes, headlines, transcribed speech) and are never
            // names in news, which a short document cannot show in lower case (the counter's
            // document rule): a batch of short texts otherwise lists "Only" or "Hello" as names
            "only", "nothing", "something", "anything", "everything", "nobody", "someone", "anyone",
            "everyone", "none", "each", "every", "both", "either", "neither", "many", "most", "more",
            "much", "few", "several", "other", "others", "another", "any", "now", "just", "even", "still",
            "yet", "again", "already", "soon", "later", "once", "first", "finally", "instead", "indeed",
            "thus", "therefore", "because", "though", "unless", "until", "whether", "which", "whose",
            "whom", "him", "them", "us", "me", "your", "do", "does", "did", "have", "has", "had", "be",
            "can", "could", "would", "should", "shall", "might", "must", "let", "please", "thank",
            "thanks", "hello", "hi", "dear", "well", "oh", "ok", "okay", "yeah", "sir", "very", "too",
            "perhaps", "maybe", "despite", "without", "within", "through", "among", "across",
            "following", "including", "asked", "said", "see", "read", "click", "photo", "video");

    /** Names found in {@code sentence}, in order, not overlapping. */
    public List<NameMention> findLatin(String sentence) {
        return findLatin(sentence, NameKey::of);
    }

    /**
     * {@link #findLatin(String)} with the keys of the names' spellings given by {@code keys}
     * (equal to {@link NameKey#of}): a caller reading a whole document passes a memo, since a
     * document repeats its names and folding a spelling is the costly part.
     */
    public List<NameMention> findLatin(String sentence, Function<String, NameKey> keys) {
        return findLatin(sentence, bounds(sentence), keys);
    }

    /** {@link #findLatin(String, Function)} of a sentence already cut into {@code tokens} ({@link #bounds}). */
    List<NameMention> findLatin(String sentence, Bounds tokens, Function<String, NameKey> keys) {
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.count()) {
            if (!isNameWord(sentence, tokens.start(i), tokens.end(i))) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < tokens.count() && onlySpaceBetween(sentence, tokens.end(j - 1), tokens.start(j))) {
                if (isNameWord(sentence, tokens.start(j), tokens.end(j))) {
                    last = j;
                    j++;
                } else if (isParticle(sentence, tokens.start(j), tokens.end(j)) && j + 1 < tokens.count()
                        && onlySpaceBetween(sentence, tokens.end(j), tokens.start(j + 1))
                        && isNameWord(sentence, tokens.start(j + 1), tokens.end(j + 1))) {
                    last = j + 1;
                    j += 2;
                } else {
                    break;
                }
            }
            while (first <= last && isNotName(sentence, tokens.start(first), tokens.end(first))) {
                first++;
            }
            if (first <= last) {
                out.add(mention(sentence, tokens, first, last, keys));
            }
            i = j;
        }
        return List.copyOf(out);
    }

    private static NameMention mention(String s, Bounds tokens, int first, int last,
                                       Function<String, NameKey> keys) {
        List<NameMention> words = new ArrayList<>();
        int k = first;
        while (k <= last) {
            int start = tokens.start(k);
            // a standalone article ("Al Qaim") or particle stays with the word after it
            if (k < last && isArticleToken(s, tokens.start(k), tokens.end(k))) {
                k++;
            }
            int end = tokens.end(k);
            String word = s.substring(start, end);
            words.add(new NameMention(word, start, end, keys.apply(word), List.of()));
            k++;
        }
        int start = tokens.start(first);
        int end = tokens.end(last);
        String text = s.substring(start, end);
        return new NameMention(text, start, end, keys.apply(text), words.size() == 1 ? List.of() : words);
    }

    private static boolean isArticleToken(String s, int start, int end) {
        if (end - start != 2) {
            return false;  // lower-casing never shortens a token (see isParticle)
        }
        String w = lower(s, start, end);
        return w.equals("al") || w.equals("el");
    }

    /** Word tokens as [start, end): letters, marks, inner apostrophes and hyphens; possessive 's cut. */
    static List<int[]> tokens(String s) {
        Bounds bounds = bounds(s);
        List<int[]> out = new ArrayList<>(bounds.count());
        for (int k = 0; k < bounds.count(); k++) {
            out.add(new int[] {bounds.start(k), bounds.end(k)});
        }
        return out;
    }

    /**
     * The tokens of a sentence as {@link #tokens} cuts them, packed in one array: the finder reads
     * every word of every English sentence, three times in a batch (counting, anchors,
     * respelling), and an array per token was a twentieth of all a batch allocated.
     */
    static final class Bounds {
        private int[] at;
        private int count;

        Bounds(int capacity) {
            at = new int[2 * Math.max(1, capacity)];
        }

        void add(int start, int end) {
            if (2 * count == at.length) {
                at = Arrays.copyOf(at, 2 * at.length);
            }
            at[2 * count] = start;
            at[2 * count + 1] = end;
            count++;
        }

        int count() {
            return count;
        }

        int start(int k) {
            return at[2 * k];
        }

        int end(int k) {
            return at[2 * k + 1];
        }
    }

    /** {@link #tokens} of {@code s}, packed. */
    static Bounds bounds(String s) {
        int n = s.length();
        // room for words of four characters and more with their spaces: no growth on real text
        Bounds out = new Bounds(n / 4 + 1);
        int i = 0;
        while (i < n) {
            char first = s.charAt(i);
            // a joiner (some are letters: ʿ ʾ) starts a word only before a letter; else any letter does
            if (isJoiner(first) ? !startsLetter(s, i) : !isLetter(first)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isInWord(s, i)) {
                i++;
            }
            int end = i;
            if (end - start > 2 && isApostrophe(s.charAt(end - 2)) && (s.charAt(end - 1) == 's')) {
                end -= 2;
            }
            while (end > start && isJoiner(s.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(start, end);
            }
            if (i == start) {
                i++;
            }
        }
        return out;
    }

    /** Whether the character at {@code i} continues a word: a letter, a mark, or a joiner before a letter. */
    private static boolean isInWord(String s, int i) {
        int kind = KIND[s.charAt(i)];
        return (kind & (LETTER | MARK)) != 0
                || (kind & JOINER) != 0 && i + 1 < s.length() && (isLetter(s.charAt(i + 1)) || (kind & APOSTROPHE) != 0);
    }

    private static boolean startsLetter(String s, int i) {
        // a leading ʿ or ‘ belongs to the word after it (ʿAbd, ‘Ālam)
        return isApostrophe(s.charAt(i)) && i + 1 < s.length() && isLetter(s.charAt(i + 1))
                && (i == 0 || !isLetter(s.charAt(i - 1)));
    }

    /** {@link Character#isLetter(char)}, from {@link #KIND}. */
    private static boolean isLetter(char c) {
        return (KIND[c] & LETTER) != 0;
    }

    private static boolean isJoiner(char c) {
        return (KIND[c] & JOINER) != 0;
    }

    private static boolean isApostrophe(char c) {
        return (KIND[c] & APOSTROPHE) != 0;
    }

    /** In {@link #KIND}: {@link Character#isLetter(char)}. */
    private static final int LETTER = 1;
    /** In {@link #KIND}: an apostrophe or a hyphen, which joins the parts of a name. */
    private static final int JOINER = 2;
    /** In {@link #KIND}: an apostrophe ({@code ' ` ‘ ’ ʻ ʼ ʾ ʿ}), a joiner too. */
    private static final int APOSTROPHE = 4;
    /** In {@link #KIND}: a non-spacing mark at or above U+0300. */
    private static final int MARK = 8;
    /**
     * The bits above for each char of the BMP: the word scan tests every char of every English
     * sentence, and its comparisons were mispredicted where letters of both cases, spaces and
     * punctuation alternate; one look-up answers all its questions about a char.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            KIND[i] = kindOf((char) i);
        }
    }

    /**
     * The bits of {@link #KIND} for {@code c}; a method of its own so that the compiler takes it
     * over early, while the class initialiser's loop over the BMP runs interpreted.
     */
    private static byte kindOf(char c) {
        boolean apostrophe = c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u02BF'
                || c == '\u02BE' || c == '\u02BB' || c == '\u02BC';
        boolean joiner = apostrophe || c == '-' || c == '\u2010' || c == '\u2011';
        int type = Character.getType(c);
        boolean letter = type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER;
        boolean mark = c >= '\u0300' && type == Character.NON_SPACING_MARK;
        return (byte) ((letter ? LETTER : 0) | (joiner ? JOINER : 0) | (apostrophe ? APOSTROPHE : 0) | (mark ? MARK : 0));
    }

    /** Whether exactly one space lies between a token ending at {@code end} and one starting at {@code start}. */
    private static boolean onlySpaceBetween(String s, int end, int start) {
        if (start - end != 1) {
            return false;
        }
        char c = s.charAt(end);
        return c == ' ' || c == '\u00A0';
    }

    private static String lower(String s, int start, int end) {
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The longest of {@link #PARTICLES}: a longer token is not one, and is not lower-cased to ask. */
    private static final int LONGEST_PARTICLE = longest(PARTICLES);
    /** The longest of {@link #NOT_NAMES}. */
    private static final int LONGEST_NOT_NAME = longest(NOT_NAMES);

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Whether the token is one of {@link #PARTICLES}. Lower-casing (Locale.ROOT) never makes a
     * token shorter ({@code İ} even gets longer), so a token longer than every particle is none.
     */
    private static boolean isParticle(String s, int start, int end) {
        return end - start <= LONGEST_PARTICLE && PARTICLES.contains(lower(s, start, end));
    }

    private static boolean isNotName(String s, int start, int end) {
        return end - start <= LONGEST_NOT_NAME && NOT_NAMES.contains(lower(s, start, end));
    }

    /**
     * A capitalised word (after any article prefix like al- or a leading ʿ), not an acronym, or a
     * marked word. Read in place in {@code s}: it is asked of every word of every English sentence.
     */
    static boolean isNameWord(String s, int[] t) {
        return isNameWord(s, t[0], t[1]);
    }

    /** {@link #isNameWord(String, int[])} of the token [start, end). */
    private static boolean isNameWord(String s, int start, int end) {
        int p = start;
        int hyphen = -1;  // the word's first hyphen, looked for where an article's would be
        for (int i = start; i < end && i <= start + 3 && hyphen < 0; i++) {
            if (s.charAt(i) == '-') {
                hyphen = i;
            }
        }
        if (hyphen > start
                && LatinFolding.isArticle(s.substring(start, hyphen).toLowerCase(Locale.ROOT),
                        s.substring(hyphen + 1, end).toLowerCase(Locale.ROOT), true)) {
            p = hyphen + 1;
        }
        while (p < end && !Character.isLetter(s.charAt(p))) {
            p++;
        }
        if (p >= end) {
            return false;
        }
        if (hasScholarlyMark(s, start, end)) {
            return true;
        }
        if (!Character.isUpperCase(s.charAt(p))) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        for (int i = start; i < end; i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
                if (Character.isUpperCase(s.charAt(i))) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper < letters;
    }

    /** Letters that only scholarly transliteration of Arabic uses: macrons, dots below, ġ š ḫ ṯ ḏ, ʿ ʾ. */
    static boolean hasScholarlyMark(String w) {
        return hasScholarlyMark(w, 0, w.length());
    }

    /** {@link #hasScholarlyMark(String)} of {@code s} from {@code start} to {@code end}. */
    private static boolean hasScholarlyMark(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '\u0100') {
                continue;  // every mark is above Latin-1, where most letters of a text are
            }
            switch (c) {
                case 'ā': case 'ī': case 'ū': case 'Ā': case 'Ī': case 'Ū':
                case 'ḥ': case 'ṣ': case 'ḍ': case 'ṭ': case 'ẓ': case 'Ḥ': case 'Ṣ': case 'Ḍ': case 'Ṭ': case 'Ẓ':
                case 'ġ': case 'Ġ': case 'š': case 'Š': case 'ḫ': case 'Ḫ': case 'ṯ': case 'Ṯ': case 'ḏ': case 'Ḏ':
                case '\u02BF': case '\u02BE':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
