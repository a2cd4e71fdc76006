package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicFoldingTest {
    @Test
    void removesHarakat() {
        // kataba with fatha on each letter, then a tanween and a sukun
        assertEquals("\u0643\u062A\u0628", ArabicFolding.fold("\u0643\u064E\u062A\u064E\u0628\u064E"));
        assertEquals("\u0643\u062A\u0628", ArabicFolding.fold("\u0643\u064B\u062A\u0652\u0628\u0651"));
    }

    @Test
    void removesSuperscriptAlef() {
        assertEquals("\u0647\u0630\u0627", ArabicFolding.fold("\u0647\u0670\u0630\u0627"));
    }

    @Test
    void removesTatweel() {
        assertEquals("\u0639\u0631\u0628", ArabicFolding.fold("\u0639\u0640\u0640\u0631\u0628"));
    }

    @Test
    void foldsAlefVariantsToBareAlef() {
        assertEquals("\u0627\u0627\u0627\u0627", ArabicFolding.fold("\u0623\u0625\u0622\u0671"));
        assertEquals("\u0627\u062D\u0645\u062F", ArabicFolding.fold("\u0623\u062D\u0645\u062F"));
    }

    @Test
    void foldsAlefMaksuraToYeh() {
        assertEquals("\u0645\u0635\u0637\u0641\u064A", ArabicFolding.fold("\u0645\u0635\u0637\u0641\u0649"));
    }

    @Test
    void foldsTehMarbutaToHeh() {
        assertEquals("\u0642\u0627\u0639\u062F\u0647", ArabicFolding.fold("\u0642\u0627\u0639\u062F\u0629"));
    }

    @Test
    void foldsWawWithHamzaToWaw() {
        assertEquals("\u0645\u0648\u062A\u0645\u0631", ArabicFolding.fold("\u0645\u0624\u062A\u0645\u0631"));
    }

    @Test
    void foldsYehWithHamzaToYeh() {
        assertEquals("\u0631\u064A\u064A\u0633", ArabicFolding.fold("\u0631\u0626\u064A\u0633"));
    }

    @Test
    void keepsOtherCharactersAsTheyAre() {
        String text = "Base 3.5 \u0628\u064A\u0627\u0646 \uD835\uDC00 \u0665";
        assertEquals(text, ArabicFolding.fold(text));
    }

    @Test
    void foldsArabicIndicDigits() {
        assertEquals("2020-03-18 0123456789", ArabicFolding.foldDigits("\u0662\u0660\u0662\u0660-\u0660\u0663-\u0661\u0668 "
                + "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"));
    }

    @Test
    void foldsPersianDigits() {
        assertEquals("0123456789", ArabicFolding.foldDigits("\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9"));
    }

    @Test
    void foldDigitsLeavesLettersAlone() {
        assertEquals("\u0623\u062D\u0645\u062F 7", ArabicFolding.foldDigits("\u0623\u062D\u0645\u062F \u0667"));
    }
}
