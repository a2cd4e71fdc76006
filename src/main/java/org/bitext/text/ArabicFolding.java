package org.bitext.text;

/**
 * Orthographic folding of Arabic text, so that tokens spelled with or without vowel marks,
 * hamza seats or decorative stretching compare equal. The result is for matching only: it
 * changes lengths, so never use it to compute offsets into the original text.
 *
 * <p>{@link #fold} applies these rules, each to one character at a time:
 * <ol>
 *   <li>remove harakat: {@link #FATHATAN} to {@link #SUKUN} (U+064B–U+0652) and
 *       {@link #SUPERSCRIPT_ALEF} (U+0670);</li>
 *   <li>remove {@link #TATWEEL} (U+0640), the stretching character;</li>
 *   <li>alef variants {@link #ALEF_WITH_HAMZA_ABOVE} أ, {@link #ALEF_WITH_HAMZA_BELOW} إ,
 *       {@link #ALEF_WITH_MADDA_ABOVE} آ and {@link #ALEF_WASLA} ٱ become {@link #ALEF} ا;</li>
 *   <li>{@link #ALEF_MAKSURA} ى becomes {@link #YEH} ي;</li>
 *   <li>{@link #TEH_MARBUTA} ة becomes {@link #HEH} ه;</li>
 *   <li>{@link #WAW_WITH_HAMZA_ABOVE} ؤ becomes {@link #WAW} و;</li>
 *   <li>{@link #YEH_WITH_HAMZA_ABOVE} ئ becomes {@link #YEH} ي.</li>
 * </ol>
 * Every other character, Arabic or not, is kept as it is.
 *
 * <p>{@link #foldDigits} maps Arabic-Indic digits ٠–٩ (U+0660–U+0669) and Extended
 * Arabic-Indic (Persian, Urdu) digits ۰–۹ (U+06F0–U+06F9) to ASCII {@code 0}–{@code 9}.
 */
public final class ArabicFolding {
    public static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
    public static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
    public static final char WAW_WITH_HAMZA_ABOVE = '\u0624';
    public static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
    public static final char YEH_WITH_HAMZA_ABOVE = '\u0626';
    public static final char ALEF = '\u0627';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char TATWEEL = '\u0640';
    public static final char HEH = '\u0647';
    public static final char WAW = '\u0648';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char YEH = '\u064A';
    public static final char FATHATAN = '\u064B';
    public static final char SUKUN = '\u0652';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    public static final char ALEF_WASLA = '\u0671';

    public static final char ARABIC_INDIC_DIGIT_ZERO = '\u0660';
    public static final char ARABIC_INDIC_DIGIT_NINE = '\u0669';
    public static final char EXTENDED_ARABIC_INDIC_DIGIT_ZERO = '\u06F0';
    public static final char EXTENDED_ARABIC_INDIC_DIGIT_NINE = '\u06F9';

    private ArabicFolding() {
    }

    /** Folds Arabic spelling variants as listed in the class comment. */
    public static String fold(CharSequence arabic) {
        StringBuilder out = new StringBuilder(arabic.length());
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            if ((c >= FATHATAN && c <= SUKUN) || c == SUPERSCRIPT_ALEF || c == TATWEEL) {
                continue;
            }
            out.append(foldLetter(c));
        }
        return out.toString();
    }

    /** Replaces Arabic-Indic and Extended Arabic-Indic digits by ASCII digits. */
    public static String foldDigits(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ARABIC_INDIC_DIGIT_ZERO && c <= ARABIC_INDIC_DIGIT_NINE) {
                out.append((char) ('0' + (c - ARABIC_INDIC_DIGIT_ZERO)));
            } else if (c >= EXTENDED_ARABIC_INDIC_DIGIT_ZERO && c <= EXTENDED_ARABIC_INDIC_DIGIT_NINE) {
                out.append((char) ('0' + (c - EXTENDED_ARABIC_INDIC_DIGIT_ZERO)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char foldLetter(char c) {
        switch (c) {
            case ALEF_WITH_HAMZA_ABOVE:
            case ALEF_WITH_HAMZA_BELOW:
            case ALEF_WITH_MADDA_ABOVE:
            case ALEF_WASLA:
                return ALEF;
            case ALEF_MAKSURA:
            case YEH_WITH_HAMZA_ABOVE:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case WAW_WITH_HAMZA_ABOVE:
                return WAW;
            default:
                return c;
        }
    }
}
