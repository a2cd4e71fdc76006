package org.bitext.model;

/**
 * A language identification result: an ISO 639-1 code where one exists (else ISO 639-3),
 * or {@code und}, with a confidence in [0, 1].
 */
public record LanguageGuess(String code, double confidence) {
    public static final String UNDETERMINED = "und";

    public LanguageGuess {
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("empty language code");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 0);
    }

    public boolean is(String language) {
        return code.equals(language);
    }
}
