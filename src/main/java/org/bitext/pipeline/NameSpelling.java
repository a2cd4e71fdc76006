package org.bitext.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Sentence;
import org.bitext.model.TextEdit;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.NameChange;
import org.bitext.names.NameOverrides;
import org.bitext.names.Rewrite;

/**
 * How names are spelled in the output: rewritten to the canonical spelling of their group in the
 * batch (the default), or kept as written ({@code --keep-spellings}).
 *
 * @param rewrite   false to keep every spelling as the document has it
 * @param overrides canonical spellings chosen by the user ({@code --names FILE})
 */
public record NameSpelling(boolean rewrite, NameOverrides overrides) {

    public static NameSpelling canonical() {
        return new NameSpelling(true, NameOverrides.none());
    }

    public static NameSpelling keep() {
        return new NameSpelling(false, NameOverrides.none());
    }

    /** The document with its source sentences' names respelled, and the edits recorded. */
    public static AlignedDocument respell(AlignedDocument document, NameCanonicalizer canonicalizer) {
        List<Sentence> sentences = document.source();
        List<Sentence> out = new ArrayList<>(sentences.size());
        Map<Integer, List<TextEdit>> edits = new TreeMap<>();
        for (Sentence s : sentences) {
            Rewrite rewrite = canonicalizer.rewrite(s.text());
            if (!rewrite.changed()) {
                out.add(s);
                continue;
            }
            out.add(new Sentence(s.index(), s.paragraphIndex(), s.span(), rewrite.text()));
            List<TextEdit> changes = new ArrayList<>();
            for (NameChange c : rewrite.changes()) {
                changes.add(new TextEdit(c.original(), c.canonical()));
            }
            edits.put(s.index(), changes);
        }
        return new AlignedDocument(document.stem(), document.sources(), document.sourceLanguage(),
                document.targetLanguage(), out, document.target(), document.alignment(), edits);
    }
}
