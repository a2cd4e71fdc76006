package org.bitext.names.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bitext.names.NameKey;
import org.bitext.names.NameMatcher;

/**
 * Measures {@link NameMatcher} on the transliteration dev data: match rate of gold
 * (Arabic, English) pairs, false matches on random pairs and on hard negatives (pairs whose keys
 * differ by one symbol). Usage: {@code bench/names/evaluate.sh [dev|train] [DATA_DIR] [--sweep]}.
 */
public final class NameMatchEvaluation {
    private static final long SEED = 20260101L;
    private static final int RANDOM_PAIRS_PER_ITEM = 10;

    record Pair(String arabic, String english) {
    }

    private NameMatchEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        Path dir = Path.of(args.length > 1 ? args[1] : "/work/shared/corpora/translit-ar-en-dev");
        boolean sweep = List.of(args).contains("--sweep");
        Map<String, List<Pair>> sets = new java.util.LinkedHashMap<>();
        sets.put("anetac", anetac(dir, split));
        sets.put("google", google(dir, split));
        sets.put("wikidata", wikidata(dir, split));
        NameMatcher matcher = new NameMatcher();
        System.out.printf(Locale.ROOT, "split=%s threshold=%.2f%n", split, matcher.threshold());
        System.out.printf(Locale.ROOT, "%-9s %7s %7s %7s %9s %9s %9s %9s%n", "set", "pairs", "match",
                "key=", "rnd.pairs", "rnd.FP", "hard.prs", "hard.FP");
        for (Map.Entry<String, List<Pair>> e : sets.entrySet()) {
            report(e.getKey(), e.getValue(), matcher, sweep);
        }
    }

    private static void report(String name, List<Pair> pairs, NameMatcher matcher, boolean sweep) {
        List<NameKey> ar = new ArrayList<>();
        List<NameKey> en = new ArrayList<>();
        for (Pair p : pairs) {
            ar.add(NameKey.of(p.arabic()));
            en.add(NameKey.of(p.english()));
        }
        Map<String, Set<String>> gold = new HashMap<>();
        for (Pair p : pairs) {
            gold.computeIfAbsent(p.arabic(), k -> new HashSet<>()).add(p.english().toLowerCase(Locale.ROOT));
        }
        double[] goldScores = new double[pairs.size()];
        int keyEqual = 0;
        for (int i = 0; i < pairs.size(); i++) {
            goldScores[i] = matcher.score(ar.get(i), en.get(i));
            if (ar.get(i).key().equals(en.get(i).key())) {
                keyEqual++;
            }
        }
        Random random = new Random(SEED);
        List<Double> randomScores = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            for (int r = 0; r < RANDOM_PAIRS_PER_ITEM; r++) {
                int j = random.nextInt(pairs.size());
                if (isGold(gold, pairs.get(i).arabic(), pairs.get(j).english())) {
                    continue;
                }
                randomScores.add(matcher.score(ar.get(i), en.get(j)));
            }
        }
        List<Double> hardScores = hardNegatives(pairs, ar, en, gold, matcher);
        double t = matcher.threshold();
        System.out.printf(Locale.ROOT, "%-9s %7d %7.4f %7.4f %9d %9.5f %9d %9.4f%n", name, pairs.size(),
                rate(goldScores, t), keyEqual / (double) pairs.size(), randomScores.size(),
                rate(randomScores, t), hardScores.size(), rate(hardScores, t));
        if (sweep) {
            for (double th = 0.60; th <= 0.90 + 1e-9; th += 0.02) {
                System.out.printf(Locale.ROOT, "   t=%.2f match=%.4f rndFP=%.5f hardFP=%.4f%n", th,
                        rate(goldScores, th), rate(randomScores, th), rate(hardScores, th));
            }
        }
        if (System.getProperty("misses") != null) {
            int shown = 0;
            for (int i = 0; i < pairs.size() && shown < Integer.getInteger("misses"); i++) {
                if (goldScores[i] < t) {
                    shown++;
                    System.out.printf(Locale.ROOT, "   miss %.3f %s [%s] %s [%s]%n", goldScores[i],
                            pairs.get(i).arabic(), ar.get(i).form(), pairs.get(i).english(), en.get(i).form());
                }
            }
        }
    }

    /** Pairs (Arabic i, English j) whose keys differ by exactly one substituted, added or dropped symbol. */
    private static List<Double> hardNegatives(List<Pair> pairs, List<NameKey> ar, List<NameKey> en,
            Map<String, Set<String>> gold, NameMatcher matcher) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int j = 0; j < en.size(); j++) {
            byKey.computeIfAbsent(en.get(j).key(), k -> new ArrayList<>()).add(j);
        }
        String alphabet = "btdkjsszfmnlrhGSXT";
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < ar.size(); i++) {
            String key = ar.get(i).key();
            Set<String> neighbours = new HashSet<>();
            for (int p = 0; p <= key.length(); p++) {
                if (p < key.length()) {
                    neighbours.add(key.substring(0, p) + key.substring(p + 1));
                }
                for (int c = 0; c < alphabet.length(); c++) {
                    neighbours.add(key.substring(0, p) + alphabet.charAt(c) + key.substring(p));
                    if (p < key.length()) {
                        neighbours.add(key.substring(0, p) + alphabet.charAt(c) + key.substring(p + 1));
                    }
                }
            }
            neighbours.remove(key);
            int taken = 0;
            for (String k : neighbours) {
                for (int j : byKey.getOrDefault(k, List.of())) {
                    if (taken >= 5 || isGold(gold, pairs.get(i).arabic(), pairs.get(j).english())) {
                        continue;
                    }
                    taken++;
                    scores.add(matcher.score(ar.get(i), en.get(j)));
                }
            }
        }
        return scores;
    }

    private static boolean isGold(Map<String, Set<String>> gold, String arabic, String english) {
        return gold.getOrDefault(arabic, Set.of()).contains(english.toLowerCase(Locale.ROOT));
    }

    private static double rate(double[] scores, double t) {
        int n = 0;
        for (double s : scores) {
            if (s >= t) {
                n++;
            }
        }
        return scores.length == 0 ? 0 : n / (double) scores.length;
    }

    private static double rate(List<Double> scores, double t) {
        return rate(scores.stream().mapToDouble(Double::doubleValue).toArray(), t);
    }

    private static List<Pair> anetac(Path dir, String split) throws IOException {
        List<String> ar = Files.readAllLines(dir.resolve("anetac/" + split + ".ar"), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(dir.resolve("anetac/" + split + ".en"), StandardCharsets.UTF_8);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < Math.min(ar.size(), en.size()); i++) {
            if (!ar.get(i).isBlank() && !en.get(i).isBlank()) {
                out.add(new Pair(ar.get(i).strip(), en.get(i).strip()));
            }
        }
        return out;
    }

    private static List<Pair> google(Path dir, String split) throws IOException {
        String file = split.equals("dev") ? "ar2en-eval.txt" : "ar2en-train.txt";
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("google-transliteration/" + file), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                out.add(new Pair(f[0].strip(), f[1].strip()));
            }
        }
        return out;
    }

    private static List<Pair> wikidata(Path dir, String split) throws IOException {
        String file = split.equals("dev") ? "wd_arabic_16" : "wd_arabic_64";
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("netransliteration-wd-arabic/" + file), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                out.add(new Pair(f[1].replace(" ", ""), f[0].strip()));
            }
        }
        return out;
    }
}
