package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MatchTokensTest {
    @Test
    void wordsAreFoldedCutAndStrippedOfClitics() {
        assertEquals(List.of("withd", "of", "troop", "2019"), MatchTokens.of("Withdrawal of troops, 2019."));
        assertEquals(List.of("طلاب", "جامعه"), MatchTokens.of("والطلاب الجامعة"));
    }

    @Test
    void theMemoGivesTheSameTokenStringsAsWithoutIt() {
        MatchTokens.Memo memo = new MatchTokens.Memo();
        SplittableRandom random = new SplittableRandom(3);
        String letters = "abcdeéقالوزيرة";
        // more word types than the memo holds, so that it is emptied on the way
        for (int s = 0; s < 30_000; s++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                for (int k = 1 + random.nextInt(7); k > 0; k--) {
                    sentence.append(letters.charAt(random.nextInt(letters.length())));
                }
                sentence.append(random.nextInt(4) == 0 ? ", " : " ");
            }
            List<String> expected = MatchTokens.of(sentence);
            List<String> actual = memo.of(sentence);
            assertEquals(expected, actual, sentence.toString());
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), actual.get(i)); // interned either way
            }
        }
    }
}
