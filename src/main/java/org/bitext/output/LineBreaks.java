package org.bitext.output;

/**
 * Characters that line-oriented readers treat as the end of a line. Besides LF and CR this
 * includes VT, FF, the information separators FS/GS/RS, NEL, LINE SEPARATOR and PARAGRAPH
 * SEPARATOR, because common readers (Python's {@code str.splitlines}, Java's
 * {@code String.lines} for some of them, editors) split on them and would break line
 * alignment.
 */
public final class LineBreaks {
    static final char VT = '\u000B';
    static final char FF = '\u000C';
    static final char FS = '\u001C';
    static final char GS = '\u001D';
    static final char RS = '\u001E';
    static final char NEL = '\u0085';
    static final char LINE_SEPARATOR = '\u2028';
    static final char PARAGRAPH_SEPARATOR = '\u2029';

    private LineBreaks() {
    }

    static boolean isLineBreak(char c) {
        return (BREAKS[c] & LINE_BREAK) != 0;
    }

    /** True for a line break or a tab: the characters a TSV cell cannot hold as they are. */
    static boolean isCellBreak(char c) {
        return BREAKS[c] != 0;
    }

    private static final byte LINE_BREAK = 1;
    private static final byte TAB = 2;
    /**
     * Per char, {@link #LINE_BREAK}, {@link #TAB} or 0: every character of every cell is tested,
     * and range tests before the switch were mispredicted wherever Latin-1 and Arabic characters
     * alternate; a table look-up gives a branch that is never taken in ordinary text.
     */
    private static final byte[] BREAKS = new byte[Character.MAX_VALUE + 1];

    static {
        for (char c : new char[] {'\n', '\r', VT, FF, FS, GS, RS, NEL, LINE_SEPARATOR, PARAGRAPH_SEPARATOR}) {
            BREAKS[c] = LINE_BREAK;
        }
        BREAKS['\t'] = TAB;
    }

    /** Replaces each run of line breaks by one space, so that text fits on one line. */
    public static String toOneLine(String text) {
        return collapse(text, false);
    }

    /** Replaces each run of line breaks and tabs by one space, so that text fits in one cell. */
    public static String toOneCell(String text) {
        return collapse(text, true);
    }

    private static String collapse(String text, boolean tabs) {
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaks = tabs ? isCellBreak(c) : isLineBreak(c);
            if (breaks && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (!breaks) {
                    out.append(c);
                } else if (!inRun) {
                    out.append(' ');
                }
            }
            inRun = breaks;
        }
        return out == null ? text : out.toString();
    }
}
