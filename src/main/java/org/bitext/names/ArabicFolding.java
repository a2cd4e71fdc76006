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
        CharSequence word = spelling.subSequence(i, j);
        return !isAllah(word) && articleLength(word) > 0;
    }

    static boolean isAllah(CharSequence w) {
        return w.length() == 4 && w.charAt(0) == ALEF && w.charAt(1) == LAM && w.charAt(2) == LAM
                && w.charAt(3) == HEH;
    }

    /** Rule 2: the length of the article at the start of {@code w}, 0 if none. */
    static int articleLength(CharSequence w) {
        return w.length() >= 4 && (w.charAt(0) == ALEF || w.charAt(0) == ALEF_WASLA)
                && w.charAt(1) == LAM ? 2 : 0;
    }

    private static void appendWord(CharSequence w, StringBuilder out) {
        if (isAllah(w)) {
            out.append(ALLAH_FORM);
            return;
        }
        int start = articleLength(w);
        int n = w.length();
        int wordStart = out.length();
        for (int i = start; i < n; i++) {
            char c = w.charAt(i);
            boolean first = i == start;
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            switch (c) {
                case ALEF: case ALEF_MAKSURA: case TEH_MARBUTA: case ALEF_WASLA: case ALEF_MADDA:
                    out.append('a');
                    break;
                case ALEF_HAMZA_ABOVE:
                    out.append(first ? 'a' : '\'');
                    break;
                case ALEF_HAMZA_BELOW:
                    out.append(first ? 'i' : '\'');
                    break;
                case HAMZA: case WAW_HAMZA: case YEH_HAMZA: case AIN:
                    out.append('\'');
                    break;
                case WAW:
                    out.append(first || isLongVowel(next) ? 'w' : 'u');
                    break;
                case YEH: case FARSI_YEH:
                    out.append(first || isLongVowel(next) ? 'y' : 'i');
                    break;
                case BEH: case PEH: out.append('b'); break;
                case TEH:
                    if (next == SHEEN) {
                        out.append('S');
                        i++;
                    } else {
                        out.append('t');
                    }
                    break;
                case TAH: out.append('t'); break;
                case THEH: case THAL: out.append('T'); break;
                case JEEM: case GAF: case JEH: out.append('j'); break;
                case HAH: case HEH: out.append('h'); break;
                case KHAH: out.append('X'); break;
                case DAL: case DAD: out.append('d'); break;
                case REH: out.append('r'); break;
                case ZAIN: case ZAH: out.append('z'); break;
                case SEEN: case SAD: out.append('s'); break;
                case SHEEN: case TCHEH: out.append('S'); break;
                case GHAIN: out.append('G'); break;
                case FEH: case VEH: out.append('f'); break;
                case QAF: case KAF: case KEHEH: out.append('k'); break;
                case LAM: out.append('l'); break;
                case MEEM: out.append('m'); break;
                case NOON: out.append('n'); break;
                default: break;
            }
        }
        int end = out.length();
        if (end - wordStart > 1 && out.charAt(end - 1) == 'h') {
            out.setLength(end - 1);
        }
    }

    private static boolean isLongVowel(char c) {
        return c == ALEF || c == ALEF_MAKSURA || c == TEH_MARBUTA || c == ALEF_MADDA;
    }
}
