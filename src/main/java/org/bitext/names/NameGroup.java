package org.bitext.names;

import java.util.Map;

/**
 * Spellings of one name found in a batch.
 *
 * @param canonical the spelling the output corpus uses
 * @param counts    each spelling and how often it occurred, most frequent first
 */
public record NameGroup(String canonical, Map<String, Integer> counts) {
    public NameGroup {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
