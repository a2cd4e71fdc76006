package org.bitext.output;

/**
 * A TMX {@code <prop type="...">value</prop>} attached to a translation unit. TMX reserves
 * types that start with {@code x-} for user-defined properties.
 */
public record TmxProp(String type, String value) {
    public TmxProp {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("empty TMX prop type");
        }
        if (value == null) {
            throw new IllegalArgumentException("null value for TMX prop " + type);
        }
    }
}
