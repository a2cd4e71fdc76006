package org.bitext.model;

/** One change made to a segment's text before output, such as a name respelled canonically. */
public record TextEdit(String original, String replacement) {
}
