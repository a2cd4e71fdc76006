package org.bitext.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The development corpora, read at run time from {@code $BITEXT_CORPORA} (run.sh sets it to
 * {@code ../shared/corpora} beside the repository). Nothing of them is copied into the
 * repository: their licences differ. An environment variable, not a system property, because
 * JMH's forked JVMs inherit the environment. Public for the benchmarks that sit in bitext's own
 * packages to reach what is package-private there ({@code org.bitext.align.KernelBench}).
 */
public final class DevCorpus {
    private final Path root;

    private DevCorpus(Path root) {
        this.root = root;
    }

    public static DevCorpus fromEnvironment() {
        String dir = System.getenv("BITEXT_CORPORA");
        Path root = Path.of(dir == null ? "../shared/corpora" : dir);
        if (!Files.isDirectory(root.resolve("ar-en-docs-dev"))) {
            throw new IllegalStateException(root.toAbsolutePath()
                    + ": no ar-en-docs-dev here; set BITEXT_CORPORA to the shared corpora folder");
        }
        return new DevCorpus(root);
    }

    /** A presegmented document: its sentences, one a line, on each side. */
    public record Pair(String name, List<String> english, List<String> arabic) {
    }

    /** Every presegmented pair of ar-en-docs-dev (ntrex, then tico), in name order. */
    public List<Pair> presegmented() {
        List<Pair> pairs = new ArrayList<>();
        for (String set : List.of("ntrex", "tico")) {
            Path dir = root.resolve("ar-en-docs-dev").resolve(set).resolve("preseg");
            try (Stream<Path> files = Files.list(dir)) {
                for (Path en : files.filter(f -> f.toString().endsWith(".en")).sorted().toList()) {
                    String stem = en.getFileName().toString().replaceAll("\\.en$", "");
                    pairs.add(new Pair(set + "/" + stem, lines(en), lines(dir.resolve(stem + ".ar"))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pairs;
    }

    /** Paragraphs of up to three consecutive sentences of one language, like news paragraphs. */
    List<String> paragraphs(boolean arabic) {
        List<String> out = new ArrayList<>();
        for (Pair pair : presegmented()) {
            List<String> sentences = arabic ? pair.arabic() : pair.english();
            for (int i = 0; i < sentences.size(); i += 3) {
                out.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 3))));
            }
        }
        return out;
    }

    /** Person and place names from the ANETAC transliteration set (dev split), Arabic or Latin. */
    List<String> names(boolean arabic) {
        return lines(root.resolve("translit-ar-en-dev/anetac").resolve(arabic ? "dev.ar" : "dev.en"));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
