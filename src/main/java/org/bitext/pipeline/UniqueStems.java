package org.bitext.pipeline;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.bitext.io.InputUnit;
import org.bitext.io.OutputPaths;

/**
 * Output names of a batch, one per aligned unit, given in input order: the unit's safe stem, or,
 * when an earlier unit has it already (a/x.txt, b/x.txt would overwrite each other's outputs),
 * the stem with {@code ~2}, {@code ~3}, ... Mutable: one instance per batch, one thread.
 */
public final class UniqueStems {
    private final Set<String> used = new HashSet<>();

    /** The stem of {@code unit}; a renaming is reported to {@code warnings}, naming the file. */
    public String assign(InputUnit unit, Consumer<String> warnings) {
        String stem = OutputPaths.safeStem(unit.stem());
        String candidate = stem;
        for (int k = 2; !used.add(candidate); k++) {
            candidate = stem + "~" + k;
        }
        if (!candidate.equals(stem)) {
            warnings.accept(unit.files().get(0) + ": another input has the stem " + stem + "; writing it as "
                    + candidate);
        }
        return candidate;
    }
}
