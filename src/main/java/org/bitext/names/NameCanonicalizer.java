package org.bitext.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One spelling for each name of a batch. Spellings are counted over the batch (whole names and
 * their single words); spellings whose keys are equal and whose forms match the group's most
 * frequent spelling form a group. The canonical form is the group's most frequent spelling; if
 * two or more tie, the plain form of a scholarly spelling among them (al-Qā’im → al-Qaim), else
 * the first in alphabetical order. A canonical form with Arabic scholarly marks is written plain;
 * other spellings keep their accents and apostrophes. A one-word spelling that its document also
 * writes in lower case is a common word, not a name ({@link Counter#addDocument}).
 * A user's {@link NameOverrides} entry wins over all of this. Immutable once built but for the
 * {@link RecentNames} it finds the names of the sentences it rewrites in (a pure function's
 * bounded memo; names repeat from one document to the next), so it may be shared between threads.
 */
public final class NameCanonicalizer {
    /** The names of the sentences it rewrites, and the keys of spellings, shared with other readers of them. */
    private final RecentNames recent;
    private final NameMatcher matcher;
    private final NameTransliterator transliterator;
    private final List<NameGroup> groups;
    private final Map<String, String> canonicalBySpelling;
    private final Map<String, List<Integer>> groupsByKey;
    private final List<NameKey> representatives;

    private NameCanonicalizer(RecentNames recent, NameMatcher matcher, NameTransliterator transliterator,
            Map<String, Integer> counts, NameOverrides overrides) {
        this.recent = recent;
        this.matcher = matcher;
        this.transliterator = transliterator;
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(counts.entrySet());
        ordered.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<LinkedHashMap<String, Integer>> members = new ArrayList<>();
        List<NameKey> reps = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (Map.Entry<String, Integer> e : ordered) {
            NameKey k = NameKey.of(e.getKey());
            int g = find(k, byKey, reps);
            if (g < 0) {
                g = members.size();
                members.add(new LinkedHashMap<>());
                reps.add(k);
                byKey.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(g);
            }
            members.get(g).put(e.getKey(), e.getValue());
        }
        List<NameGroup> built = new ArrayList<>();
        Map<String, String> bySpelling = new HashMap<>();
        for (int g = 0; g < members.size(); g++) {
            String override = overrides.canonicalOf(reps.get(g), matcher);
            String canonical = override != null ? override : choose(members.get(g));
            built.add(new NameGroup(canonical, members.get(g)));
            for (String s : members.get(g).keySet()) {
                bySpelling.put(s, canonical);
            }
        }
        this.groups = List.copyOf(built);
        this.canonicalBySpelling = Map.copyOf(bySpelling);
        Map<String, List<Integer>> frozen = new HashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.groupsByKey = Map.copyOf(frozen);
        this.representatives = List.copyOf(reps);
    }

    /** Builds the canonical spellings of the names in {@code englishTexts}. */
    public static NameCanonicalizer fromTexts(Iterable<String> englishTexts, NameOverrides overrides) {
        Counter counter = new Counter();
        englishTexts.forEach(counter::add);
        return counter.build(overrides);
    }

    /**
     * Counts the name spellings of a batch one text at a time, so that a batch never has to be
     * held in memory to find its canonical spellings. Not thread-safe: one per batch.
     */
    public static final class Counter {
        private static final NameKey UNUSED_KEY = new NameKey("", "", "", false);
        private final NameFinder finder = new NameFinder();
        private final Map<String, Integer> counts = new HashMap<>();

        /** Counts the names of one text, a document of its own (see {@link #addDocument}). */
        public void add(String englishText) {
            addDocument(List.of(englishText));
        }

        /**
         * Counts the names of one document's sentences. A capitalised word that the same document
         * also writes in lower case is a common word at the start of a sentence or in a title
         * ("Given such progress", "Phase I"), not a name (Mikheev's document-centred rule): it is
         * not counted, so it never joins a group nor is respelled ("Given" is not "Gavin").
         * Each document is judged on its own, so counts of documents still add up.
         */
        public void addDocument(List<String> sentences) {
            // Only spellings are counted: the mentions get a placeholder for the key, which
            // would otherwise be folded for every name of every sentence and thrown away.
            List<String> spellings = new ArrayList<>();
            // each sentence cut into words once, for the names and for the lower-case words
            List<NameFinder.Bounds> tokens = new ArrayList<>(sentences.size());
            for (String sentence : sentences) {
                NameFinder.Bounds words = NameFinder.bounds(sentence);
                tokens.add(words);
                for (NameMention m : finder.findLatin(sentence, words, spelling -> UNUSED_KEY)) {
                    spellings.add(m.text());
                    if (m.words().size() > 1) {
                        for (NameMention w : m.words()) {
                            spellings.add(w.text());
                        }
                    }
                }
            }
            if (spellings.isEmpty()) {
                return;
            }
            Set<String> lowerCaseWords = lowerCaseWords(sentences, tokens, singleWordsInLowerCase(spellings));
            for (String spelling : spellings) {
                if (!isCommonWord(spelling, lowerCaseWords)) {
                    counts.merge(normalise(spelling), 1, Integer::sum);
                }
            }
        }

        public NameCanonicalizer build(NameOverrides overrides) {
            return fromCounts(counts, overrides);
        }

        /**
         * The spellings counted so far. Counts of several counters add up to those of one counter
         * over all their texts, so a batch may be counted in parts and joined with
         * {@link #fromCounts}.
         */
        public Map<String, Integer> counts() {
            return Map.copyOf(counts);
        }
    }

    /** Builds the canonical spellings from spellings already counted (either script). */
    public static NameCanonicalizer fromCounts(Map<String, Integer> counts, NameOverrides overrides) {
        return fromCounts(counts, overrides, new RecentNames());
    }

    /**
     * {@link #fromCounts(Map, NameOverrides)}, finding the names of the sentences it rewrites in
     * {@code recent} (where the aligner's anchors found them just before).
     */
    public static NameCanonicalizer fromCounts(Map<String, Integer> counts, NameOverrides overrides,
                                               RecentNames recent) {
        return new NameCanonicalizer(recent, new NameMatcher(), new NameTransliterator(), counts, overrides);
    }

    /** The groups of the batch, largest first. */
    public List<NameGroup> groups() {
        List<NameGroup> out = new ArrayList<>(groups);
        out.sort(Comparator.comparingInt(NameGroup::total).reversed().thenComparing(NameGroup::canonical));
        return List.copyOf(out);
    }

    /** The canonical spelling of {@code spelling}: its group's, or its own plain form if it has no group. */
    public String canonical(String spelling) {
        String c = canonicalBySpelling.get(normalise(spelling));
        if (c != null) {
            return c;
        }
        NameKey k = NameKey.of(spelling);
        int g = find(k, groupsByKey, representatives);
        if (g >= 0) {
            return groups.get(g).canonical();
        }
        return NameKey.isArabic(spelling) ? transliterator.toLatin(spelling) : transliterator.plain(spelling);
    }

    /** {@code sentence} with each name in the canonical spelling of its group. */
    public Rewrite rewrite(String sentence) {
        return rewrite(sentence, (spelling, canonical) -> true);
    }

    /**
     * {@link #rewrite(String)}, respelling a name only where {@code confirmed} accepts the keys of
     * its plain spelling and of its canonical form, or where the canonical form is the spelling
     * written plain.
     */
    public Rewrite rewrite(String sentence, BiPredicate<NameKey, NameKey> confirmed) {
        StringBuilder out = new StringBuilder(sentence.length());
        List<NameChange> changes = new ArrayList<>();
        int copied = 0;
        for (NameMention m : recent.of(sentence)) {
            String whole = replacement(m, sentence, confirmed);
            if (whole != null) {
                out.append(sentence, copied, m.start()).append(whole);
                changes.add(new NameChange(m.text(), whole));
                copied = m.end();
                continue;
            }
            if (m.words().size() > 1) {
                for (NameMention w : m.words()) {
                    String r = replacement(w, sentence, confirmed);
                    if (r != null) {
                        out.append(sentence, copied, w.start()).append(r);
                        changes.add(new NameChange(w.text(), r));
                        copied = w.end();
                    }
                }
            }
        }
        out.append(sentence, copied, sentence.length());
        return new Rewrite(out.toString(), changes);
    }

    /** The canonical spelling to write for {@code m}, or null to leave it as it is. */
    private String replacement(NameMention m, String sentence, BiPredicate<NameKey, NameKey> confirmed) {
        if (m.key().key().length() < NameSignature.MIN_KEY_LENGTH) {
            return null;
        }
        String c = canonicalBySpelling.get(normalise(m.text()));
        if (c == null && m.text().indexOf(' ') < 0) {
            // a word of the batch that was not counted is a common word (see Counter), or one
            // the batch never saw: matching it by key alone respelled "Given" as "Gavin"
            return null;
        }
        if (c == null) {
            int g = find(m.key(), groupsByKey, representatives);
            if (g < 0) {
                return null;
            }
            c = groups.get(g).canonical();
        }
        if (!c.isEmpty() && Character.isLowerCase(c.charAt(0)) && Character.isUpperCase(m.text().charAt(0))
                && atSentenceStart(sentence, m.start())) {
            c = c.substring(0, 1).toUpperCase(Locale.ROOT) + c.substring(1);
        }
        if (c.equals(m.text())) {
            return null;
        }
        // Writing a scholarly spelling plain (al-Qā’im → al-Qaim) keeps the name by construction;
        // any other respelling is judged on the plain spelling, so that marks never count against it.
        String plain = transliterator.plain(m.text());
        return c.equals(plain) || confirmed.test(recent.key(plain), recent.key(c)) ? c : null;
    }

    private static boolean atSentenceStart(String s, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                return false;
            }
            if (ch == '.' || ch == '!' || ch == '?') {
                return true;
            }
        }
        return true;
    }

    boolean sameName(NameKey a, NameKey b) {
        if (!a.key().equals(b.key()) || isNisba(a.form(), b.form()) || isNisba(b.form(), a.form())) {
            return false;
        }
        return matcher.matches(a, b);
    }

    /** {@code longer} is {@code shorter} with the adjective ending -i (Iraq, Iraqi): another word. */
    static boolean isNisba(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter) && longer.endsWith("i");
    }

    private int find(NameKey k, Map<String, List<Integer>> byKey, List<NameKey> reps) {
        int best = -1;
        double bestScore = -1;
        for (int g : byKey.getOrDefault(k.key(), List.of())) {
            if (sameName(reps.get(g), k)) {
                double score = matcher.score(reps.get(g), k);
                if (score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private String choose(Map<String, Integer> counts) {
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> tied = new ArrayList<>();
        counts.forEach((s, n) -> {
            if (n == top) {
                tied.add(s);
            }
        });
        tied.sort(Comparator.naturalOrder());
        String pick = tied.get(0);
        if (tied.size() > 1) {
            for (String s : tied) {
                if (NameFinder.hasScholarlyMark(s)) {
                    pick = s;
                    break;
                }
            }
        }
        if (NameKey.isArabic(pick)) {
            for (String s : counts.keySet()) {
                if (!NameKey.isArabic(s)) {
                    return transliterator.plain(s);
                }
            }
            return transliterator.toLatin(pick);
        }
        // Only an Arabic scholarly transliteration is written plain (al-Qā’im → al-Qaim); a name's
        // own accents and apostrophes stay (Rodríguez, Charité, O'Hagan, L'Oréal).
        return NameFinder.hasScholarlyMark(pick) ? transliterator.plain(pick) : pick;
    }

    /**
     * Whether {@code spelling} is one word that {@code lowerCaseWords} (a document's words written
     * in lower case) holds in lower case: then it is that common word, capitalised.
     */
    static boolean isCommonWord(String spelling, Set<String> lowerCaseWords) {
        return spelling.indexOf(' ') < 0 && lowerCaseWords.contains(spelling.toLowerCase(Locale.ROOT));
    }

    /** The one-word spellings among {@code spellings}, in lower case: the words {@link #isCommonWord} may ask for. */
    static Set<String> singleWordsInLowerCase(List<String> spellings) {
        Set<String> out = new HashSet<>();
        for (String spelling : spellings) {
            if (spelling.indexOf(' ') < 0) {
                out.add(spelling.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The words of {@code wanted} that {@code sentences} write as a word starting with a
     * lower-case letter, cut as {@link NameFinder#tokens} cuts name spellings ({@code don't},
     * {@code well-known}). Only the wanted ones: a set of every lower-case word of the document
     * cost a string and a set entry per word, and {@link #isCommonWord} only asks about its
     * names. A word is cut out of its sentence only when its hash ({@link String#hashCode}'s) is
     * a wanted word's.
     */
    static Set<String> lowerCaseWords(List<String> sentences, Set<String> wanted) {
        return lowerCaseWords(sentences, sentences.stream().map(NameFinder::bounds).toList(), wanted);
    }

    /** {@link #lowerCaseWords(List, Set)} of sentences already cut into words ({@link NameFinder#bounds}). */
    static Set<String> lowerCaseWords(List<String> sentences, List<NameFinder.Bounds> words, Set<String> wanted) {
        Set<String> out = new HashSet<>();
        if (wanted.isEmpty()) {
            return out;
        }
        // a bit per hash (folded to 12 bits): most words' hashes find their bit clear, and the
        // few others are checked against the set itself
        long[] hashes = new long[(1 << HASH_BITS) >>> 6];
        for (String w : wanted) {
            int bit = hashBit(w.hashCode());
            hashes[bit >>> 6] |= 1L << bit;
        }
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            NameFinder.Bounds tokens = words.get(i);
            for (int t = 0; t < tokens.count(); t++) {
                int start = tokens.start(t);
                int end = tokens.end(t);
                if (!Character.isLowerCase(s.charAt(start))) {
                    continue;
                }
                int hash = 0;
                for (int k = start; k < end; k++) {
                    hash = 31 * hash + s.charAt(k);
                }
                int bit = hashBit(hash);
                if ((hashes[bit >>> 6] & 1L << bit) != 0) {
                    String word = s.substring(start, end);
                    if (wanted.contains(word)) {
                        out.add(word);
                    }
                }
            }
        }
        return out;
    }

    private static final int HASH_BITS = 12;

    private static int hashBit(int hash) {
        return hash * 0x9E3779B9 >>> (Integer.SIZE - HASH_BITS);
    }

    /** A sentence-initial "Al-"/"El-" article is the same spelling as "al-"/"el-". */
    static String normalise(String spelling) {
        if (spelling.length() > 3 && (spelling.startsWith("Al-") || spelling.startsWith("El-"))) {
            return Character.toLowerCase(spelling.charAt(0)) + spelling.substring(1);
        }
        return spelling;
    }
}
