package org.bitext.names;

/**
 * Decides whether two spellings name the same thing: a weighted edit distance between their
 * phonetic forms ({@link NameKey#form()}), turned into a similarity in [0, 1].
 *
 * <p>The weights say what spellings of one name differ by: a short vowel that Arabic script
 * leaves unwritten or that a Latin spelling adds costs {@value #VOWEL_INDEL}; a hamza or ʿayn,
 * written or not, {@value #GLOTTAL_INDEL}; one vowel for another (e/i, o/u after folding, a/i)
 * {@value #VOWEL_SUB}; a semivowel for its vowel (y/i, w/u) {@value #SEMIVOWEL_SUB}; a few
 * consonant pairs that transliterations confuse (k/G for q/g, j/G, t/T, s/z ...) cost less than a
 * consonant, which costs 1. The similarity is {@code 1 - cost / weight}, where the weight of a
 * form is the cost of deleting all of it, so that the score does not favour long names.
 *
 * <p>The default threshold was chosen on the training splits of the dev data (see
 * bench/names/README.md): it keeps false matches on random pairs at or below 0.1%.
 */
public final class NameMatcher {
    static final double VOWEL_INDEL = 0.35;
    static final double GLOTTAL_INDEL = 0.2;
    static final double SEMIVOWEL_INDEL = 0.5;
    static final double H_INDEL = 0.6;
    static final double CONSONANT_INDEL = 1.0;
    static final double VOWEL_SUB = 0.3;
    static final double SEMIVOWEL_SUB = 0.1;

    /** Similarity at or above which two spellings are taken as one name. */
    public static final double DEFAULT_THRESHOLD = 0.68;

    private static final int SYMBOLS = 128;
    private static final double[] INDEL = new double[SYMBOLS];
    private static final double[][] SUB = new double[SYMBOLS][SYMBOLS];

    static {
        for (int c = 0; c < SYMBOLS; c++) {
            INDEL[c] = CONSONANT_INDEL;
            for (int d = 0; d < SYMBOLS; d++) {
                SUB[c][d] = c == d ? 0 : 1.0;
            }
        }
        for (char v : new char[] {'a', 'i', 'u'}) {
            INDEL[v] = VOWEL_INDEL;
        }
        INDEL['y'] = SEMIVOWEL_INDEL;
        INDEL['w'] = SEMIVOWEL_INDEL;
        INDEL['\''] = GLOTTAL_INDEL;
        INDEL['h'] = H_INDEL;
        pair("ai", VOWEL_SUB);
        pair("au", VOWEL_SUB);
        pair("iu", VOWEL_SUB);
        pair("yi", SEMIVOWEL_SUB);
        pair("wu", SEMIVOWEL_SUB);
        pair("ya", 0.4);
        pair("yu", 0.4);
        pair("wa", 0.4);
        pair("wi", 0.4);
        pair("yw", 0.5);
        pair("'a", 0.25);
        pair("'i", 0.25);
        pair("'u", 0.25);
        pair("'h", 0.4);
        pair("hX", 0.4);
        pair("kX", 0.4);
        pair("kG", 0.5);
        pair("jG", 0.3);
        pair("kj", 0.5);
        pair("GX", 0.5);
        pair("sz", 0.4);
        pair("sS", 0.5);
        pair("sT", 0.4);
        pair("zT", 0.3);
        pair("tT", 0.3);
        pair("dT", 0.3);
        pair("td", 0.5);
        pair("jz", 0.6);
        pair("jS", 0.6);
        pair("bf", 0.7);
        pair("SX", 0.5);
        pair("kS", 0.5);
    }

    private static void pair(String ab, double cost) {
        SUB[ab.charAt(0)][ab.charAt(1)] = cost;
        SUB[ab.charAt(1)][ab.charAt(0)] = cost;
    }

    private final double threshold;

    public NameMatcher() {
        this(DEFAULT_THRESHOLD);
    }

    public NameMatcher(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold not in [0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** True if {@code a} and {@code b} score at or above the threshold. */
    public boolean matches(NameKey a, NameKey b) {
        boolean bothLatin = !NameKey.isArabic(a.spelling()) && !NameKey.isArabic(b.spelling());
        return score(a, b) >= (bothLatin ? Math.max(threshold, LATIN_THRESHOLD) : threshold);
    }

    /**
     * Two Latin spellings write every vowel, so they must agree more closely than a Latin and an
     * Arabic one (Qaim and Qom score 0.76; East and West 0.82; spellings of one seed name 0.93 or more).
     */
    public static final double LATIN_THRESHOLD = 0.85;

    /** Similarity of two spellings in [0, 1]; 1 for equal phonetic forms, 0 if either is empty. */
    public double score(NameKey a, NameKey b) {
        double s = similarity(a.form(), b.form());
        // An Arabic word may begin with the letters of the article without having one
        // (اليشير, Alisher): compare with the article read as part of the name too.
        if (s < 1 && a.articleDropped()) {
            s = Math.max(s, similarity(ARTICLE_FORM + a.form(), b.form()));
        }
        if (s < 1 && b.articleDropped()) {
            s = Math.max(s, similarity(a.form(), ARTICLE_FORM + b.form()));
        }
        return s;
    }

    /** Phonetic form of an article read as letters: "al". */
    private static final String ARTICLE_FORM = "al";

    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double weight = Math.max(weight(a), weight(b));
        return Math.max(0, 1 - cost(a, b) / weight);
    }

    static double weight(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += indel(s.charAt(i));
        }
        return w;
    }

    private static double indel(char c) {
        return c < SYMBOLS ? INDEL[c] : CONSONANT_INDEL;
    }

    private static double sub(char c, char d) {
        if (c == d) {
            return 0;
        }
        return c < SYMBOLS && d < SYMBOLS ? SUB[c][d] : 1.0;
    }

    /** Weighted Levenshtein distance, two rolling rows. */
    static double cost(String a, String b) {
        int n = a.length();
        int m = b.length();
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            double da = indel(ca);
            cur[0] = prev[0] + da;
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double best = prev[j - 1] + sub(ca, cb);
                double del = prev[j] + da;
                if (del < best) {
                    best = del;
                }
                double ins = cur[j - 1] + indel(cb);
                if (ins < best) {
                    best = ins;
                }
                cur[j] = best;
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
