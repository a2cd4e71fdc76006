package org.bitext.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.model.LadderBead;

/**
 * Reads ladder files ({@code [0]:[0,1]} or {@code [1, 2]:[]:0.93}, one bead a line; blank lines
 * and {@code #} comments ignored). A malformed line is an error naming the file and line.
 */
public final class LadderReader {
    private static final Pattern BEAD = Pattern.compile("^\\s*\\[([\\d,\\s]*)]\\s*:\\s*\\[([\\d,\\s]*)]\\s*(:.*)?$");

    private LadderReader() {
    }

    public static List<LadderBead> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LadderBead> beads = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = BEAD.matcher(line);
            if (!m.matches()) {
                throw new IOException(file + ":" + (n + 1) + ": not a bead: " + line);
            }
            beads.add(new LadderBead(side(m.group(1)), side(m.group(2))));
        }
        return beads;
    }

    private static List<Integer> side(String group) {
        List<Integer> out = new ArrayList<>();
        for (String part : group.replace(',', ' ').trim().split("\\s+")) {
            if (!part.isEmpty()) {
                out.add(Integer.parseInt(part));
            }
        }
        return out;
    }
}
