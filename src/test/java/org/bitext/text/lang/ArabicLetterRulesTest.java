package org.bitext.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicLetterRulesTest {
    private static final NgramModel.Group ARABIC = modelGroup();

    private static NgramModel.Group modelGroup() {
        try (var in = new java.io.BufferedInputStream(new java.util.zip.GZIPInputStream(
                ArabicLetterRulesTest.class.getResourceAsStream(
                        NgramLanguageIdentifier.MODEL_RESOURCE)))) {
            return NgramModel.read(in).groupOrNull(com.ibm.icu.lang.UScript.ARABIC);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The language that gets the largest letter bonus for {@code text}. */
    private static String favoured(String text) {
        double[] priors = new double[ARABIC.languages.length];
        ArabicLetterRules.addPriors(text.toCharArray(), ARABIC, priors);
        int best = 0;
        for (int l = 1; l < priors.length; l++) {
            if (priors[l] > priors[best]) {
                best = l;
            }
        }
        return priors[best] == 0 ? "none" : ARABIC.languages[best];
    }

    @ParameterizedTest(name = "{1} favours {0}")
    @CsvSource({
        "ur, \u0679\u0688\u0691\u06BA\u06D2",
        "ps, \u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD",
        "ckb, \u0695\u06B5\u06C6\u06CE",
        "sd, \u0684\u0683\u0687\u068A\u068C\u068D\u068F\u0699\u06A6\u06AA\u06BB",
        "ug, \u06C7\u06C8\u06CB\u06AD",
        "fa, \u067E\u0686\u0698\u06AF\u06A9\u06CC",
        "none, \u0627\u0644\u0639\u0631\u0628\u064A\u0629",
    })
    void distinguishingLettersFavourTheirLanguage(String language, String letters) {
        assertEquals(language, favoured(letters));
    }

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource({
        "ur, \u06CC\u06C1 \u0679\u06BE\u06CC\u06A9 \u06C1\u06D2",
        "sd, \u0647\u0646 \u0686\u064A\u0648 \u062A\u0647 \u0680\u0627\u06B1\u06AA",
        "ckb, \u0626\u06D5\u0648 \u0695\u06C6\u0698\u06D5",
        "ps, \u062F\u0627 \u069A\u0647 \u0648\u0631\u0681 \u062F\u0647 \u0627\u0648 \u0645\u0648\u0696 \u0689\u06D0\u0631 \u062E\u0648\u069A\u062D\u0627\u0644\u0647 \u06CC\u0648",
    })
    void distinguishingLettersDecideShortText(String language, String text) {
        assertEquals(language, NgramLanguageIdentifier.standard().identify(text).code(), text);
    }

    @org.junit.jupiter.api.Test
    void sharedLetterCountsAtMostThreeTimesForEachLanguageThatWritesIt() {
        double[] priors = new double[ARABIC.languages.length];
        String fourAe = "" + ArabicLetterRules.AE + ArabicLetterRules.AE + ' ' + ArabicLetterRules.AE
                + ArabicLetterRules.AE;
        ArabicLetterRules.addPriors(fourAe.toCharArray(), ARABIC, priors);
        double capped = ArabicLetterRules.MAX_OCCURRENCES * ArabicLetterRules.BONUS;
        assertEquals(capped, priors[ARABIC.indexOf("ckb")]);
        assertEquals(capped, priors[ARABIC.indexOf("ug")]);
        assertEquals(0.0, priors[ARABIC.indexOf("ar")]);
    }
}
