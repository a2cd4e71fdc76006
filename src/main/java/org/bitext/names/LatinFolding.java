package org.bitext.names;

import java.text.Normalizer;

/**
 * Folds a Latin-script spelling of a name to its phonetic form (see {@link NameKey} for the
 * symbol alphabet). The rules, in the order they apply:
 * <ol>
 *   <li><b>scholarly marks</b>: ġ → gh, š → sh, ḫ/ẖ → kh, ṯ → th, ḏ → dh, č → ch, ž → zh; every other
 *       mark (ā ī ū ḥ ṣ ḍ ṭ ẓ é ü ...) is dropped;</li>
 *   <li><b>apostrophes</b>: ʿ ʾ ‘ ’ ' ` ´ ʻ ʼ all stand for hamza or ʿayn and become one glottal symbol;</li>
 *   <li><b>article</b>: al-, el-, il-, ul-, a standalone "Al " before another word, and the assimilated
 *       forms before sun letters (ad-D, ash-Sh, as-S, at-T, az-Z, an-N, ar-R, ez-Z ...) are removed;
 *       Abdul/Abdel/Abdal/Abdoul → Abd (the article fused into ʿAbd);</li>
 *   <li><b>digraphs</b>: sh, sch, ch, tch (and ć, č) → S; gh → G; kh → X; th, dh → T; ph → f; zh, dj → j; ck → k;</li>
 *   <li><b>consonant classes</b>: q, k, hard c → k; soft c (before e i y) → s; j, g → j; v → f;
 *       p → b; x → ks;</li>
 *   <li><b>vowels</b>: e → i, o → u (so ou, oo, ee fall together after doubling is folded);</li>
 *   <li><b>semivowels</b>: y and w before a vowel are consonants (y, w), otherwise vowels (i, u);
 *       i and u between a consonant (or the start) and a vowel become y and w (Maria ~ ماريا);</li>
 *   <li><b>doubled letters</b>: adjacent equal symbols are folded to one;</li>
 *   <li><b>final h</b>: a word-final h is dropped (Qayyarah ~ Qayara ~ قيارة).</li>
 * </ol>
 */
final class LatinFolding {
    private LatinFolding() {
    }

    static String form(String spelling) {
        String folded = foldMarks(spelling);
        StringBuilder out = new StringBuilder(folded.length());
        String[] parts = splitWords(folded);
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            if (part == null || part.isEmpty()) {
                continue;
            }
            boolean last = nextWord(parts, p).isEmpty();
            boolean hyphenAfter = !last && parts[p + 1] == null;
            if (!last && isArticle(part, nextWord(parts, p), hyphenAfter)) {
                continue;
            }
            if (!last && isAbdWithArticle(part)) {
                part = "abd";
            }
            appendWord(part, out);
        }
        return collapse(out);
    }

    // ---- rule 1 and 2: marks, apostrophes, case ----

    static String foldMarks(String s) {
        String d = isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        int n = d.length();
        for (int i = 0; i < n; i++) {
            char c = d.charAt(i);
            if (isCombining(c)) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            // look ahead at the combining marks of this letter
            char mark1 = 0;
            char mark2 = 0;
            int j = i + 1;
            while (j < n && isCombining(d.charAt(j))) {
                if (mark1 == 0) {
                    mark1 = d.charAt(j);
                } else if (mark2 == 0) {
                    mark2 = d.charAt(j);
                }
                j++;
            }
            b.append(scholarly(lower, mark1, mark2));
        }
        return b.toString();
    }

    private static String scholarly(char c, char m1, char m2) {
        if (m1 != 0) {
            if (c == 'g' && (hasMark(m1, m2, '\u0307') || hasMark(m1, m2, '\u0306'))) {
                return "G";
            }
            if (c == 's' && hasMark(m1, m2, '\u030C')) {
                return "S";
            }
            if (c == 'c' && (hasMark(m1, m2, '\u030C') || hasMark(m1, m2, '\u0301'))) {
                return "S";
            }
            if (c == 'c' && hasMark(m1, m2, '\u0327')) {
                return "s";
            }
            if (c == 'z' && hasMark(m1, m2, '\u030C')) {
                return "j";
            }
            if (c == 'h' && (hasMark(m1, m2, '\u032E') || hasMark(m1, m2, '\u0331'))) {
                return "X";
            }
            if ((c == 't' || c == 'd') && hasMark(m1, m2, '\u0331')) {
                return "T";
            }
        }
        switch (c) {
            case '\'': case '\u2018': case '\u2019': case '\u02BF': case '\u02BE': case '`':
            case '\u00B4': case '\u02BB': case '\u02BC': case '\u02B9': case '\u2032':
                return "'";
            case '-': case '\u2010': case '\u2011':
                return "-";
            case '\u00F8': return "o";
            case '\u00E6': return "ae";
            case '\u0153': return "oe";
            case '\u00DF': return "ss";
            case '\u0142': return "l";
            case '\u0111': return "d";
            case '\u0131': return "i";
            default:
                if (Character.isWhitespace(c) || c == '_') {
                    return " ";
                }
                return Character.isLetter(c) ? String.valueOf(c) : "";
        }
    }

    private static boolean hasMark(char m1, char m2, char mark) {
        return m1 == mark || m2 == mark;
    }

    private static boolean isCombining(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    // ---- rule 3: article ----

    /** Splits on spaces and hyphens; a null entry marks "the previous part ended in a hyphen". */
    private static String[] splitWords(String s) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c == ' ' || c == '-') {
                if (i > start) {
                    parts.add(s.substring(start, i));
                }
                if (c == '-' && i > start) {
                    parts.add(null);
                }
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    private static String nextWord(String[] parts, int p) {
        for (int q = p + 1; q < parts.length; q++) {
            if (parts[q] != null && !parts[q].isEmpty()) {
                return parts[q];
            }
        }
        return "";
    }

    static boolean isArticle(String part, String next, boolean hyphenAfter) {
        if (part == null || next.isEmpty()) {
            return false;
        }
        switch (part) {
            case "al": case "el": case "il": case "ul": case "ol":
                return true;
            default:
                break;
        }
        if (!hyphenAfter || part.length() < 2 || part.length() > 3) {
            return false;
        }
        char v = part.charAt(0);
        if (v != 'a' && v != 'e' && v != 'u') {
            return false;
        }
        String consonant = part.substring(1);
        // assimilated article: the sun letter is written twice, once in the article, once in the word
        return isSunLetter(consonant) && next.startsWith(consonant);
    }

    private static boolean isSunLetter(String c) {
        switch (c) {
            case "t": case "th": case "d": case "dh": case "r": case "z": case "s": case "sh":
            case "n": case "l": case "S": case "T":
                return true;
            default:
                return false;
        }
    }

    static boolean isAbdWithArticle(String part) {
        switch (part) {
            case "abdul": case "abdel": case "abdal": case "abdol": case "abdoul": case "abdil":
            case "abdoel": case "abdou":
                return true;
            default:
                return false;
        }
    }

    // ---- rules 4 to 9 ----

    private static void appendWord(String w, StringBuilder out) {
        StringBuilder s = new StringBuilder(w.length() + 2);
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char next2 = i + 2 < n ? w.charAt(i + 2) : 0;
            switch (c) {
                case 's':
                    if (next == 'h') { s.append('S'); i++; }
                    else if (next == 'c' && next2 == 'h') { s.append('S'); i += 2; }
                    else { s.append('s'); }
                    break;
                case 'c':
                    if (next == 'h') { s.append('S'); i++; }
                    else if (next == 'k') { s.append('k'); i++; }
                    else if (next == 'e' || next == 'i' || next == 'y') { s.append('s'); }
                    else { s.append('k'); }
                    break;
                case 't':
                    if (next == 'h') { s.append('T'); i++; }
                    else if (next == 'c' && next2 == 'h') { s.append('S'); i += 2; }
                    else { s.append('t'); }
                    break;
                case 'd':
                    if (next == 'h') { s.append('T'); i++; }
                    else if (next == 'j') { s.append('j'); i++; }
                    else { s.append('d'); }
                    break;
                case 'g':
                    if (next == 'h') { s.append('G'); i++; } else { s.append('j'); }
                    break;
                case 'k':
                    if (next == 'h') { s.append('X'); i++; } else { s.append('k'); }
                    break;
                case 'z':
                    if (next == 'h') { s.append('j'); i++; } else { s.append('z'); }
                    break;
                case 'p':
                    if (next == 'h') { s.append('f'); i++; } else { s.append('b'); }
                    break;
                case 'q': s.append('k'); break;
                case 'x': s.append("ks"); break;
                case 'v': s.append('f'); break;
                case 'e': s.append('i'); break;
                case 'o': s.append('u'); break;
                case 'y': s.append('Y'); break;
                case 'w': s.append('W'); break;
                default: s.append(c); break;
            }
        }
        collapseInPlace(s);
        resolveSemivowels(s);
        collapseInPlace(s);
        if (s.length() > 1 && s.charAt(s.length() - 1) == 'h') {
            s.setLength(s.length() - 1);
        }
        out.append(s);
    }

    /** y/w placeholders and i/u before vowels: see rule 7. */
    private static void resolveSemivowels(StringBuilder s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean vowelNext = i + 1 < n && NameKey.isVowelSymbol(s.charAt(i + 1));
            boolean consonantBefore = i == 0 || !NameKey.isVowelSymbol(s.charAt(i - 1));
            if (c == 'Y') {
                s.setCharAt(i, vowelNext ? 'y' : 'i');
            } else if (c == 'W') {
                s.setCharAt(i, vowelNext ? 'w' : 'u');
            } else if (c == 'i' && vowelNext && consonantBefore && s.charAt(i + 1) != 'i') {
                s.setCharAt(i, 'y');
            } else if (c == 'u' && vowelNext && consonantBefore && s.charAt(i + 1) != 'u') {
                s.setCharAt(i, 'w');
            }
        }
    }

    static void collapseInPlace(StringBuilder s) {
        int w = 0;
        for (int r = 0; r < s.length(); r++) {
            char c = s.charAt(r);
            if (w == 0 || s.charAt(w - 1) != c) {
                s.setCharAt(w++, c);
            }
        }
        s.setLength(w);
    }

    private static String collapse(StringBuilder s) {
        collapseInPlace(s);
        return s.toString();
    }
}
