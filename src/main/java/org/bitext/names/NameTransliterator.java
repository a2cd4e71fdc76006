package org.bitext.names;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Plain Latin spellings of names: Arabic script to Latin ({@link #toLatin}) and scholarly
 * transliteration to plain letters ({@link #plain}). Both are ICU transliterators built from the
 * rule files beside this class ({@code arabic-latin.txt}, {@code scholarly-plain.txt}); ICU's own
 * {@code Arabic-Latin} writes scholarly marks on every letter, which English text never has.
 * Immutable and thread-safe.
 *
 * <p>Compiling the rules is slow (the Arabic rules take a second when ICU is cold), so each
 * transliterator is an immutable prototype built once per JVM, on first use: an alignment batch
 * only folds English spellings and never pays for the Arabic rules.
 */
public final class NameTransliterator {
    /** Arabic script to plain Latin, compiled when first needed. */
    private static final class ArabicLatin {
        static final Transliterator RULES = Transliterator.createFromRules("bitext-names-arabic-latin",
                rules("arabic-latin.txt"), Transliterator.FORWARD);
    }

    /** Scholarly marks to plain letters, compiled when first needed. */
    private static final class ScholarlyPlain {
        static final Transliterator RULES = Transliterator.createFromRules("bitext-names-scholarly-plain",
                rules("scholarly-plain.txt"), Transliterator.FORWARD);
    }

    /** Plain Latin spelling of an Arabic-script name, words capitalised: القائم → al-Qa'im. */
    public String toLatin(String arabic) {
        return capitalise(ArabicLatin.RULES.transliterate(arabic));
    }

    /** Scholarly marks folded to plain letters and digraphs: al-Bāġūz → al-Baghuz, Dā‘iš → Daish. */
    public String plain(String latin) {
        // Most English spellings carry no scholarly mark: those are already plain, and the
        // rules need not run (nor be compiled) for them.
        return isPlainAscii(latin) ? latin : ScholarlyPlain.RULES.transliterate(latin);
    }

    /**
     * Whether the rules of {@code scholarly-plain.txt} leave {@code s} as it is: printable ASCII
     * (NFC and Latin-ASCII change nothing there) without the apostrophe and backtick that the
     * rules drop as hamza and ain marks. Keep in step with that file.
     */
    static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '\'' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** Upper-cases the first letter of each word, and of the name after an "al-" article. */
    static String capitalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (start && Character.isLetter(c)) {
                if (s.startsWith("al-", i)) {
                    b.append("al-");
                    i += 2;
                    continue;
                }
                b.append(String.valueOf(c).toUpperCase(Locale.ROOT));
                start = false;
            } else {
                b.append(c);
                if (Character.isWhitespace(c)) {
                    start = true;
                }
            }
        }
        return b.toString();
    }

    private static String rules(String resource) {
        try (InputStream in = NameTransliterator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }
}
