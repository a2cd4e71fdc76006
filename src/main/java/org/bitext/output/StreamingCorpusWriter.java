package org.bitext.output;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.bitext.model.AlignedDocument;

/**
 * Keeps the begin/write/end protocol of {@link CorpusWriter} in one place so that each format
 * only says what its header, documents and footer look like.
 */
abstract class StreamingCorpusWriter implements CorpusWriter {
    /**
     * The initial room of a writer's reused row builder, in chars: one that starts at 16 chars
     * doubled its way up (copying each time) in every document written.
     */
    static final int ROW_CAPACITY = 2048;

    private enum State { NEW, OPEN, ENDED }

    private State state = State.NEW;
    private long written;

    @Override
    public final void begin() throws IOException {
        if (state != State.NEW) {
            throw new IllegalStateException("begin() after the header was written");
        }
        writeHeader();
        state = State.OPEN;
    }

    @Override
    public final void write(AlignedDocument document) throws IOException {
        Objects.requireNonNull(document, "document");
        if (state == State.ENDED) {
            throw new IllegalStateException("write() after end(): " + document.stem());
        }
        if (state == State.NEW) {
            begin();
        }
        written += writeDocument(document);
    }

    @Override
    public final void end() throws IOException {
        if (state == State.ENDED) {
            return;
        }
        if (state == State.NEW) {
            begin();
        }
        writeFooter();
        flush();
        state = State.ENDED;
    }

    @Override
    public final long written() {
        return written;
    }

    /**
     * A bead score as every format prints it: three decimals, ASCII digits and a full stop
     * whatever the default locale (an Arabic one would give Arabic-Indic digits). Exactly what
     * {@code String.format(Locale.ROOT, "%.3f", score)} prints, which it calls outside the range
     * of scores; inside it, it rounds the shortest decimal digits of the double half up itself, as
     * the formatter does, since parsing the format string for every bead took a quarter of the
     * time spent writing.
     */
    static String formatScore(double score) {
        if (!(score >= MIN_PLAIN && score < MAX_PLAIN)) {
            return String.format(Locale.ROOT, "%.3f", score);
        }
        // In this range Double.toString writes plain digits with a point: "0.8734", "12.0".
        String shortest = Double.toString(score);
        int point = shortest.indexOf('.');
        int fraction = shortest.length() - point - 1;
        char[] digits = new char[point + DECIMALS];
        shortest.getChars(0, point, digits, 0);
        for (int d = 0; d < DECIMALS; d++) {
            digits[point + d] = d < fraction ? shortest.charAt(point + 1 + d) : '0';
        }
        boolean carry = fraction > DECIMALS && shortest.charAt(point + 1 + DECIMALS) >= '5';
        for (int d = digits.length - 1; carry && d >= 0; d--) {
            carry = digits[d] == '9';
            digits[d] = carry ? '0' : (char) (digits[d] + 1);
        }
        StringBuilder out = new StringBuilder(digits.length + 2);
        if (carry) {
            out.append('1');
        }
        return out.append(digits, 0, point).append('.').append(digits, point, DECIMALS).toString();
    }

    private static final int DECIMALS = 3;
    /** {@link Double#toString} writes plain digits from 10^-3 up to 10^7. */
    private static final double MIN_PLAIN = 1e-3;
    private static final double MAX_PLAIN = 1e7;

    /** Writes whatever precedes the first document; nothing by default. */
    void writeHeader() throws IOException {
    }

    /** Writes one document and returns how many units it produced. */
    abstract long writeDocument(AlignedDocument document) throws IOException;

    /** Writes whatever follows the last document; nothing by default. */
    void writeFooter() throws IOException {
    }

    /** Flushes every underlying writer. */
    abstract void flush() throws IOException;
}
