package org.bitext.names.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bitext.names.NameKey;

/**
 * Keys per second on one thread, over the ANETAC training names (both scripts).
 * Usage: {@code bench/names/keys.sh [DATA_DIR]}.
 */
public final class NameKeyBenchmark {
    private NameKeyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/corpora/translit-ar-en-dev");
        List<String> names = new ArrayList<>(Files.readAllLines(dir.resolve("anetac/train.en"), StandardCharsets.UTF_8));
        names.addAll(Files.readAllLines(dir.resolve("anetac/train.ar"), StandardCharsets.UTF_8));
        long sink = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (String s : names) {
                sink += NameKey.of(s).key().length();
            }
        }
        int rounds = 10;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String s : names) {
                sink += NameKey.of(s).key().length();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%d keys in %.2f s: %.0f keys/s (sink %d)%n",
                (long) rounds * names.size(), seconds, rounds * names.size() / seconds, sink);
    }
}
