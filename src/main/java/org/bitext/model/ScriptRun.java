package org.bitext.model;

/**
 * A maximal stretch of text in one script (ISO 15924 code such as {@code Arab} or
 * {@code Latn}); punctuation, digits and spaces take the script of the text around them.
 */
public record ScriptRun(Span span, String script) {
    public ScriptRun {
        if (script == null || script.isEmpty()) {
            throw new IllegalArgumentException("empty script code");
        }
    }
}
