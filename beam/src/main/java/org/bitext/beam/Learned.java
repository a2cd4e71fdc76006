package org.bitext.beam;

import java.io.Serializable;
import org.bitext.pipeline.FirstPass;

/** A unit with what the first pass learned from it. */
record Learned(UnitRef unit, FirstPass pass) implements Serializable {
    private static final long serialVersionUID = 1L;
}
