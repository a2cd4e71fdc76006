package org.bitext.output;

import java.io.IOException;
import java.io.Writer;
import org.bitext.model.Alignment;
import org.bitext.model.Bead;

/**
 * Writes an alignment in the ladder notation of Vecalign and Bertalign, one bead a line:
 * {@code [0]:[0,1]:0.930} (0-based sentence numbers, {@code []} for an empty side, the score
 * last), which is what published sentence-alignment results are scored on.
 */
public final class LadderWriter {
    private LadderWriter() {
    }

    public static void write(Alignment alignment, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (Bead bead : alignment.beads()) {
            line.setLength(0);
            appendSide(line, bead.sourceStart(), bead.sourceCount());
            line.append(':');
            appendSide(line, bead.targetStart(), bead.targetCount());
            line.append(':').append(StreamingCorpusWriter.formatScore(bead.score())).append('\n');
            out.write(line.toString());
        }
    }

    private static void appendSide(StringBuilder line, int start, int count) {
        line.append('[');
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                line.append(',');
            }
            line.append(start + k);
        }
        line.append(']');
    }
}
