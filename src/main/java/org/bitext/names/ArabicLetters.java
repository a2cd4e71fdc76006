package org.bitext.names;

/**
 * Arabic letters and marks that the name rules refer to, as named constants (package-private:
 * the {@code text} package keeps its own folding for sentence matching; names need only these).
 */
final class ArabicLetters {
    static final char HAMZA = '\u0621';
    static final char ALEF_MADDA = '\u0622';
    static final char ALEF_HAMZA_ABOVE = '\u0623';
    static final char WAW_HAMZA = '\u0624';
    static final char ALEF_HAMZA_BELOW = '\u0625';
    static final char YEH_HAMZA = '\u0626';
    static final char ALEF = '\u0627';
    static final char BEH = '\u0628';
    static final char TEH_MARBUTA = '\u0629';
    static final char TEH = '\u062A';
    static final char THEH = '\u062B';
    static final char JEEM = '\u062C';
    static final char HAH = '\u062D';
    static final char KHAH = '\u062E';
    static final char DAL = '\u062F';
    static final char THAL = '\u0630';
    static final char REH = '\u0631';
    static final char ZAIN = '\u0632';
    static final char SEEN = '\u0633';
    static final char SHEEN = '\u0634';
    static final char SAD = '\u0635';
    static final char DAD = '\u0636';
    static final char TAH = '\u0637';
    static final char ZAH = '\u0638';
    static final char AIN = '\u0639';
    static final char GHAIN = '\u063A';
    static final char TATWEEL = '\u0640';
    static final char FEH = '\u0641';
    static final char QAF = '\u0642';
    static final char KAF = '\u0643';
    static final char LAM = '\u0644';
    static final char MEEM = '\u0645';
    static final char NOON = '\u0646';
    static final char HEH = '\u0647';
    static final char WAW = '\u0648';
    static final char ALEF_MAKSURA = '\u0649';
    static final char YEH = '\u064A';
    /** First and last of the harakat (fathatan .. sukun and the rarer marks after it). */
    static final char FIRST_MARK = '\u064B';
    static final char LAST_MARK = '\u065F';
    static final char SUPERSCRIPT_ALEF = '\u0670';
    static final char ALEF_WASLA = '\u0671';
    static final char PEH = '\u067E';
    static final char TCHEH = '\u0686';
    static final char JEH = '\u0698';
    static final char VEH = '\u06A4';
    static final char KEHEH = '\u06A9';
    static final char GAF = '\u06AF';
    static final char FARSI_YEH = '\u06CC';

    private ArabicLetters() {
    }

    /** True for letters of the Arabic block that spell names (not marks, digits or punctuation). */
    static boolean isArabicLetter(char c) {
        return (c >= HAMZA && c <= YEH && c != TATWEEL) || (c >= ALEF_WASLA && c <= '\u06D3');
    }

    /** True for harakat, superscript alef and tatweel: writing aids that names are matched without. */
    static boolean isIgnorable(char c) {
        return (c >= FIRST_MARK && c <= LAST_MARK) || c == SUPERSCRIPT_ALEF || c == TATWEEL;
    }
}
