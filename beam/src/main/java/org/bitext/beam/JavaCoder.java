package org.bitext.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Java serialization, as Beam's {@code SerializableCoder} does it, but compared by encoded bytes:
 * the values here (accumulators, the batch plan with its lexicon) have no {@code equals}, and
 * the DirectRunner's check that no step mutates its inputs must compare them by content.
 */
final class JavaCoder<T extends Serializable> extends CustomCoder<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    private JavaCoder(Class<T> type) {
        this.type = type;
    }

    static <T extends Serializable> JavaCoder<T> of(Class<T> type) {
        return new JavaCoder<>(type);
    }

    /** Coders of one type are equal: runners such as Flink compare the coders of inputs they join. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JavaCoder<?> coder && coder.type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public void encode(T value, OutputStream out) throws IOException {
        ObjectOutputStream objects = new ObjectOutputStream(out);
        objects.writeObject(value);
        // flushed, not closed: the stream belongs to the runner
        objects.flush();
    }

    @Override
    public T decode(InputStream in) throws IOException {
        try {
            return type.cast(new ContextObjectInputStream(in).readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new CoderException("cannot decode a " + type.getSimpleName(), e);
        }
    }

    /** Resolves classes with the thread's class loader: runners load the job's jar in their own. */
    private static final class ContextObjectInputStream extends ObjectInputStream {
        ContextObjectInputStream(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader != null) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // fall back to the default resolution below
                }
            }
            return super.resolveClass(desc);
        }
    }
}
