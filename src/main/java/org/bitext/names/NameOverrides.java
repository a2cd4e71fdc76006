package org.bitext.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Canonical spellings given by the user ({@code --names FILE}): a TSV whose lines are a canonical
 * spelling and then its variants, in either script; blank lines and lines starting with # are
 * skipped. A spelling that matches an entry's canonical form or one of its variants takes that
 * canonical form.
 */
public record NameOverrides(List<Entry> entries) {
    /** One line of the file: the canonical spelling and its variants. */
    public record Entry(String canonical, List<String> variants) {
        public Entry {
            variants = List.copyOf(variants);
        }
    }

    public NameOverrides {
        entries = List.copyOf(entries);
    }

    public static NameOverrides none() {
        return new NameOverrides(List.of());
    }

    /** Reads a names TSV; a bad line fails with {@code path:line: message}. */
    public static NameOverrides read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String canonical = f[0].strip();
                if (canonical.isEmpty()) {
                    throw new IllegalArgumentException(file + ":" + n + ": empty canonical spelling");
                }
                List<String> variants = new ArrayList<>();
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].isBlank()) {
                        variants.add(f[i].strip());
                    }
                }
                entries.add(new Entry(canonical, variants));
            }
        }
        return new NameOverrides(entries);
    }

    /** The canonical spelling for {@code name} if an entry covers it, else null. */
    String canonicalOf(NameKey name, NameMatcher matcher) {
        for (Entry e : entries) {
            if (same(NameKey.of(e.canonical()), name, matcher)) {
                return e.canonical();
            }
            for (String v : e.variants()) {
                if (same(NameKey.of(v), name, matcher)) {
                    return e.canonical();
                }
            }
        }
        return null;
    }

    private static boolean same(NameKey a, NameKey b, NameMatcher matcher) {
        return a.key().equals(b.key()) && matcher.matches(a, b);
    }
}
