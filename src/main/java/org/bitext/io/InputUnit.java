package org.bitext.io;

import java.nio.file.Path;
import java.util.List;

/**
 * One unit of work: a single document that may hold both languages, or a pair of files
 * holding one language each. Both are named by their output stem.
 */
public sealed interface InputUnit permits InputUnit.Single, InputUnit.Pair {

    String stem();

    List<Path> files();

    /** A file that may hold English, Arabic or both. */
    record Single(String stem, Path file) implements InputUnit {
        @Override
        public List<Path> files() {
            return List.of(file);
        }
    }

    /** {@code NAME.en.txt} + {@code NAME.ar.txt}, or {@code en/NAME.txt} + {@code ar/NAME.txt}. */
    record Pair(String stem, Path english, Path arabic) implements InputUnit {
        @Override
        public List<Path> files() {
            return List.of(english, arabic);
        }
    }
}
