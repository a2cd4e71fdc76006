package org.bitext.names;

import java.util.List;

/** A sentence with its names respelt canonically, and what was changed (empty if nothing). */
public record Rewrite(String text, List<NameChange> changes) {
    public Rewrite {
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
