package org.bitext.names;

import java.util.Objects;

/**
 * The matching key of one spelling of a name, in Latin or Arabic script.
 *
 * <p>{@link #form()} is the phonetic form: both scripts folded to one alphabet of symbols,
 * {@code a i u} (vowels), {@code y w} (semivowels), {@code '} (hamza or ʿayn), and the consonant
 * classes {@code b t d k j s z f l m n r h} plus {@code G} (gh, غ), {@code S} (sh, ش), {@code X}
 * (kh, خ) and {@code T} (th, dh, ث, ذ). The folding rules are listed in {@link LatinFolding} and
 * {@link ArabicFolding}. {@link #key()} is the consonant skeleton of the form: vowels,
 * semivowels and the glottal symbol dropped, doubled symbols folded. Spellings of one name share
 * a key; the key is coarse on purpose (القائم and Qom share {@code km}), so a key hit is a
 * candidate that {@link NameMatcher} confirms on the forms.
 *
 * @param spelling the spelling as given
 * @param form     phonetic form, never null, may be empty
 * @param key      consonant skeleton of the form, never null, may be empty
 * @param articleDropped true if an Arabic-script article was removed from the start of the form
 *                       (the matcher then also tries the form with it)
 */
public record NameKey(String spelling, String form, String key, boolean articleDropped) {
    public NameKey {
        Objects.requireNonNull(spelling, "spelling");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(key, "key");
    }

    /** The key of {@code spelling}, read as Arabic if it holds any Arabic letter, else as Latin. */
    public static NameKey of(String spelling) {
        if (isArabic(spelling)) {
            String form = ArabicFolding.form(spelling);
            return new NameKey(spelling, form, skeleton(form), ArabicFolding.startsWithArticle(spelling));
        }
        String form = LatinFolding.form(spelling);
        return new NameKey(spelling, form, skeleton(form), false);
    }

    /** True if {@code text} holds an Arabic letter. */
    public static boolean isArabic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (ArabicLetters.isArabicLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isVowelSymbol(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    /** Symbols that the consonant skeleton leaves out: vowels, semivowels, hamza/ʿayn. */
    static boolean isWeakSymbol(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'y' || c == 'w' || c == '\'';
    }

    static String skeleton(String form) {
        StringBuilder b = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (isWeakSymbol(c)) {
                continue;
            }
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
