package org.bitext.output;

/**
 * What {@link TsvWriter} does with a tab or line break (see {@link LineBreaks}) inside a cell,
 * which would otherwise add a column or a row.
 */
public enum TsvEscape {
    /** Each run of tabs and line breaks becomes one space. */
    REPLACE,
    /**
     * Backslash escapes: {@code \t}, {@code \n}, {@code \r} and {@code \\}; the other line
     * breaks as {@code \}{@code uXXXX}. Lossless for readers that undo these escapes.
     */
    BACKSLASH,
    /** Tabs and line breaks are removed. */
    DROP,
    /** A row with a tab or line break in any cell is not written at all. */
    SKIP
}
