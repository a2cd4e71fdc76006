package org.bitext.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bitext.align.LexicalModel.TrainingPair;
import org.bitext.io.TextDecoder;
import org.bitext.text.MatchTokens;

/**
 * A user's bilingual word list ({@code --dictionary FILE}): one pair a line, source word or phrase,
 * a tab, its translation; blank lines and lines starting with {@code #} are skipped. Both sides
 * are folded as the aligner's lexicon folds sentences, so that entries meet the text they match.
 */
public final class Dictionary {
    private Dictionary() {
    }

    /** The entries of {@code file}; a malformed line is an error naming the file and line. */
    public static List<TrainingPair> read(Path file) throws IOException {
        return parse(new TextDecoder(Optional.empty()).decode(file).text(), file.toString());
    }

    /** The entries of a dictionary's text; a malformed line is an error naming {@code name} and the line. */
    static List<TrainingPair> parse(String text, String name) throws IOException {
        List<TrainingPair> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = lines[n].split("\t");
            if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                throw new IOException(name + ":" + (n + 1) + ": expected SOURCE<TAB>TARGET, got: " + line);
            }
            List<String> source = MatchTokens.of(cells[0]);
            List<String> target = MatchTokens.of(cells[1]);
            if (!source.isEmpty() && !target.isEmpty()) {
                entries.add(new TrainingPair(source, target));
            }
        }
        return entries;
    }
}
