package org.bitext.pipeline;

import java.util.List;
import java.util.stream.Collectors;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;
import org.bitext.model.TextEdit;
import org.bitext.output.TmxExtraProps;
import org.bitext.output.TmxProp;

/**
 * Records respelled names in the TMX, one {@code <prop type="x-names">} per unit that had any:
 * {@code al-Qā’im→al-Qaim; Dā‘iš→Daish}, so that a reviewer can see and undo what was changed.
 */
public final class NameEditProps implements TmxExtraProps {
    public static final String TYPE = "x-names";

    @Override
    public List<TmxProp> propsFor(AlignedDocument document, Bead bead) {
        List<TextEdit> edits = document.sourceEdits(bead);
        if (edits.isEmpty()) {
            return List.of();
        }
        return List.of(new TmxProp(TYPE, edits.stream().map(e -> e.original() + "\u2192" + e.replacement())
                .collect(Collectors.joining("; "))));
    }
}
