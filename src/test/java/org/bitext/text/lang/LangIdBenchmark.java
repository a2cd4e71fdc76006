package org.bitext.text.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bitext.model.LanguageGuess;

/**
 * Measures the identifier on NTREX-style line-aligned news: accuracy on paragraphs of 1–3
 * consecutive sentences (sizes cycle 1, 2, 3 inside each document, so the split is
 * deterministic and never crosses a document), accuracy on single sentences, start-up time
 * and throughput. Run by hand through bench/langid/measure.sh; not part of the build.
 *
 * <pre>LangIdBenchmark CORPUS_DIR</pre>
 */
final class LangIdBenchmark {
    /** NTREX file suffix to the code we must answer. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        String[][] pairs = {
            {"src.eng", "en"}, {"ref.arb", "ar"}, {"ref.fas", "fa"}, {"ref.prs", "fa"},
            {"ref.urd", "ur"}, {"ref.pus", "ps"}, {"ref.ckb-Arab", "ckb"}, {"ref.kmr", "ku"},
            {"ref.snd-Arab", "sd"}, {"ref.uig", "ug"}, {"ref.heb", "he"}, {"ref.fra", "fr"},
            {"ref.deu", "de"}, {"ref.spa", "es"}, {"ref.rus", "ru"}, {"ref.tur", "tr"},
            {"ref.zho-CN", "zh"}, {"ref.hin", "hi"}, {"ref.ell", "el"},
        };
        for (String[] p : pairs) {
            EXPECTED.put(p[0], p[1]);
        }
    }

    private LangIdBenchmark() {
    }

    record Sample(String file, String expected, String text) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpora/ntrex128-dev");
        List<String> docs = Files.readAllLines(dir.resolve("DOCUMENT_IDS.tsv"));
        List<Sample> paragraphs = new ArrayList<>();
        List<Sample> sentences = new ArrayList<>();
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            Path file = dir.resolve("newstest2019-" + e.getKey() + ".txt");
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                sentences.add(new Sample(e.getKey(), e.getValue(), line));
            }
            int size = 1;
            for (int i = 0; i < lines.size(); ) {
                int end = i + 1;
                while (end < lines.size() && end - i < size && docs.get(end).equals(docs.get(i))) {
                    end++;
                }
                paragraphs.add(new Sample(e.getKey(), e.getValue(),
                        String.join(" ", lines.subList(i, end))));
                i = end;
                size = size % 3 + 1;
            }
        }

        long t0 = System.nanoTime();
        NgramLanguageIdentifier id = NgramLanguageIdentifier.fromResource(
                NgramLanguageIdentifier.MODEL_RESOURCE);
        id.identify("warm");
        long startup = System.nanoTime() - t0;

        System.out.println("== paragraphs of 1-3 sentences");
        report(id, paragraphs);
        System.out.println("== single sentences");
        report(id, sentences);

        for (int i = 0; i < 3; i++) {
            id.identify(paragraphs.get(i).text());
        }
        for (Sample s : paragraphs) { // warm-up
            id.identify(s.text());
        }
        long t1 = System.nanoTime();
        int rounds = 5;
        long chars = 0;
        for (int r = 0; r < rounds; r++) {
            for (Sample s : paragraphs) {
                chars += id.identify(s.text()).code().length();
            }
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "model load + first call: %.3f s%n", startup / 1e9);
        System.out.printf(Locale.ROOT, "throughput: %.0f paragraphs/s (%d paragraphs x %d, one thread)%n",
                paragraphs.size() * rounds / seconds, paragraphs.size(), rounds);
        System.out.printf(Locale.ROOT, "heap used after run: %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        if (chars < 0) {
            System.out.println();
        }
    }

    private static void report(NgramLanguageIdentifier id, List<Sample> samples) {
        Map<String, int[]> perFile = new LinkedHashMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        int right = 0;
        int undetermined = 0;
        for (Sample s : samples) {
            LanguageGuess g = id.identify(s.text());
            int[] c = perFile.computeIfAbsent(s.file(), k -> new int[3]);
            c[0]++;
            if (g.is(s.expected())) {
                c[1]++;
                right++;
            } else {
                if (g.is(LanguageGuess.UNDETERMINED)) {
                    c[2]++;
                    undetermined++;
                }
                confusions.merge(s.expected() + "->" + g.code(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, int[]> e : perFile.entrySet()) {
            int[] c = e.getValue();
            System.out.printf(Locale.ROOT, "%-14s %-4s %5d  %7.2f%%  (und %d)%n", e.getKey(),
                    EXPECTED.get(e.getKey()), c[0], 100.0 * c[1] / c[0], c[2]);
        }
        System.out.printf(Locale.ROOT, "overall: %d / %d = %.2f%% (und %d)%n", right,
                samples.size(), 100.0 * right / samples.size(), undetermined);
        System.out.println("confusions: " + confusions);
    }
}
