package org.bitext.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bitext.names.FoldedWords;
import org.bitext.names.NameMatcher;
import org.bitext.names.NameSignature;
import org.bitext.names.RecentNames;

/**
 * Names as anchors between a Latin-script and an Arabic-script side: how many names of the
 * Latin side of a bead are found, transliterated, on its Arabic side (al-Qā’im ↔ القائم).
 * Silent for any other pair of scripts, where {@link SharedWords} sees identical names directly.
 *
 * <p>Signatures are built once per sentence; counts per sentence pair are memoised, since the
 * band visits each pair several times.
 */
final class NameAnchors {
    private final NameSignature[] latin;
    private final NameSignature[] arabic;
    /** Each sentence's name keys as sorted ids: most sentence pairs share none, and need no matcher. */
    private final int[][] latinKeys;
    private final int[][] arabicKeys;
    private final boolean sourceIsLatin;
    private final NameMatcher matcher = new NameMatcher();
    private final PairCache memo;
    private final boolean silent;
    /** Names held by the Latin side's sentences before each index: a bead without one shares none (most beads). */
    private final int[] latinNamesBefore;

    private NameAnchors(NameSignature[] latin, NameSignature[] arabic, boolean sourceIsLatin, boolean silent) {
        this.latin = latin;
        this.arabic = arabic;
        Map<String, Integer> ids = new HashMap<>();
        this.latinKeys = keyIds(latin, ids);
        this.arabicKeys = keyIds(arabic, ids);
        this.sourceIsLatin = sourceIsLatin;
        this.silent = silent;
        this.memo = new PairCache(latin.length);
        this.latinNamesBefore = new int[latin.length + 1];
        for (int l = 0; l < latin.length; l++) {
            latinNamesBefore[l + 1] = latinNamesBefore[l] + (silent ? 0 : latin[l].nameCount());
        }
    }

    /** Anchors for a document pair, or null when the sides are not one Latin, one Arabic script. */
    static NameAnchors of(List<String> source, List<String> target) {
        return of(source, target, new Folds());
    }

    /**
     * The folds of spellings and Arabic words an aligner has seen, shared by the documents it
     * aligns (and by its threads): news repeats its names and words from one document to the
     * next, and folding them is most of the cost of the anchors of a short document. Only pure
     * functions are memoised, so the anchors do not depend on what is in here; each memo is
     * bounded.
     */
    static final class Folds {
        /** The Latin side's names, with their keys; shared with the batch's respelling when it reads the same sentences. */
        private final RecentNames latin;
        private final FoldedWords arabic = new FoldedWords();

        Folds() {
            this(new RecentNames());
        }

        Folds(RecentNames latin) {
            this.latin = latin;
        }
    }

    /** {@link #of(List, List)} with the folds memoised in {@code folds}. */
    static NameAnchors of(List<String> source, List<String> target, Folds folds) {
        boolean sourceArabic = mostlyArabic(source);
        boolean targetArabic = mostlyArabic(target);
        if (sourceArabic == targetArabic) {
            return null;
        }
        List<String> latinSide = sourceArabic ? target : source;
        List<String> arabicSide = sourceArabic ? source : target;
        NameSignature[] latin = new NameSignature[latinSide.size()];
        // Signatures are pure functions of their sentence (the memo only saves work), so a long
        // document builds them on all cores, in any order, with the same result.
        sentences(latin.length).forEach(i -> latin[i] = NameSignature.ofEnglish(folds.latin.of(latinSide.get(i))));
        Set<String> keys = new HashSet<>();
        for (NameSignature signature : latin) {
            keys.addAll(Arrays.asList(signature.distinctKeys()));
        }
        boolean anyName = !keys.isEmpty();
        NameSignature[] arabic = new NameSignature[arabicSide.size()];
        if (anyName) {
            NameSignature.ArabicDocument document = new NameSignature.ArabicDocument(keys, folds.arabic);
            sentences(arabic.length).forEach(j -> arabic[j] = document.signature(arabicSide.get(j)));
        }
        return new NameAnchors(latin, arabic, !sourceArabic, !anyName);
    }

    /** Names of the Latin one of source sentence i and target sentence j found in the other, memoised. */
    int pairShared(int i, int j) {
        if (silent) {
            return 0;
        }
        int l = sourceIsLatin ? i : j;
        int r = sourceIsLatin ? j : i;
        // most pairs share no name key, which a merge of two short sorted arrays tells without the memo
        if (latinKeys[l].length == 0 || !intersect(latinKeys[l], arabicKeys[r])) {
            return 0;
        }
        float shared = memo.get(l, r);
        if (Float.isNaN(shared)) {
            shared = NameSignature.sharedNames(latin[l], arabic[r], matcher);
            memo.put(l, r, shared);
        }
        return (int) shared;
    }

    /** Whether the source side is the Latin one, whose names are counted. */
    boolean sourceIsLatin() {
        return sourceIsLatin;
    }

    /** Number of names the Latin side's sentence {@code l} holds: the most it can share with any bead. */
    int nameCount(int l) {
        return latinNamesBefore[l + 1] - latinNamesBefore[l];
    }

    /** Number of names the Latin side's sentences [from, from + count) hold. */
    int nameCount(int from, int count) {
        return latinNamesBefore[from + count] - latinNamesBefore[from];
    }

    /** Sentence indices, in parallel for a document long enough to pay for it. */
    private static IntStream sentences(int count) {
        IntStream indices = IntStream.range(0, count);
        return count >= SentenceAligner.PARALLEL_SENTENCES ? indices.parallel() : indices;
    }

    private static int[][] keyIds(NameSignature[] signatures, Map<String, Integer> ids) {
        int[][] out = new int[signatures.length][];
        int[] none = new int[0];
        for (int i = 0; i < signatures.length; i++) {
            String[] keys = signatures[i] == null ? null : signatures[i].distinctKeys();
            if (keys == null || keys.length == 0) {
                out[i] = none;  // most sentences of a side: no stream, no array of their own
                continue;
            }
            int[] sentenceIds = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                Integer id = ids.get(keys[k]);
                if (id == null) {
                    id = ids.size();
                    ids.put(keys[k], id);
                }
                sentenceIds[k] = id;
            }
            Arrays.sort(sentenceIds);
            out[i] = sentenceIds;
        }
        return out;
    }

    private static boolean intersect(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** {@link Character#isLetter(char)}. */
    static boolean isLetter(char c) {
        return (LETTER_KIND[c] & LETTER) != 0;
    }

    /** In {@link #LETTER_KIND}: a letter. */
    private static final int LETTER = 1;
    /** In {@link #LETTER_KIND}: a letter of the Arabic block (U+0600 to U+06FF). */
    private static final int ARABIC_LETTER = 3;
    /**
     * Per char: {@link #ARABIC_LETTER}, {@link #LETTER} or 0. {@link #mostlyArabic} adds its two
     * bits to its two counts, one look-up and no branch per char (Arabic letters, Latin letters
     * and spaces alternate on a side, and a test of each was mispredicted at every change).
     */
    private static final byte[] LETTER_KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_KIND[c] = !Character.isLetter((char) c) ? 0
                    : c >= '\u0600' && c <= '\u06FF' ? (byte) ARABIC_LETTER : (byte) LETTER;
        }
    }

    /**
     * Whether more than half the letters of {@code sentences} are Arabic. The count stops as soon
     * as the characters not yet seen, all letters of either kind, could no longer change the
     * answer: an English side is decided about half way, with the same answer as a full count.
     */
    static boolean mostlyArabic(List<String> sentences) {
        long unseen = 0;
        for (String s : sentences) {
            unseen += s.length();
        }
        long arabicLetters = 0;
        long letters = 0;
        for (String s : sentences) {
            for (int k = 0; k < s.length(); k++) {
                int kind = LETTER_KIND[s.charAt(k)];
                letters += kind & 1;
                arabicLetters += kind >> 1;
            }
            unseen -= s.length();
            if (arabicLetters * 2 > letters + unseen) {
                return true;   // a majority even if every unseen character were another letter
            }
            if ((arabicLetters + unseen) * 2 <= letters + unseen) {
                return false;  // no majority even if every unseen character were an Arabic letter
            }
        }
        return letters > 0 && arabicLetters * 2 > letters;
    }
}
