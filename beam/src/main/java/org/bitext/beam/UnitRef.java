package org.bitext.beam;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.bitext.io.InputUnit;

/**
 * A unit of work as it travels between workers ({@link InputUnit} holds {@link Path}s, which are
 * not serializable).
 *
 * @param index its place in the input order, which decides the lexicon's training pairs and the
 *              stems, so that the outputs equal those of {@code bitext align}
 * @param stem  its stem before it is made unique
 * @param files one document, or the English and the Arabic file of a pair
 */
record UnitRef(long index, String stem, List<String> files) implements Serializable {
    private static final long serialVersionUID = 1L;

    UnitRef {
        files = List.copyOf(files);
        if (files.size() != 1 && files.size() != 2) {
            throw new IllegalArgumentException("a unit has one or two files: " + files);
        }
    }

    static UnitRef of(long index, InputUnit unit) {
        return new UnitRef(index, unit.stem(), unit.files().stream().map(Path::toString).toList());
    }

    InputUnit toUnit() {
        return files.size() == 1 ? new InputUnit.Single(stem, Path.of(files.get(0)))
                : new InputUnit.Pair(stem, Path.of(files.get(0)), Path.of(files.get(1)));
    }

    String firstFile() {
        return files.get(0);
    }
}
