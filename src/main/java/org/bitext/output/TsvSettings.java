package org.bitext.output;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How {@link TsvWriter} lays out rows.
 *
 * @param columns         the columns, in order (at least one, no repeats)
 * @param header          whether to print a first line with the column keys
 * @param escape          what to do with tabs and line breaks inside a cell
 * @param includeUnlinked whether to print insertions and deletions (1-0, 0-1) with an empty cell
 */
public record TsvSettings(List<TsvColumn> columns, boolean header, TsvEscape escape, boolean includeUnlinked) {
    public static final List<TsvColumn> DEFAULT_COLUMNS = List.of(TsvColumn.SRC, TsvColumn.TGT, TsvColumn.SCORE);

    public TsvSettings {
        columns = List.copyOf(columns);
        Objects.requireNonNull(escape, "escape");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("no TSV columns");
        }
        if (new HashSet<>(columns).size() != columns.size()) {
            throw new IllegalArgumentException("repeated TSV column in " + columns);
        }
    }

    /** Source, target and score; no header; tabs and line breaks replaced; links only. */
    public static TsvSettings defaults() {
        return new TsvSettings(DEFAULT_COLUMNS, false, TsvEscape.REPLACE, false);
    }

    public TsvSettings withColumns(List<TsvColumn> newColumns) {
        return new TsvSettings(newColumns, header, escape, includeUnlinked);
    }

    public TsvSettings withHeader(boolean printHeader) {
        return new TsvSettings(columns, printHeader, escape, includeUnlinked);
    }

    public TsvSettings withEscape(TsvEscape newEscape) {
        return new TsvSettings(columns, header, newEscape, includeUnlinked);
    }

    public TsvSettings withUnlinked(boolean include) {
        return new TsvSettings(columns, header, escape, include);
    }
}
