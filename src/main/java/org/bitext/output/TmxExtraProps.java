package org.bitext.output;

import java.util.List;
import org.bitext.model.AlignedDocument;
import org.bitext.model.Bead;

/**
 * Extra properties that a caller attaches to each translation unit, after the writer's own
 * ({@code x-score}, {@code x-bead}, {@code x-document}, {@code x-source}). For example the
 * names feature adds {@code <prop type="x-names">old→new; …</prop>}.
 */
@FunctionalInterface
public interface TmxExtraProps {
    /** No extra properties. */
    TmxExtraProps NONE = (document, bead) -> List.of();

    /** The properties for {@code bead} of {@code document}, in the order they are written. */
    List<TmxProp> propsFor(AlignedDocument document, Bead bead);
}
