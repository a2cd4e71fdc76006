package org.bitext.align;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** A Java-serialisation round trip, as a distributed run ships the lexicon to its workers. */
final class JavaSerialization {
    private JavaSerialization() {
    }

    /** {@code value} written with an {@link ObjectOutputStream} and read back. */
    static <T> T roundTrip(T value, Class<T> type) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return type.cast(in.readObject());
        }
    }
}
