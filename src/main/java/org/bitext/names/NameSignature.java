package org.bitext.names;

import static org.bitext.names.ArabicLetters.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * Every key of the signature, sorted by {@link NameKey#key()}: a look-up is a binary search.
     * An array, not a map of lists: a long document's Arabic signatures hold hundreds of
     * thousands of keys, and a map entry and a list for each were a tenth of the aligner's heap.
     */
    private final NameKey[] byKey;

    private NameSignature(List<List<NameKey>> names, List<NameKey> keys) {
        this.names = names;
        this.byKey = keys.toArray(new NameKey[0]);
        Arrays.sort(byKey, Comparator.comparing(NameKey::key));
    }

    /** Signature of an English sentence: each name found, as its whole key and its words' keys. */
    public static NameSignature ofEnglish(String sentence, NameFinder finder) {
        return ofEnglish(sentence, finder, NameKey::of);
    }

    /** {@link #ofEnglish(String, NameFinder)} with the keys of spellings from {@code keyOf} (a memo, say). */
    public static NameSignature ofEnglish(String sentence, NameFinder finder, Function<String, NameKey> keyOf) {
        return ofEnglish(finder.findLatin(sentence, keyOf));
    }

    /** {@link #ofEnglish(String, NameFinder)} of the names a finder found in the sentence. */
    public static NameSignature ofEnglish(List<NameMention> found) {
        List<List<NameKey>> names = new ArrayList<>();
        List<NameKey> index = new ArrayList<>();
        for (NameMention m : found) {
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
                index.addAll(keys);
            }
        }
        return new NameSignature(List.copyOf(names), index);
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
        List<NameKey> index = new ArrayList<>();
        for (NameKey k : wanted == null ? arabicKeys(sentence)
                : wantedArabicKeys(sentence, KeyTrie.of(wanted), FoldedWords.UNCACHED)) {
            if (k.key().length() >= MIN_KEY_LENGTH && (wanted == null || wanted.contains(k.key()))) {
                index.add(k);
            }
        }
        return new NameSignature(List.of(), index);
    }

    /** A skeleton length that the packed form of a skeleton ({@link FoldedWord#prefix0}) saturates at. */
    static final int MAX_PACKED_LENGTH = 0xFFFF;

    /**
     * The length of a skeleton from its packed form, or {@link #MAX_PACKED_LENGTH} for a longer
     * one: the scan only asks whether it is 0, 1, 2 or more.
     */
    private static int skeletonLength(long packed) {
        return (int) (packed >>> 48);
    }

    /**
     * The keys of {@link #arabicKeys} that are in {@code wanted}, found without building the
     * others: a run's key is the join of its words' skeletons (a skeleton drops weak symbols and
     * folds doubled ones, so {@code skeleton(a + b)} is {@code skeleton(a)} followed by
     * {@code skeleton(b)} less its first symbol when that repeats the last of the first part).
     * Only a wanted key gets its spelling and form, and a run stops growing once its key is no
     * longer the start of a wanted key (it has left the trie; a word with an empty skeleton
     * leaves the key as it is). Almost no run of a sentence is a name from the other side, and
     * this is the aligner's busiest use of the folding.
     */
    static List<NameKey> wantedArabicKeys(String sentence, KeyTrie wanted, FoldedWords.Folder fold) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        // The words as arabicWords gives them, one after the other in `letters`: word k
        // is letters[offsets[k], offsets[k + 1]). Each is folded from there, as a string only when
        // the memo does not know it, and spelt out only in a wanted key.
        int n = sentence.length();
        // The sentence is copied in whole and its letters are moved down in place (a letter is
        // never written after where it was read): one bulk copy instead of a string's bounds and
        // coder tests at every char.
        char[] letters = new char[n];
        sentence.getChars(0, n, letters, 0);
        int[] offsets = new int[n / 2 + 2];
        FoldedWord[] folded = new FoldedWord[n / 2 + 1];
        int count = 0;
        int end = 0;
        int hash = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? letters[i] : ' ';
            if (isIgnorable(c)) {
                continue;
            }
            if (isArabicLetter(c)) {
                letters[end++] = c;
                hash = 31 * hash + c;
            } else if (end > offsets[count]) {
                folded[count] = fold.fold(letters, offsets[count], end - offsets[count], hash);
                offsets[++count] = end;
                hash = 0;
            }
        }
        List<NameKey> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FoldedWord word = folded[i];
            for (int v = 0; v < word.spellingCount; v++) {
                // the first two characters of the skeleton, kept in the word: most runs leave the
                // trie within them, and the skeleton's string is read only by those that do not
                long prefix = word.skeletonPrefix(v);
                int length = skeletonLength(prefix);
                int node = length == 0 ? KeyTrie.ROOT : wanted.step(KeyTrie.ROOT, (char) prefix);
                if (length > 1 && node != KeyTrie.NONE) {
                    node = wanted.step(node, (char) (prefix >>> 16));
                }
                if (node == KeyTrie.NONE) {
                    continue;
                }
                if (length > 2) {
                    String firstSkeleton = word.skeletons[v];
                    node = wanted.walk(node, firstSkeleton, 2, firstSkeleton.length());
                }
                // the key is only followed through the trie, and spelt out for a wanted one (rare):
                // all its growth needs is its last character (-1 while empty)
                int last = length == 0 ? -1 : (char) (prefix >>> 32);
                for (int j = i; j < Math.min(count, i + MAX_RUN) && node != KeyTrie.NONE; j++) {
                    if (j > i) {
                        // the next word's skeleton from its packed start too: its string is read
                        // only when the run is still in the trie after two characters
                        long next = folded[j].skeletonPrefix(0);
                        int nextLength = skeletonLength(next);
                        if (nextLength > 0) {
                            int from = last == (char) next ? 1 : 0;
                            for (int k = from; k < Math.min(2, nextLength) && node != KeyTrie.NONE; k++) {
                                node = wanted.step(node, (char) (next >>> (16 * k)));
                            }
                            if (nextLength > 2 && node != KeyTrie.NONE) {
                                String skeleton = folded[j].skeletons[0];
                                node = wanted.walk(node, skeleton, 2, skeleton.length());
                            }
                            last = (char) (next >>> 32);
                        }
                    }
                    // once off the trie, a longer run only appends to the key: no wanted key can follow
                    // the run's skeleton is the key the trie reached: the characters followed are it
                    if (node != KeyTrie.NONE && wanted.isKey(node)) {
                        keys.add(j == i ? word.alone(v) : runKey(letters, offsets, folded, i, j, v, wanted.keyAt(node)));
                    }
                }
            }
        }
        return keys;
    }

    /**
     * An Arabic word's spellings with and without its clitics ({@link #withoutClitics}, the word
     * itself first), and the form and skeleton of each: all that {@link #wantedArabicKeys} asks of
     * a word, so that a memo of words answers it in one look-up rather than one per spelling (a
     * third of the words of news have a clitic spelling, some two). Its folds never change; the
     * keys of its spellings alone are made when first wanted ({@link #alone}), safely shared.
     */
    public static final class FoldedWord {
        private final String[] spellings;
        private final String[] forms;
        private final String[] skeletons;
        /**
         * The key of each spelling alone, made the first time it is wanted: a name is mostly one
         * word, and news repeats it, so this spares a key (three strings) per occurrence. Filled
         * racily by the threads that share the word, which is safe: a key is immutable (final
         * fields), and any thread that finds none makes an equal one.
         */
        private final NameKey[] alone;

        /** The number of spellings, here rather than read from the array. */
        private final int spellingCount;
        /**
         * Per spelling (up to three, see {@link #skeletonPrefix}): the skeleton's length in bits
         * 48–63 ({@link #MAX_PACKED_LENGTH} for that or longer), its last char in bits 32–47, its
         * second in bits 16–31 and its first in bits 0–15 (0 where shorter). The signature's scan
         * follows these through the wanted keys' trie, for a run's first word and for each word
         * that extends it, and reads a skeleton's string only past its second character: the
         * strings are spread over the heap, and reading them for every word missed the cache
         * where almost every run leaves the trie within two characters of a word.
         */
        private final long prefix0;
        private final long prefix1;
        private final long prefix2;

        private FoldedWord(String[] spellings) {
            this.spellings = spellings;
            this.spellingCount = spellings.length;
            this.forms = new String[spellings.length];
            this.skeletons = new String[spellings.length];
            this.alone = new NameKey[spellings.length];
            long[] prefixes = new long[MAX_CLITIC_VARIANTS];
            for (int v = 0; v < spellings.length; v++) {
                forms[v] = ArabicFolding.wordForm(spellings[v]);
                skeletons[v] = NameKey.skeleton(forms[v]);
                String k = skeletons[v];
                prefixes[v] = (long) Math.min(k.length(), MAX_PACKED_LENGTH) << 48
                        | (k.isEmpty() ? 0 : (long) k.charAt(k.length() - 1) << 32)
                        | (k.length() > 1 ? (long) k.charAt(1) << 16 : 0)
                        | (k.isEmpty() ? 0 : k.charAt(0));
            }
            this.prefix0 = prefixes[0];
            this.prefix1 = prefixes[1];
            this.prefix2 = prefixes[2];
        }

        /** The packed start and end of spelling {@code v}'s skeleton (see {@link #prefix0}). */
        long skeletonPrefix(int v) {
            return v == 0 ? prefix0 : v == 1 ? prefix1 : prefix2;
        }

        /** The key of spelling {@code v} as a run of one word, as {@link #runKey} makes it. */
        NameKey alone(int v) {
            NameKey key = alone[v];
            if (key == null) {
                key = new NameKey(spellings[v], ArabicFolding.collapse(forms[v]), skeletons[v],
                        ArabicFolding.startsWithArticle(spellings[v]));
                alone[v] = key;
            }
            return key;
        }

        /** The folds of {@code word}, an Arabic word as {@link #arabicWords} gives it. */
        public static FoldedWord of(String word) {
            String[] variants = new String[MAX_CLITIC_VARIANTS];
            return new FoldedWord(Arrays.copyOf(variants, withoutClitics(word, variants)));
        }
    }

    /**
     * The signatures of one document's Arabic sentences against the names wanted from the other
     * side, folding each distinct word once: news repeats its words, and folding is most of the
     * cost of a signature. Its memo of folded words is concurrent, so several threads may build the
     * signatures of one document.
     */
    public static final class ArabicDocument {
        private final KeyTrie wanted;
        private final FoldedWords folds;
        private final Map<NameKey, NameKey> keys = new ConcurrentHashMap<>();

        public ArabicDocument(Set<String> wanted) {
            this(wanted, new FoldedWords());
        }

        /**
         * @param folds a memo of word folds to use and fill, which a caller may share between
         *              documents and threads (words repeat from one document to the next)
         */
        public ArabicDocument(Set<String> wanted, FoldedWords folds) {
            this.wanted = KeyTrie.of(wanted);
            this.folds = folds;
        }

        public NameSignature signature(String sentence) {
            List<NameKey> index = new ArrayList<>();
            for (NameKey k : wantedArabicKeys(sentence, wanted, folds.forThisThread())) {
                if (k.key().length() >= MIN_KEY_LENGTH) {
                    index.add(shared(k));
                }
            }
            return new NameSignature(List.of(), index);
        }

        /**
         * The document's one instance of {@code key}: a long document repeats its names, and with
         * a new key (three strings) kept for every occurrence, the Arabic signatures of a
         * 40,000-sentence document held 300,000 keys, a quarter of the aligner's heap.
         */
        private NameKey shared(NameKey key) {
            NameKey first = keys.putIfAbsent(key, key);
            return first != null ? first : key;
        }
    }

    /**
     * The full key of the run of words i..j (word k is {@code letters[offsets[k], offsets[k + 1])})
     * whose first word is spelt as its variant {@code v}.
     */
    private static NameKey runKey(char[] letters, int[] offsets, FoldedWord[] folded, int i, int j, int v,
                                  String skeleton) {
        String first = folded[i].spellings[v];
        StringBuilder run = new StringBuilder(first);
        StringBuilder form = new StringBuilder(folded[i].forms[v]);
        for (int k = i + 1; k <= j; k++) {
            run.append(' ').append(letters, offsets[k], offsets[k + 1] - offsets[k]);
            form.append(folded[k].forms[0]);
        }
        return new NameKey(run.toString(), ArabicFolding.collapse(form), skeleton,
                ArabicFolding.startsWithArticle(first));
    }

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
            for (int at = arabic.first(k.key()); at < arabic.byKey.length && arabic.byKey[at].key().equals(k.key()); at++) {
                if (matcher.matches(arabic.byKey[at], k)) {
                    return true;
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
        for (int at = first(latin.key()); at < byKey.length && byKey[at].key().equals(latin.key()); at++) {
            NameKey h = byKey[at];
            if (matcher.matches(h, latin)) {
                best = Math.max(best, matcher.score(h, latin));
            }
        }
        return best;
    }

    /** The keys of the names of this (English) signature, for {@link #ofArabic(String, Set)}. */
    public Set<String> keys() {
        return new HashSet<>(Arrays.asList(distinctKeys()));
    }

    /**
     * The distinct keys of this signature, in order: its keys are kept sorted, so equal ones are
     * neighbours and no set is needed (the aligner numbers the keys of every sentence of a pair).
     */
    public String[] distinctKeys() {
        if (byKey.length == 0) {
            return NO_KEYS;
        }
        String[] keys = new String[byKey.length];
        int count = 0;
        for (NameKey k : byKey) {
            if (count == 0 || !keys[count - 1].equals(k.key())) {
                keys[count++] = k.key();
            }
        }
        return count == keys.length ? keys : Arrays.copyOf(keys, count);
    }

    private static final String[] NO_KEYS = new String[0];

    /** Number of names this signature holds (English side), 0 for an Arabic signature. */
    public int nameCount() {
        return names.size();
    }

    /** The word itself, and without a leading conjunction, preposition, or both (وبالعراق → العراق). */
    static List<String> withoutClitics(String w) {
        String[] variants = new String[MAX_CLITIC_VARIANTS];
        int count = withoutClitics(w, variants);
        return List.of(Arrays.copyOf(variants, count));
    }

    /** The most spellings {@link #withoutClitics} gives a word. */
    private static final int MAX_CLITIC_VARIANTS = 3;

    /**
     * {@link #withoutClitics(String)} written to {@code out} (the word itself first), returning how
     * many: the aligner asks it of every word, and a list per word was a good part of its cost.
     */
    static int withoutClitics(String w, String[] out) {
        int n = 0;
        out[n++] = w;
        String rest = w;
        if (rest.length() > 3 && (rest.charAt(0) == WAW || rest.charAt(0) == FEH)) {
            rest = rest.substring(1);
            out[n++] = rest;
        }
        if (rest.length() > 3 && rest.charAt(0) == LAM && rest.charAt(1) == LAM) {
            out[n++] = ALEF + rest.substring(1);
        } else if (rest.length() > 3 && (rest.charAt(0) == BEH || rest.charAt(0) == LAM || rest.charAt(0) == KAF)) {
            out[n++] = rest.substring(1);
        }
        return n;
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

    /** Where the keys equal to {@code key} start in {@link #byKey} (its length when there is none). */
    private int first(String key) {
        int lo = 0;
        int hi = byKey.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byKey[mid].key().compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
