package org.bitext.beam;

import java.io.Serializable;

/**
 * A unit that could not be processed, for the dead-letter output: it is left out and the run
 * goes on.
 *
 * @param index   the unit's place in the input order (-1 for an input that never became a unit)
 * @param file    its first file
 * @param stage   {@code input}, {@code learning} (pass 1) or {@code aligning} (pass 2)
 * @param message one line naming the file and the reason
 */
record Failure(long index, String file, String stage, String message) implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String INPUT = "input";
    static final String LEARNING = "learning";
    static final String ALIGNING = "aligning";

    /** One dead-letter line: file, stage, message; tabs and line breaks inside become spaces. */
    String toTsvLine() {
        return oneCell(file) + "\t" + stage + "\t" + oneCell(message) + "\n";
    }

    static String oneCell(String text) {
        return text.replaceAll("[\\t\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]+", " ");
    }
}
