package org.bitext.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;
import org.bitext.model.Sentence;
import org.bitext.model.TextEdit;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.NameChange;
import org.bitext.names.NameKey;
import org.bitext.names.NameMatcher;
import org.bitext.names.NameOverrides;
import org.bitext.names.NameSignature;
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

    /**
     * The document with its source sentences' names respelled, and the edits recorded. A name is
     * respelled only where its translation confirms it ({@link #confirms}). Keys alone are too coarse for that
     * (Nelson and Nielsen, Fauci and Phase share theirs), and a capitalised common word has no
     * transliteration in the translation; a sentence aligned with nothing keeps its spellings.
     */
    public static AlignedDocument respell(AlignedDocument document, NameCanonicalizer canonicalizer) {
        List<Sentence> sentences = document.source();
        List<Sentence> out = new ArrayList<>(sentences.size());
        Map<Integer, List<TextEdit>> edits = new TreeMap<>();
        Bead[] beads = beadOfSource(document);
        NameMatcher matcher = new NameMatcher();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            // the common case, no name to respell, never looks at the translation
            Rewrite rewrite = canonicalizer.rewrite(s.text());
            if (rewrite.changed()) {
                if (beads[i] == null) {
                    rewrite = new Rewrite(s.text(), List.of());
                } else {
                    NameSignature arabic = NameSignature.ofArabic(translation(document, beads[i]), wantedKeys(rewrite));
                    rewrite = canonicalizer.rewrite(s.text(), (spelling, canonical) -> confirms(arabic, spelling, canonical, matcher));
                }
            }
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

    /**
     * Whether the translation {@code arabic} confirms respelling {@code spelling} as
     * {@code canonical}: it holds a name that matches the spelling, and the canonical form is at
     * least as close to it (so Luke is not respelled Lake beside لوك, nor Nelson Nielsen beside
     * نيلسون, while Daesh becomes Daish beside داعش).
     */
    static boolean confirms(NameSignature arabic, NameKey spelling, NameKey canonical, NameMatcher matcher) {
        double asWritten = arabic.bestScore(spelling, matcher);
        return asWritten >= 0 && arabic.bestScore(canonical, matcher) >= asWritten;
    }

    /**
     * The keys of the spellings and canonical forms a rewrite proposes: all that the translation's
     * signature needs (writing a spelling plain keeps its key, and a confirmation compares with
     * names of the same key), and far cheaper than every key of the translation.
     */
    static Set<String> wantedKeys(Rewrite proposed) {
        Set<String> keys = new HashSet<>();
        for (NameChange c : proposed.changes()) {
            keys.add(NameKey.of(c.original()).key());
            keys.add(NameKey.of(c.canonical()).key());
        }
        return keys;
    }

    /** The link bead of each source sentence, or null where its bead is 1-0. */
    static Bead[] beadOfSource(AlignedDocument document) {
        Bead[] out = new Bead[document.source().size()];
        for (Bead b : document.alignment().beads()) {
            if (b.sourceCount() > 0 && b.targetCount() > 0) {
                for (int i = b.sourceStart(); i < b.sourceEnd(); i++) {
                    out[i] = b;
                }
            }
        }
        return out;
    }

    /** The target sentences of {@code bead}, joined by spaces. */
    static String translation(AlignedDocument document, Bead bead) {
        StringBuilder text = new StringBuilder();
        for (int t = bead.targetStart(); t < bead.targetEnd(); t++) {
            text.append(t > bead.targetStart() ? " " : "").append(document.target().get(t).text());
        }
        return text.toString();
    }
}
