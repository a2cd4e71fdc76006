package org.bitext.names;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A concurrent memo of a pure function, emptied when it reaches its bound, which bounds its
 * memory: what it holds never changes a result, only the time. Thread-safe.
 */
final class BoundedMemo<K, V> {
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Function<K, V> function;

    BoundedMemo(int maxEntries, Function<K, V> function) {
        this.maxEntries = maxEntries;
        this.function = function;
    }

    V get(K key) {
        // a plain read first: computeIfAbsent locks the bin even when the key is there
        V value = values.get(key);
        if (value == null) {
            if (values.size() >= maxEntries) {
                values.clear();
            }
            value = values.computeIfAbsent(key, function);
        }
        return value;
    }
}
