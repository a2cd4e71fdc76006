package org.bitext.output;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the review page says about its languages and itself.
 *
 * @param title          the page title and heading
 * @param sourceLanguage {@code lang} of the source cells, as the user gave it ({@code en-US})
 * @param targetLanguage {@code lang} of the target cells ({@code ar})
 */
public record HtmlReviewSettings(String title, String sourceLanguage, String targetLanguage) {
    /** Primary subtags of languages written right to left. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku",
            "ps", "sd", "syr", "ug", "ur", "yi");

    public HtmlReviewSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
    }

    public static HtmlReviewSettings of(String sourceLanguage, String targetLanguage) {
        return new HtmlReviewSettings("bitext review", sourceLanguage, targetLanguage);
    }

    /** {@code rtl} for Arabic, Persian, Hebrew, Urdu and the like, else {@code ltr}. */
    static String direction(String language) {
        int dash = language.indexOf('-');
        String primary = (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
        return RIGHT_TO_LEFT.contains(primary) ? "rtl" : "ltr";
    }
}
