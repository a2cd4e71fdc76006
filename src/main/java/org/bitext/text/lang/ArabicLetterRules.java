package org.bitext.text.lang;

import java.util.Arrays;
import java.util.List;

/**
 * Letters that only some Arabic-script languages write, as prior evidence added to the
 * n-gram scores of the languages that use them.
 *
 * <p>Rules (each occurrence of a letter, up to {@value #MAX_OCCURRENCES} per letter, adds
 * {@value #BONUS} nats to every language whose set holds it):
 * <ul>
 *   <li>Persian {@code fa}: peh, tcheh, jeh, gaf, keheh, Farsi yeh.</li>
 *   <li>Urdu {@code ur}: tteh, ddal, rreh, noon ghunna, yeh barree, heh doachashmee.</li>
 *   <li>Pashto {@code ps}: teh with ring, hah with hamza above, hah with three dots, dal with
 *       ring, reh with ring, reh with dot below and above, seen with dot below and above, kaf
 *       with ring, noon with ring, yeh with tail, yeh with two dots below (e).</li>
 *   <li>Sorani {@code ckb}: reh with small v below, lam with small v, oe, yeh with small v,
 *       ae.</li>
 *   <li>Sindhi {@code sd}: the implosives and aspirates (beeh, beheh, teheh, tteheh, dyeh, nyeh,
 *       tcheheh, dahal, ddahal, dul, reh with four dots, peheh, swash kaf, rnoon, gueh,
 *       ngoeh, ...), the Sindhi ampersand and postposition sign, and heh doachashmee,
 *       which Sindhi shares with Urdu.</li>
 *   <li>Uyghur {@code ug}: u, yu, ve, e, ae, ng.</li>
 * </ul>
 * The sets overlap on purpose (ae is Sorani and Uyghur, e is Pashto and Uyghur): a letter is
 * evidence for every language that writes it, and the n-gram model settles the rest.
 */
final class ArabicLetterRules {
    static final double BONUS = 1.5;
    static final int MAX_OCCURRENCES = 3;

    static final char PEH = '\u067E';
    static final char TCHEH = '\u0686';
    static final char JEH = '\u0698';
    static final char GAF = '\u06AF';
    static final char KEHEH = '\u06A9';
    static final char FARSI_YEH = '\u06CC';

    static final char TTEH = '\u0679';
    static final char DDAL = '\u0688';
    static final char RREH = '\u0691';
    static final char NOON_GHUNNA = '\u06BA';
    static final char YEH_BARREE = '\u06D2';
    static final char HEH_DOACHASHMEE = '\u06BE';

    static final char TEH_WITH_RING = '\u067C';
    static final char HAH_WITH_HAMZA_ABOVE = '\u0681';
    static final char HAH_WITH_THREE_DOTS_ABOVE = '\u0685';
    static final char DAL_WITH_RING = '\u0689';
    static final char REH_WITH_RING = '\u0693';
    static final char REH_WITH_DOT_BELOW_AND_ABOVE = '\u0696';
    static final char SEEN_WITH_DOT_BELOW_AND_ABOVE = '\u069A';
    static final char KAF_WITH_RING = '\u06AB';
    static final char NOON_WITH_RING = '\u06BC';
    static final char YEH_WITH_TAIL = '\u06CD';
    static final char E = '\u06D0';

    static final char REH_WITH_SMALL_V_BELOW = '\u0695';
    static final char LAM_WITH_SMALL_V = '\u06B5';
    static final char OE = '\u06C6';
    static final char YEH_WITH_SMALL_V = '\u06CE';
    static final char AE = '\u06D5';

    static final char DYEH = '\u0684';
    static final char NYEH = '\u0683';
    static final char TCHEHEH = '\u0687';
    static final char DAL_WITH_DOT_BELOW = '\u068A';
    static final char DAHAL = '\u068C';
    static final char DDAHAL = '\u068D';
    static final char DUL = '\u068F';
    static final char REH_WITH_FOUR_DOTS_ABOVE = '\u0699';
    static final char PEHEH = '\u06A6';
    static final char SWASH_KAF = '\u06AA';
    static final char RNOON = '\u06BB';
    static final char BEEH = '\u067B';
    static final char GUEH = '\u06B3';
    static final char BEHEH = '\u0680';
    static final char TEHEH = '\u067A';
    static final char TTEHEH = '\u067D';
    static final char NGOEH = '\u06B1';
    static final char SINDHI_POSTPOSITION_MEN = '\u06FE';
    static final char SINDHI_AMPERSAND = '\u06FD';

    static final char U = '\u06C7';
    static final char YU = '\u06C8';
    static final char VE = '\u06CB';
    static final char NG = '\u06AD';

    /** A language and the letters that speak for it. */
    record LetterSet(String language, String letters) {
    }

    static final List<LetterSet> SETS = List.of(
            new LetterSet("fa", "" + PEH + TCHEH + JEH + GAF + KEHEH + FARSI_YEH),
            new LetterSet("ur", "" + TTEH + DDAL + RREH + NOON_GHUNNA + YEH_BARREE
                    + HEH_DOACHASHMEE),
            new LetterSet("ps", "" + TEH_WITH_RING + HAH_WITH_HAMZA_ABOVE
                    + HAH_WITH_THREE_DOTS_ABOVE + DAL_WITH_RING + REH_WITH_RING
                    + REH_WITH_DOT_BELOW_AND_ABOVE + SEEN_WITH_DOT_BELOW_AND_ABOVE
                    + KAF_WITH_RING + NOON_WITH_RING + YEH_WITH_TAIL + E),
            new LetterSet("ckb", "" + REH_WITH_SMALL_V_BELOW + LAM_WITH_SMALL_V + OE
                    + YEH_WITH_SMALL_V + AE),
            new LetterSet("sd", "" + DYEH + NYEH + TCHEHEH + DAL_WITH_DOT_BELOW + DAHAL + DDAHAL
                    + DUL + REH_WITH_FOUR_DOTS_ABOVE + PEHEH + SWASH_KAF + RNOON + BEEH + GUEH
                    + BEHEH + TEHEH + TTEHEH + NGOEH + SINDHI_POSTPOSITION_MEN
                    + SINDHI_AMPERSAND + HEH_DOACHASHMEE),
            new LetterSet("ug", "" + U + YU + VE + E + AE + NG));

    /** All the letters of {@link #SETS} lie in the Arabic block, U+0600 to U+06FF. */
    private static final char BLOCK_START = '\u0600';
    private static final int BLOCK_SIZE = 0x100;
    /**
     * For each letter of the Arabic block, the sets that hold it as {@code set << 8 | position in
     * the set}, or null for the letters of no set (most of them). Filled once, never changed: one
     * pass over the text replaces a scan of every set's letters for every character.
     */
    private static final int[][] SETS_OF_LETTER = setsOfLetter();
    /**
     * Per char of the BMP, whether it is in some set: a branch never taken on most chars, where a
     * test of the block's range was mispredicted at every space between Arabic words.
     */
    private static final boolean[] IN_SOME_SET = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < BLOCK_SIZE; c++) {
            IN_SOME_SET[BLOCK_START + c] = SETS_OF_LETTER[c] != null;
        }
    }

    private ArabicLetterRules() {
    }

    private static int[][] setsOfLetter() {
        int[][] table = new int[BLOCK_SIZE][];
        for (int s = 0; s < SETS.size(); s++) {
            String letters = SETS.get(s).letters();
            for (int k = 0; k < letters.length(); k++) {
                int c = letters.charAt(k) - BLOCK_START;
                int[] old = table[c] == null ? new int[0] : table[c];
                int[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = s << 8 | k;
                table[c] = grown;
            }
        }
        return table;
    }

    /**
     * Adds the letter evidence of {@code text} to {@code scores}, whose entries follow
     * {@code group}'s languages; languages without a letter set get nothing.
     */
    static void addPriors(char[] text, NgramModel.Group group, double[] scores) {
        addPriors(priorEvents(text, group), scores);
    }

    /**
     * Adds {@value #BONUS} to {@code scores} once per entry of {@code events} (language indices,
     * as {@link #priorEvents} gives them), in their order: the same sums as
     * {@link #addPriors(char[], NgramModel.Group, double[])}, for a caller that adds one text's
     * evidence to two arrays without scanning the text twice.
     */
    static void addPriors(int[] events, double[] scores) {
        for (int language : events) {
            scores[language] += BONUS;
        }
    }

    /** The language of each bonus that {@code text}'s letters earn, in the order of the text. */
    static int[] priorEvents(char[] text, NgramModel.Group group) {
        int[] language = new int[SETS.size()];
        int[][] seen = new int[SETS.size()][];
        for (int s = 0; s < SETS.size(); s++) {
            language[s] = group.indexOf(SETS.get(s).language());
            seen[s] = new int[SETS.get(s).letters().length()];
        }
        int[] events = new int[8];
        int count = 0;
        for (char c : text) {
            if (!IN_SOME_SET[c]) {
                continue;
            }
            for (int entry : SETS_OF_LETTER[c - BLOCK_START]) {
                int s = entry >>> 8;
                int k = entry & 0xFF;
                if (language[s] >= 0 && seen[s][k] < MAX_OCCURRENCES) {
                    seen[s][k]++;
                    if (count == events.length) {
                        events = Arrays.copyOf(events, 2 * count);
                    }
                    events[count++] = language[s];
                }
            }
        }
        return Arrays.copyOf(events, count);
    }
}
