package org.bitext.names;

import static org.bitext.names.ArabicLetters.*;

/**
 * Folds an Arabic-script spelling of a name to the same phonetic form as {@link LatinFolding}
 * (symbol alphabet in {@link NameKey}). The rules, in the order they apply:
 * <ol>
 *   <li><b>writing aids</b>: harakat, superscript alef and tatweel are dropped (shadda with them:
 *       doubling is folded anyway);</li>
 *   <li><b>article</b>: a word-initial ALEF LAM is removed when at least two letters follow, which
 *       also covers sun-letter assimilation (الشام ~ ash-Sham ~ Sham); the word الله is kept whole as
 *       "ala" (Hizbullah, Abdullah, Nasrallah);</li>
 *   <li><b>hamza seats</b>: initial أ آ ٱ → a, initial إ → i, any other hamza (ء ؤ ئ, medial أ إ) and
 *       AIN → the glottal symbol that Latin apostrophes fold to;</li>
 *   <li><b>long vowels</b>: ا ى ة → a; و and ي are consonants (w, y) at the start of a word or before
 *       a long vowel, otherwise vowels (u, i);</li>
 *   <li><b>consonants</b>: ق ك ک → k; ج گ ژ → j; غ → G; خ → X; ش → S; ت ش → S (for English ch);
 *       ث ذ → T; ص → s; ض → d; ط → t; ظ → z; ح → h; پ → b; ڤ → f;</li>
 *   <li><b>doubled letters</b> fold to one; a <b>word-final h</b> (ه, ح, and ة's h reading) is
 *       dropped.</li>
 * </ol>
 */
final class ArabicFolding {
    /** Phonetic form of the word الله, kept whole rather than read as article + "lh". */
    private static final String ALLAH_FORM = "ala";

    private ArabicFolding() {
    }

    static String form(String spelling) {
        StringBuilder out = new StringBuilder(spelling.length() + 4);
        StringBuilder word = new StringBuilder(16);
        int n = spelling.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? spelling.charAt(i) : ' ';
            if (isIgnorable(c)) {
                continue;
            }
            if (isArabicLetter(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                appendWord(word, out);
                word.setLength(0);
            }
        }
        LatinFolding.collapseInPlace(out);
        return out.toString();
    }

    /**
     * The form of one word of Arabic letters before doubled symbols are folded (rule 6's first
     * part): {@link #form} of a spelling is {@link #collapse} of its words' word forms, joined.
     * Lets a caller that folds many runs of the same words fold each word once.
     */
    static String wordForm(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        appendWord(word, out);
        return out.toString();
    }

    /** Rule 6, doubled symbols folded to one, over word forms joined by the caller. */
    static String collapse(CharSequence joinedWordForms) {
        StringBuilder out = new StringBuilder(joinedWordForms);
        LatinFolding.collapseInPlace(out);
        return out.toString();
    }

    /** True if the first Arabic word of {@code spelling} loses an article under rule 2. */
    static boolean startsWithArticle(String spelling) {
        int i = 0;
        while (i < spelling.length() && !isArabicLetter(spelling.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < spelling.length() && (isArabicLetter(spelling.charAt(j)) || isIgnorable(spelling.charAt(j)))) {
            j++;
        }
        char[] word = spelling.substring(i, j).toCharArray();
        return !isAllah(word, 0, word.length) && articleLength(word, 0, word.length) > 0;
    }

    private static boolean isAllah(char[] w, int from, int to) {
        return to - from == 4 && w[from] == ALEF && w[from + 1] == LAM && w[from + 2] == LAM && w[from + 3] == HEH;
    }

    /** Rule 2: the length of the article at the start of {@code w[from, to)}, 0 if none. */
    private static int articleLength(char[] w, int from, int to) {
        return to - from >= 4 && (w[from] == ALEF || w[from] == ALEF_WASLA) && w[from + 1] == LAM ? 2 : 0;
    }

    private static void appendWord(CharSequence w, StringBuilder out) {
        char[] letters = new char[w.length()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = w.charAt(i);
        }
        char[] form = new char[letters.length];
        out.append(form, 0, wordForm(letters, 0, letters.length, form, 0));
    }

    /**
     * Writes the {@link #wordForm} of the word {@code w[from, to)} into {@code out} from
     * {@code at}, for a caller that keeps its words and forms in arrays (a form is never longer
     * than its word: {@code out} needs {@code to - from} chars from {@code at}).
     *
     * @return where the form ends in {@code out}
     */
    static int wordForm(char[] w, int from, int to, char[] out, int at) {
        if (isAllah(w, from, to)) {
            ALLAH_FORM.getChars(0, ALLAH_FORM.length(), out, at);
            return at + ALLAH_FORM.length();
        }
        int start = from + articleLength(w, from, to);
        int o = at;
        for (int i = start; i < to; i++) {
            char c = w[i];
            boolean first = i == start;
            char next = i + 1 < to ? w[i + 1] : 0;
            switch (c) {
                case ALEF: case ALEF_MAKSURA: case TEH_MARBUTA: case ALEF_WASLA: case ALEF_MADDA:
                    out[o++] = 'a';
                    break;
                case ALEF_HAMZA_ABOVE:
                    out[o++] = first ? 'a' : '\'';
                    break;
                case ALEF_HAMZA_BELOW:
                    out[o++] = first ? 'i' : '\'';
                    break;
                case HAMZA: case WAW_HAMZA: case YEH_HAMZA: case AIN:
                    out[o++] = '\'';
                    break;
                case WAW:
                    out[o++] = first || isLongVowel(next) ? 'w' : 'u';
                    break;
                case YEH: case FARSI_YEH:
                    out[o++] = first || isLongVowel(next) ? 'y' : 'i';
                    break;
                case BEH: case PEH: out[o++] = 'b'; break;
                case TEH:
                    if (next == SHEEN) {
                        out[o++] = 'S';
                        i++;
                    } else {
                        out[o++] = 't';
                    }
                    break;
                case TAH: out[o++] = 't'; break;
                case THEH: case THAL: out[o++] = 'T'; break;
                case JEEM: case GAF: case JEH: out[o++] = 'j'; break;
                case HAH: case HEH: out[o++] = 'h'; break;
                case KHAH: out[o++] = 'X'; break;
                case DAL: case DAD: out[o++] = 'd'; break;
                case REH: out[o++] = 'r'; break;
                case ZAIN: case ZAH: out[o++] = 'z'; break;
                case SEEN: case SAD: out[o++] = 's'; break;
                case SHEEN: case TCHEH: out[o++] = 'S'; break;
                case GHAIN: out[o++] = 'G'; break;
                case FEH: case VEH: out[o++] = 'f'; break;
                case QAF: case KAF: case KEHEH: out[o++] = 'k'; break;
                case LAM: out[o++] = 'l'; break;
                case MEEM: out[o++] = 'm'; break;
                case NOON: out[o++] = 'n'; break;
                default: break;
            }
        }
        if (o - at > 1 && out[o - 1] == 'h') {
            o--;
        }
        return o;
    }

    private static boolean isLongVowel(char c) {
        return c == ALEF || c == ALEF_MAKSURA || c == TEH_MARBUTA || c == ALEF_MADDA;
    }
}
