package org.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the one-way package dependencies of STYLE.md:
 * {@code model <- {io, text, names} <- align <- output <- pipeline <- cli}.
 */
class ArchitectureTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "io", Set.of("model"),
            "text", Set.of("model"),
            "names", Set.of("model"),
            "align", Set.of("model", "names"),
            "output", Set.of("model"),
            "pipeline", Set.of("model", "io", "text", "names", "align", "output"),
            "cli", Set.of("model", "io", "text", "names", "align", "output", "pipeline"));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.bitext\\.(\\w+)", Pattern.MULTILINE);

    @Test
    void packagesDependOnlyOnTheStagesBeforeThem() throws IOException {
        Path root = Path.of("src", "main", "java", "org", "bitext");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String stage = root.relativize(file).getName(0).toString();
                Set<String> allowed = ALLOWED.get(stage);
                if (allowed == null) {
                    violations.add(file + ": package " + stage + " is not a known stage");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(stage) && !allowed.contains(used)) {
                        violations.add(file + ": " + stage + " must not use " + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
