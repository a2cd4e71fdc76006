package org.bitext.names;

/** One spelling rewritten to its canonical form, for the TMX {@code x-names} prop. */
public record NameChange(String original, String canonical) {
}
