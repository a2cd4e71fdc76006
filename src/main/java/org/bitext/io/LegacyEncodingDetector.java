package org.bitext.io;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the legacy (single-byte) encoding of bytes that are not UTF-8.
 *
 * <p>ICU's {@link CharsetDetector} ranks candidates, but it is weak on short texts and cannot
 * tell windows-1256 from ISO-8859-6 reliably, so each candidate is decoded strictly and the
 * decoded text is judged by rules that do not depend on length:
 * <ol>
 *   <li>candidates: windows-1252 (English), windows-1256 and ISO-8859-6 (Arabic), ISO-8859-1,
 *       and ICU's best guess when it is confident ({@value #ICU_MIN_CONFIDENCE} or more) and
 *       Java can decode it; a candidate that does not decode strictly is out;</li>
 *   <li>suspicious characters count against a candidate: C0 controls other than tab, LF, CR and
 *       FF, C1 controls, unassigned and private-use code points, and a combining mark that does
 *       not follow a letter;</li>
 *   <li>a word (a run of letters and marks) whose letters are of two scripts (Latin and Arabic:
 *       {@code الè}), or with a non-ASCII capital after a small letter ({@code xÃ}), is mojibake
 *       and counts against it; the non-ASCII letters of the other words count for it;</li>
 *   <li>for Arabic, the share of the ten most frequent Arabic letters (ا ل ي م و ن ه ر ب ت) among
 *       the Arabic letters adds evidence, so that of two decodings without mixed words the one
 *       whose letter frequencies look like Arabic wins;</li>
 *   <li>typographic punctuation (curly quotes, dashes, ellipsis, guillemets, no-break space, and
 *       the Arabic comma, semicolon and question mark) counts for a candidate too;</li>
 *   <li>a candidate is plausible when its evidence is at least {@value #MIN_EVIDENCE} (one odd byte
 *       in ASCII text, {@code ÿ}, says nothing about an encoding) and its suspicious count at most
 *       1/{@value #EVIDENCE_PER_SUSPICIOUS} of its evidence; the best score wins, ties going to
 *       ICU's order, then to the order of the list above;</li>
 *   <li>with too little evidence, the bytes are still accepted when every candidate that decodes
 *       them strictly gives the same text without anything suspicious ({@code £} or {@code ©} in
 *       English text): the encoding's name is then a guess, but the text is right;</li>
 *   <li>likewise when the candidates without anything suspicious agree and their text has no
 *       non-ASCII character but accented letters of Western European words ({@code café}, which
 *       ISO-8859-6 reads as a word mixing scripts; not a lone {@code ÿ});</li>
 *   <li>ISO-8859-1 and windows-1252 reading the same text, it is named windows-1252.</li>
 * </ol>
 */
final class LegacyEncodingDetector {
    static final int ICU_MIN_CONFIDENCE = 50;
    static final int EVIDENCE_PER_SUSPICIOUS = 20;
    static final int MIN_EVIDENCE = 2;
    private static final String TYPOGRAPHIC = "\u201C\u201D\u2018\u2019\u2013\u2014\u2026\u00AB\u00BB\u00A0"
            + "\u060C\u061B\u061F";
    /** ICU reads at most this many bytes: its statistics settle long before. */
    private static final int ICU_SAMPLE_BYTES = 1 << 16;
    private static final List<String> FIXED = List.of("windows-1252", "windows-1256", "ISO-8859-6", "ISO-8859-1");

    private static final char ALEF = '\u0627';
    private static final char LAM = '\u0644';
    private static final char YEH = '\u064A';
    private static final char MEEM = '\u0645';
    private static final char WAW = '\u0648';
    private static final char NOON = '\u0646';
    private static final char HEH = '\u0647';
    private static final char REH = '\u0631';
    private static final char BEH = '\u0628';
    private static final char TEH = '\u062A';
    private static final String FREQUENT_ARABIC = new String(new char[] {
        ALEF, LAM, YEH, MEEM, WAW, NOON, HEH, REH, BEH, TEH});

    /** A detected encoding and the text it gives. */
    record Detected(Charset charset, String text, double score) {
    }

    List<String> candidateNames() {
        return FIXED;
    }

    Optional<Detected> detect(byte[] bytes) {
        Detected best = null;
        // the first reading without anything suspicious, whether the others like it agree with
        // it, and whether any reading is suspicious (rules 7 and 8)
        Detected firstClean = null;
        boolean cleanAgree = true;
        boolean anySuspicious = false;
        for (Charset charset : candidates(bytes)) {
            TextDecoder.Failure decoded = TextDecoder.tryDecode(bytes, 0, charset);
            if (decoded.text() == null) {
                continue;
            }
            Judgement j = judge(decoded.text());
            if (j.suspicious() > 0) {
                anySuspicious = true;
            } else if (firstClean == null) {
                firstClean = new Detected(charset, decoded.text(), 0);
            } else {
                cleanAgree &= firstClean.text().equals(decoded.text());
            }
            if (j.evidence() < MIN_EVIDENCE || j.suspicious() * EVIDENCE_PER_SUSPICIOUS > j.evidence()) {
                continue;
            }
            double score = j.evidence() - EVIDENCE_PER_SUSPICIOUS * j.suspicious();
            if (best == null || score > best.score()) {
                best = new Detected(charset, decoded.text(), score);
            }
        }
        // rule 7: every candidate reads the same text without anything suspicious (a lone £ or ©;
        // the same text has the same judgement, so "all agree" is "none suspicious, clean ones
        // agree"); rule 8: the clean readings agree, on accented letters of Western European
        // words (café: ISO-8859-6 reads a word mixing scripts)
        if (best == null && firstClean != null && cleanAgree
                && (!anySuspicious || onlyCommonLatinLetters(firstClean.text()))) {
            best = firstClean;
        }
        return Optional.ofNullable(best).map(found -> asWindows1252IfSame(found, bytes));
    }

    /**
     * Whether every non-ASCII character of {@code text} is an accented letter of Western European
     * words (é ñ ü ç ø ß œ ...): not ÿ, þ, ð (a lone 0xFF or 0xFE byte in damaged ASCII reads as
     * those and says nothing about an encoding), not a symbol or control.
     */
    static boolean onlyCommonLatinLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            boolean latin1Letter = c >= 0xC0 && c <= 0xFD && c != 0xD0 && c != 0xD7 && c != 0xDE
                    && c != 0xF0 && c != 0xF7;
            boolean extraLetter = c == '\u0152' || c == '\u0153' || c == '\u0160' || c == '\u0161'
                    || c == '\u017D' || c == '\u017E';
            if (!latin1Letter && !extraLetter) {
                return false;
            }
        }
        return true;
    }

    /**
     * windows-1252 rather than ISO-8859-1 when both read the same text: they differ only in
     * 0x80-0x9F, which ISO-8859-1 gives to C1 controls and real text never uses, so a file that
     * fits both is all but certainly windows-1252 (as the WHATWG encoding standard reads the
     * latin1 label).
     */
    private static Detected asWindows1252IfSame(Detected found, byte[] bytes) {
        if (!found.charset().name().equals("ISO-8859-1")) {
            return found;
        }
        for (byte b : bytes) {
            if ((b & 0xE0) == 0x80) {
                return found;  // 0x80-0x9F: where the two differ
            }
        }
        return new Detected(Charset.forName("windows-1252"), found.text(), found.score());
    }

    /** ICU's confident guesses first, then the fixed list; only charsets Java can decode. */
    private static List<Charset> candidates(byte[] bytes) {
        Map<String, Charset> ordered = new LinkedHashMap<>();
        CharsetDetector icu = new CharsetDetector();
        icu.setText(bytes.length <= ICU_SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, ICU_SAMPLE_BYTES));
        CharsetMatch[] matches = icu.detectAll();
        for (CharsetMatch m : matches == null ? new CharsetMatch[0] : matches) {
            boolean fixed = FIXED.stream().anyMatch(n -> n.equalsIgnoreCase(m.getName()));
            if ((fixed || m.getConfidence() >= ICU_MIN_CONFIDENCE) && Charset.isSupported(m.getName())
                    && !m.getName().startsWith("UTF")) {
                Charset c = Charset.forName(m.getName());
                ordered.putIfAbsent(c.name(), c);
            }
        }
        for (String name : FIXED) {
            Charset c = Charset.forName(name);
            ordered.putIfAbsent(c.name(), c);
        }
        return new ArrayList<>(ordered.values());
    }

    /** Evidence for and against a decoding; see the class rules 2 to 4. */
    record Judgement(double evidence, int suspicious) {
    }

    static Judgement judge(String text) {
        int suspicious = 0;
        double evidence = 0;
        int arabicLetters = 0;
        int frequentArabic = 0;
        int i = 0;
        int previous = ' ';
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isLetterOrMark(c) && UCharacter.isLetter(c)) {
                int end = i;
                int latin = 0;
                int arabic = 0;
                int nonAsciiLetters = 0;
                boolean badCase = false;
                int before = ' ';
                while (end < text.length() && isLetterOrMark(text.codePointAt(end))) {
                    int w = text.codePointAt(end);
                    if (UCharacter.isLetter(w)) {
                        int script = UScript.getScript(w);
                        latin += script == UScript.LATIN ? 1 : 0;
                        if (script == UScript.ARABIC) {
                            arabic++;
                            frequentArabic += FREQUENT_ARABIC.indexOf(w) >= 0 ? 1 : 0;
                        }
                        nonAsciiLetters += w >= 0x80 ? 1 : 0;
                        badCase |= w >= 0x80 && UCharacter.isUUppercase(w) && UCharacter.isLowerCase(before);
                        before = w;
                    }
                    end += Character.charCount(w);
                }
                if ((latin > 0 && arabic > 0) || badCase) {
                    suspicious++;
                } else {
                    evidence += nonAsciiLetters;
                    arabicLetters += arabic;
                }
                previous = 'a';
                i = end;
                continue;
            }
            if (isSuspicious(c, previous)) {
                suspicious++;
            } else if (TYPOGRAPHIC.indexOf(c) >= 0) {
                evidence++;
            }
            previous = c;
            i += Character.charCount(c);
        }
        if (arabicLetters > 0) {
            // Real Arabic has about half its letters among the ten most frequent; scale so that a
            // decoding with typical frequencies gains about a quarter of its letters as evidence.
            evidence += 0.5 * frequentArabic - 0.25 * arabicLetters;
        }
        return new Judgement(evidence, suspicious);
    }

    private static boolean isLetterOrMark(int c) {
        int type = Character.getType(c);
        return UCharacter.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSuspicious(int c, int previous) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || (type == Character.NON_SPACING_MARK && !UCharacter.isLetter(previous));
    }
}
