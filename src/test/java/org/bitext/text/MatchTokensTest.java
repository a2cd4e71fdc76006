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

    @Test
    void theThreadsCacheGivesTheSameTokensForLongWordsMarksAndSupplementaryLetters() {
        MatchTokens.Memo memo = new MatchTokens.Memo();
        List<String> sentences = List.of(
                "Internationalization internationalization-wise, 2019 2019",
                "\u0648\u064E\u0627\u0644\u0637\u0651\u064F\u0644\u0627\u0628 \u0627\u0644\u0637\u0644\u0627\u0628",
                "\uD835\uDC00\uD835\uDC01c abc\u0301 \u00E9t\u00E9 ETE",
                "a\u200Cb x_y \u0661\u0662\u0663 abcdefghijklmnopqrstuvwxyz abcdefghijklmnopq",
                // an emoji (a pair, no letter), lone surrogates of both halves, a pair at the end
                "\uD83D\uDE00ab c\uD83D\uDE00d e\uD800f g\uDC00h \uDC00\uD800 i\uD835\uDC00");
        for (int round = 0; round < 3; round++) { // the second and third rounds read the cache
            for (String sentence : sentences) {
                List<String> expected = MatchTokens.of(sentence);
                List<String> actual = memo.of(sentence);
                assertEquals(expected, actual, sentence);
                for (int i = 0; i < expected.size(); i++) {
                    assertSame(expected.get(i), actual.get(i));
                }
            }
        }
    }

    @Test
    void everyThreadGetsTheSameTokens() throws Exception {
        MatchTokens.Memo memo = new MatchTokens.Memo();
        String sentence = "The minister said on Tuesday \u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631";
        List<String> expected = MatchTokens.of(sentence);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    List<String> last = null;
                    for (int k = 0; k < 1_000; k++) {
                        last = memo.of(sentence);
                    }
                    return last;
                }));
            }
            for (java.util.concurrent.Future<List<String>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
