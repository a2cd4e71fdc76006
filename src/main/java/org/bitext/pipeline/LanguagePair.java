package org.bitext.pipeline;

import java.util.Locale;

/**
 * The two languages to align, as the user names them ({@code en}, {@code ar}, {@code en-US}),
 * with the ISO 15924 script each is written in, used for paragraphs whose language is unknown.
 */
public record LanguagePair(String source, String target, String sourceScript, String targetScript) {

    public static LanguagePair englishArabic() {
        return of("en", "ar");
    }

    /** A pair with the scripts of the common languages; other languages get none. */
    public static LanguagePair of(String source, String target) {
        return new LanguagePair(source, target, scriptOf(source), scriptOf(target));
    }

    boolean isSource(String code) {
        return base(source).equals(base(code));
    }

    boolean isTarget(String code) {
        return base(target).equals(base(code));
    }

    /** Whether two language tags name one language: their first subtags, without case ({@code en-US}, {@code EN}). */
    public static boolean sameLanguage(String tag, String other) {
        return base(tag).equals(base(other));
    }

    private static String base(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static String scriptOf(String language) {
        return switch (base(language)) {
            case "ar", "fa", "ur", "ps", "ckb", "sd", "ug" -> "Arab";
            case "he", "yi" -> "Hebr";
            case "ru", "uk", "bg", "sr", "mk", "be" -> "Cyrl";
            case "el" -> "Grek";
            case "zh" -> "Hani";
            case "hi", "mr", "ne" -> "Deva";
            default -> "Latn";
        };
    }
}
