package org.bitext.output;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How {@link TmxWriter} fills the TMX header and units.
 *
 * @param creationToolVersion the bitext version, written as {@code creationtoolversion}
 * @param creationDate        written as {@code creationdate} when present; the caller takes it
 *                            from {@code SOURCE_DATE_EPOCH} or an option, never from the clock,
 *                            so that the same input gives the same bytes
 * @param sourceLanguage      {@code srclang} and the source {@code xml:lang}, written exactly as
 *                            given (a region is allowed, such as {@code en-US})
 * @param targetLanguage      the target {@code xml:lang}
 * @param extraProps          properties appended to each unit after the writer's own
 */
public record TmxSettings(String creationToolVersion, Optional<Instant> creationDate,
                          String sourceLanguage, String targetLanguage, TmxExtraProps extraProps) {

    /** A BCP 47 language tag in its common shape: a 2-8 letter language, then subtags. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public static final String DEFAULT_SOURCE_LANGUAGE = "en";
    public static final String DEFAULT_TARGET_LANGUAGE = "ar";

    public TmxSettings {
        Objects.requireNonNull(creationToolVersion, "creationToolVersion");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(extraProps, "extraProps");
        if (creationToolVersion.isBlank()) {
            throw new IllegalArgumentException("empty creation tool version");
        }
        checkLanguage(sourceLanguage);
        checkLanguage(targetLanguage);
    }

    /** English source, Arabic target, no creation date, no extra properties. */
    public static TmxSettings defaults(String creationToolVersion) {
        return new TmxSettings(creationToolVersion, Optional.empty(),
                DEFAULT_SOURCE_LANGUAGE, DEFAULT_TARGET_LANGUAGE, TmxExtraProps.NONE);
    }

    public TmxSettings withCreationDate(Instant date) {
        return new TmxSettings(creationToolVersion, Optional.of(date), sourceLanguage, targetLanguage, extraProps);
    }

    public TmxSettings withLanguages(String source, String target) {
        return new TmxSettings(creationToolVersion, creationDate, source, target, extraProps);
    }

    public TmxSettings withExtraProps(TmxExtraProps props) {
        return new TmxSettings(creationToolVersion, creationDate, sourceLanguage, targetLanguage, props);
    }

    private static void checkLanguage(String code) {
        if (code == null || !LANGUAGE_TAG.matcher(code).matches()) {
            throw new IllegalArgumentException("not a language tag: " + code);
        }
    }
}
