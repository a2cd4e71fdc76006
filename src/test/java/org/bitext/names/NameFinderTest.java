package org.bitext.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {
    private final NameFinder finder = new NameFinder();

    private List<String> names(String s) {
        return finder.findLatin(s).stream().map(NameMention::text).toList();
    }

    @Test
    void capitalisedRunsWithParticlesAreNames() {
        assertEquals(List.of("Osama bin Laden", "Abu Bakr al-Baghdadi"),
                names("Osama bin Laden and Abu Bakr al-Baghdadi met."));
    }

    @Test
    void lowerCaseArticleBeforeCapitalIsAName() {
        assertEquals(List.of("al-Qaim"), names("The base at al-Qaim was handed over."));
    }

    @Test
    void sentenceInitialFunctionWordsAndAcronymsAreNotNames() {
        assertEquals(List.of("Baghdad"), names("The ISIS attack on Baghdad."));
    }

    @Test
    void wordsThatOpenSentencesInShortTextsAreNotNames() {
        assertEquals(List.of("English"), names("Only English here."));
        assertEquals(List.of(), names("Nothing else."));
        assertEquals(List.of("Ahmed"), names("Hello, Ahmed."));
        assertEquals(List.of("Mosul"), names("Even Mosul was quiet."));
        assertEquals(List.of("Reuters"), names("Thanks to Reuters."));
    }

    @Test
    void possessiveIsCut() {
        assertEquals(List.of("Iraq"), names("It is Iraq’s oldest station."));
    }

    @Test
    void scholarlyMarkedWordsAreNames() {
        assertEquals(List.of("Dā‘iš"), names("the war against Dā‘iš and after"));
    }

    @Test
    void sharedNamesCountsNamesFoundInTheArabicSentence() {
        NameSignature en = NameSignature.ofEnglish("The battle of al-Bāġūz, under Dā‘iš control, near al-Qā’im.", finder);
        NameSignature ar = NameSignature.ofArabic("خلال معركة الباغوز، تحت سيطرة داعش، قرب القائم");
        NameSignature other = NameSignature.ofArabic("وقالت غرفة العمليات المشتركة في بيان");
        NameMatcher m = new NameMatcher();
        assertEquals(3, NameSignature.sharedNames(en, ar, m));
        assertEquals(0, NameSignature.sharedNames(en, other, m));
    }

    @Test
    void cliticsAreStrippedOnTheArabicSide() {
        NameSignature en = NameSignature.ofEnglish("They left Baghdad.", finder);
        assertTrue(NameSignature.sharedNames(en, NameSignature.ofArabic("وببغداد"), new NameMatcher()) == 1);
    }
}
