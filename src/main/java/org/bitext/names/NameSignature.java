package org.bitext.names;

import static org.bitext.names.ArabicLetters.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The names of one sentence, precomputed for the aligner's anchor signal. An English signature
 * holds the names {@link NameFinder} finds; an Arabic signature indexes every word (and every run
 * of two or three words) by key, once with and once without its clitics (و ف ب ل ك, لل), since
 * Arabic script has no capitals to tell names from other words. {@link #sharedNames} is then a
 * few hash look-ups, confirmed by {@link NameMatcher} only on a key hit.
 */
public final class NameSignature {
    /** Keys shorter than this (Ali → "l") hit too many ordinary Arabic words to be anchors. */
    static final int MIN_KEY_LENGTH = 2;
    private static final int MAX_RUN = 3;

    private final List<List<NameKey>> names;
    private final Map<String, List<NameKey>> index;

    private NameSignature(List<List<NameKey>> names, Map<String, List<NameKey>> index) {
        this.names = names;
        this.index = index;
    }

    /** Signature of an English sentence: each name found, as its whole key and its words' keys. */
    public static NameSignature ofEnglish(String sentence, NameFinder finder) {
        return ofEnglish(sentence, finder, NameKey::of);
    }

    /** {@link #ofEnglish(String, NameFinder)} with the keys of spellings from {@code keyOf} (a memo, say). */
    public static NameSignature ofEnglish(String sentence, NameFinder finder, Function<String, NameKey> keyOf) {
        List<List<NameKey>> names = new ArrayList<>();
        Map<String, List<NameKey>> index = new HashMap<>();
        for (NameMention m : finder.findLatin(sentence, keyOf)) {
            List<NameKey> keys = new ArrayList<>();
            keys.add(m.key());
            if (m.words().size() > 1) {
                for (NameMention w : m.words()) {
                    keys.add(w.key());
                }
            }
            keys.removeIf(k -> k.key().length() < MIN_KEY_LENGTH);
            if (!keys.isEmpty()) {
                names.add(List.copyOf(keys));
                for (NameKey k : keys) {
                    index.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k);
                }
            }
        }
        return new NameSignature(List.copyOf(names), freeze(index));
    }

    /** Signature of an Arabic sentence: every word and run of words, with and without clitics. */
    public static NameSignature ofArabic(String sentence) {
        return ofArabic(sentence, null);
    }

    /**
     * Signature of an Arabic sentence that keeps only the keys in {@code wanted} (the keys of the
     * names on the other side of the document), or every key when it is null: an aligner needs
     * nothing else, and an index of every word of a long document would fill memory.
     */
    public static NameSignature ofArabic(String sentence, Set<String> wanted) {
        if (wanted != null) {
            return new ArabicDocument(wanted).signature(sentence);
        }
        Map<String, List<NameKey>> index = new HashMap<>();
        for (NameKey k : arabicKeys(sentence)) {
            if (k.key().length() >= MIN_KEY_LENGTH) {
                index.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k);
            }
        }
        return new NameSignature(List.of(), freeze(index));
    }

    /**
     * The keys of {@link #arabicKeys} that {@code wanted} holds, in the same order, found without
     * building the others. A run's key is its words' forms read symbol by symbol, weak symbols
     * dropped and a symbol equal to the last one kept folded, across word boundaries too (so the
     * key of a run is its first word's skeleton followed by the next words' skeletons). The key
     * is walked down the trie of the wanted keys as it grows, and a run stops growing once its
     * key starts no wanted key. Only a wanted key gets its spelling and form as strings; words
     * and forms are read from per-sentence buffers. Almost no run of a sentence is a name from
     * the other side, and this is the aligner's busiest use of the folding.
     */
    static List<NameKey> wantedArabicKeys(String sentence, KeyTrie wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        // The sentence's words (their letters, writing aids left out) one after another, and their
        // forms likewise: word w is letters [bounds[2w], bounds[2w + 1]), its form forms [formBounds[2w], ...).
        char[] letters = new char[sentence.length()];
        int length = 0;
        int[] bounds = new int[16];
        int words = 0;
        int start = -1;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? sentence.charAt(i) : ' ';
            if (isIgnorable(c)) {
                continue;
            }
            if (isArabicLetter(c)) {
                if (start < 0) {
                    start = length;
                }
                letters[length++] = c;
            } else if (start >= 0) {
                if (2 * words + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * words] = start;
                bounds[2 * words + 1] = length;
                words++;
                start = -1;
            }
        }
        if (words == 0) {
            return List.of();
        }
        char[] forms = new char[length];
        int[] formBounds = new int[2 * words];
        int formLength = 0;
        int longest = 0;
        for (int w = 0; w < words; w++) {
            formBounds[2 * w] = formLength;
            formLength = ArabicFolding.wordForm(letters, bounds[2 * w], bounds[2 * w + 1], forms, formLength);
            formBounds[2 * w + 1] = formLength;
            longest = Math.max(longest, bounds[2 * w + 1] - bounds[2 * w]);
        }
        List<NameKey> keys = new ArrayList<>();
        char[] variant = new char[longest];
        char[] variantForm = new char[longest];
        KeyTrie.Walk walk = wanted.new Walk();
        int[] clitics = new int[6];
        for (int i = 0; i < words; i++) {
            int variants = withoutClitics(letters, bounds[2 * i], bounds[2 * i + 1], clitics);
            for (int v = 0; v < variants; v++) {
                boolean alef = clitics[2 * v] < 0;
                int from = alef ? -clitics[2 * v] - 1 : clitics[2 * v];
                int to = clitics[2 * v + 1];
                char[] firstForm = forms;
                int firstFrom = formBounds[2 * i];
                int firstTo = formBounds[2 * i + 1];
                if (v > 0) {
                    int n = 0;
                    if (alef) {
                        variant[n++] = ALEF;
                    }
                    System.arraycopy(letters, from, variant, n, to - from);
                    firstForm = variantForm;
                    firstFrom = 0;
                    firstTo = ArabicFolding.wordForm(variant, 0, n + to - from, variantForm, 0);
                }
                walk.start();
                boolean on = walk.along(firstForm, firstFrom, firstTo);
                for (int j = i; on && j < Math.min(words, i + MAX_RUN); j++) {
                    if (j > i && !walk.along(forms, formBounds[2 * j], formBounds[2 * j + 1])) {
                        break;   // a longer run only appends to the key: no wanted key can follow
                    }
                    if (walk.atKey()) {
                        String first = (alef ? String.valueOf(ALEF) : "") + new String(letters, from, to - from);
                        StringBuilder run = new StringBuilder(first);
                        StringBuilder form = new StringBuilder().append(firstForm, firstFrom, firstTo - firstFrom);
                        for (int k = i + 1; k <= j; k++) {
                            run.append(' ').append(letters, bounds[2 * k], bounds[2 * k + 1] - bounds[2 * k]);
                            form.append(forms, formBounds[2 * k], formBounds[2 * k + 1] - formBounds[2 * k]);
                        }
                        keys.add(new NameKey(run.toString(), ArabicFolding.collapse(form), walk.key(),
                                ArabicFolding.startsWithArticle(first)));
                    }
                }
            }
        }
        return keys;
    }

    /**
     * {@link #withoutClitics} of the word {@code letters[from, to)} as ranges of {@code letters}:
     * variant v is {@code [out[2v], out[2v + 1])}, or, when {@code out[2v]} is negative, an ALEF
     * followed by {@code [-out[2v] - 1, out[2v + 1])} (لل read as ال).
     *
     * @return the number of variants (1 to 3)
     */
    static int withoutClitics(char[] letters, int from, int to, int[] out) {
        out[0] = from;
        out[1] = to;
        int count = 1;
        int rest = from;
        if (to - rest > 3 && (letters[rest] == WAW || letters[rest] == FEH)) {
            rest++;
            out[2 * count] = rest;
            out[2 * count++ + 1] = to;
        }
        if (to - rest > 3 && letters[rest] == LAM && letters[rest + 1] == LAM) {
            out[2 * count] = -(rest + 1) - 1;
            out[2 * count++ + 1] = to;
        } else if (to - rest > 3 && (letters[rest] == BEH || letters[rest] == LAM || letters[rest] == KAF)) {
            out[2 * count] = rest + 1;
            out[2 * count++ + 1] = to;
        }
        return count;
    }

    /**
     * A set of keys as a trie over their symbols: a key being built symbol by symbol is walked
     * down it, and falls off as soon as it starts none of the keys. Only symbols below 128 are
     * walked (the phonetic alphabet of {@link NameKey}); a key with another character keeps only
     * the part before it, which is all an Arabic form can reach. Immutable once built.
     */
    static final class KeyTrie {
        static final int ROOT = 0;
        private static final int ALPHABET = 128;
        /** Each symbol's column in {@link #children}, 0 for a symbol of no key. */
        private final int[] column = new int[ALPHABET];
        private final int columns;
        /** The child of node n by the symbol of column c at {@code n * columns + c - 1}, plus one (0: none). */
        private final int[] children;
        private final boolean[] isKey;
        private final boolean empty;
        /** The length of the longest key (its part walked). */
        private final int depth;

        KeyTrie(Set<String> keys) {
            int symbols = 0;
            int nodes = 1;
            for (String k : keys) {
                for (int p = 0; p < k.length() && k.charAt(p) < ALPHABET; p++) {
                    if (column[k.charAt(p)] == 0) {
                        column[k.charAt(p)] = ++symbols;
                    }
                    nodes++;
                }
            }
            columns = Math.max(1, symbols);
            children = new int[nodes * columns];
            isKey = new boolean[nodes];
            empty = keys.isEmpty();
            int used = 1;
            int longest = 0;
            for (String k : keys) {
                int node = ROOT;
                int p = 0;
                for (; p < k.length() && k.charAt(p) < ALPHABET; p++) {
                    int at = node * columns + column[k.charAt(p)] - 1;
                    if (children[at] == 0) {
                        children[at] = ++used;
                    }
                    node = children[at] - 1;
                }
                if (p == k.length()) {
                    isKey[node] = true;
                }
                longest = Math.max(longest, p);
            }
            depth = longest;
        }

        boolean isEmpty() {
            return empty;
        }

        /**
         * A key built symbol by symbol down the trie, from the skeleton symbols of forms: weak
         * symbols skipped, a symbol equal to the last one walked folded into it. One per caller.
         */
        final class Walk {
            private int node;
            private final char[] key = new char[depth];
            private int length;

            void start() {
                node = ROOT;
                length = 0;
            }

            /** Walks on by the symbols of {@code form[from, to)}; false once the key starts no key of the set. */
            boolean along(char[] form, int from, int to) {
                for (int p = from; p < to; p++) {
                    char c = form[p];
                    if (NameKey.isWeakSymbol(c) || length > 0 && key[length - 1] == c) {
                        continue;
                    }
                    int col = c < ALPHABET ? column[c] : 0;
                    int child = col == 0 ? 0 : children[node * columns + col - 1];
                    if (child == 0) {
                        return false;
                    }
                    node = child - 1;
                    key[length++] = c;
                }
                return true;
            }

            /** Whether the key walked so far is one of the set. */
            boolean atKey() {
                return isKey[node];
            }

            String key() {
                return new String(key, 0, length);
            }
        }
    }

    /**
     * The signatures of one document's Arabic sentences against the names wanted from the other
     * side ({@link #wantedArabicKeys}). Immutable: several threads may build the signatures of
     * one document.
     */
    public static final class ArabicDocument {
        private final KeyTrie wanted;

        public ArabicDocument(Set<String> wanted) {
            this.wanted = new KeyTrie(wanted);
        }

        public NameSignature signature(String sentence) {
            List<NameKey> keys = wantedArabicKeys(sentence, wanted);
            if (keys.isEmpty()) {
                return NO_NAMES;
            }
            Map<String, List<NameKey>> index = new HashMap<>();
            for (NameKey k : keys) {
                if (k.key().length() >= MIN_KEY_LENGTH) {
                    index.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k);
                }
            }
            return new NameSignature(List.of(), freeze(index));
        }
    }

    /** A signature with no name and no key (immutable, so shared). */
    private static final NameSignature NO_NAMES = new NameSignature(List.of(), Map.of());

    /**
     * The key of every word and run of up to {@value #MAX_RUN} words of {@code sentence}, the
     * first word also without its clitics, in sentence order: each equal to {@link NameKey#of} of
     * the run's spelling. Each word is folded once and the runs join the folded words, since this
     * is the aligner's busiest use of the folding (three times as many runs as words, each up to
     * three times over).
     */
    static List<NameKey> arabicKeys(String sentence) {
        List<String> words = arabicWords(sentence);
        String[] forms = new String[words.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = ArabicFolding.wordForm(words.get(i));
        }
        List<NameKey> keys = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String first : withoutClitics(words.get(i))) {
                boolean article = ArabicFolding.startsWithArticle(first);
                StringBuilder run = new StringBuilder(first);
                StringBuilder form = new StringBuilder(first == words.get(i) ? forms[i] : ArabicFolding.wordForm(first));
                for (int j = i; j < Math.min(words.size(), i + MAX_RUN); j++) {
                    if (j > i) {
                        run.append(' ').append(words.get(j));
                        form.append(forms[j]);
                    }
                    String folded = ArabicFolding.collapse(form);
                    keys.add(new NameKey(run.toString(), folded, NameKey.skeleton(folded), article));
                }
            }
        }
        return keys;
    }

    /** Number of names of {@code english} that are found, confirmed by {@code matcher}, in {@code arabic}. */
    public static int sharedNames(NameSignature english, NameSignature arabic, NameMatcher matcher) {
        int shared = 0;
        for (List<NameKey> name : english.names) {
            if (foundIn(name, arabic, matcher)) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean foundIn(List<NameKey> name, NameSignature arabic, NameMatcher matcher) {
        for (NameKey k : name) {
            List<NameKey> hits = arabic.index.get(k.key());
            if (hits != null) {
                for (NameKey h : hits) {
                    if (matcher.matches(h, k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The best score of a name of this (Arabic) signature that {@code matcher} confirms as
     * {@code latin}, or -1 when there is none.
     */
    public double bestScore(NameKey latin, NameMatcher matcher) {
        double best = -1;
        for (NameKey h : index.getOrDefault(latin.key(), List.of())) {
            if (matcher.matches(h, latin)) {
                best = Math.max(best, matcher.score(h, latin));
            }
        }
        return best;
    }

    /** The keys of the names of this (English) signature, for {@link #ofArabic(String, Set)}. */
    public Set<String> keys() {
        return index.keySet();
    }

    /** Number of names this signature holds (English side), 0 for an Arabic signature. */
    public int nameCount() {
        return names.size();
    }

    /** The word itself, and without a leading conjunction, preposition, or both (وبالعراق → العراق). */
    static List<String> withoutClitics(String w) {
        List<String> out = new ArrayList<>(3);
        out.add(w);
        String rest = w;
        if (rest.length() > 3 && (rest.charAt(0) == WAW || rest.charAt(0) == FEH)) {
            rest = rest.substring(1);
            out.add(rest);
        }
        if (rest.length() > 3 && rest.charAt(0) == LAM && rest.charAt(1) == LAM) {
            out.add(ALEF + rest.substring(1));
        } else if (rest.length() > 3 && (rest.charAt(0) == BEH || rest.charAt(0) == LAM || rest.charAt(0) == KAF)) {
            out.add(rest.substring(1));
        }
        return out;
    }

    static List<String> arabicWords(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int start = -1;          // where the word began in s
        boolean skipped = false; // whether an ignorable character lies inside it
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (isIgnorable(c)) {
                skipped |= start >= 0;
                continue;
            }
            if (isArabicLetter(c)) {
                if (start < 0) {
                    start = i;
                }
                w.append(c);
            } else if (w.length() > 0) {
                // without a skipped character the word is a stretch of s: no copy of the builder
                out.add(skipped ? w.toString() : s.substring(start, start + w.length()));
                w.setLength(0);
                start = -1;
                skipped = false;
            }
        }
        return out;
    }

    private static Map<String, List<NameKey>> freeze(Map<String, List<NameKey>> m) {
        Map<String, List<NameKey>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
