package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartRatesTest {
    /** Word parts whose lower case is not char by char (dotted I, sigma, a supplementary letter) among plain ones. */
    private static final String[] PARTS = {
        "and", "AND", "And", "i", "I", "\u0130", "\u0131", "\u03A3", "\u03C3", "\u03C2", "\uD801\uDC00",
        "\uD801\uDC28", "stanbul", "\u0648", "\u0647\u0644", "\u00C9t\u00E9", "\u00E9T\u00C9", "9", "x",
    };
    private static final String[] EDGES = {"", "", "", "\"", "(", ",", ".", "\u060C", "\u2014"};

    /** The counts every word gets, as the splitter counted them before it counted only wanted words. */
    private static Map<String, int[]> allCounts(List<String> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        for (String sentence : sentences) {
            int[] last = null;
            for (String word : sentence.split("[ \\t\\n\\x0B\\f\\r]+")) {
                String key = StartRates.key(word);
                if (key.isEmpty()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(key, w -> new int[3]);
                c[0] += last == null ? 1 : 0;
                c[1]++;
                last = c;
            }
            if (last != null) {
                last[2]++;
            }
        }
        return counts;
    }

    @Test
    void wantedWordsGetTheRatesThatCountingEveryWordGives() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<String> sentences = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (int s = 0; s < 1 + random.nextInt(8); s++) {
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < 1 + random.nextInt(10); w++) {
                    StringBuilder word = new StringBuilder(EDGES[random.nextInt(EDGES.length)]);
                    for (int p = 0; p < 1 + random.nextInt(3); p++) {
                        word.append(PARTS[random.nextInt(PARTS.length)]);
                    }
                    word.append(EDGES[random.nextInt(EDGES.length)]);
                    words.add(word.toString());
                    sentence.append(w == 0 ? "" : random.nextBoolean() ? " " : "\t ").append(word);
                }
                sentences.add(sentence.toString());
            }
            Set<String> wanted = new HashSet<>();
            for (String word : words) {
                if (random.nextInt(3) > 0 && !StartRates.key(word).isEmpty()) {
                    wanted.add(StartRates.key(word));
                }
            }
            StartRates rates = StartRates.of(sentences, wanted);
            Map<String, int[]> all = allCounts(sentences);
            for (String word : words) {
                if (!wanted.contains(StartRates.key(word))) {
                    continue;
                }
                int[] c = all.get(StartRates.key(word));
                assertEquals((double) c[0] / (c[1] + 1), rates.startRate(word), 0.0, word);
                assertEquals((double) c[2] / (c[1] + 1), rates.endRate(word), 0.0, word);
            }
        }
    }

    @Test
    void aWordNeverSeenAsAWholeHasNoRate() {
        StartRates rates = StartRates.of(List.of("and so on", "So be it"),
                Set.of("so", "be", "nothing"));
        assertEquals(1.0 / 3, rates.startRate("So"));
        assertEquals(0.0, rates.endRate("so"));
        assertEquals(0.0, rates.startRate("nothing"));
    }
}
