package org.bitext.beam;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.bitext.model.AlignedDocument;
import org.bitext.names.NameCanonicalizer;
import org.bitext.names.NameOverrides;
import org.bitext.output.TmxSettings;
import org.bitext.output.TsvSettings;
import org.bitext.pipeline.NameSpelling;
import org.bitext.pipeline.UnitAligner;
import org.bitext.pipeline.UnrelatedSides;

/** The two passes over the batch as Beam functions; a unit that fails goes to {@link #FAILED}. */
final class Passes {
    static final TupleTag<Learned> LEARNED = new TupleTag<>() { };
    static final TupleTag<Rendered> RENDERED = new TupleTag<>() { };
    /** Units that could not be read or aligned, with the reason: the dead letters. */
    static final TupleTag<Failure> FAILED = new TupleTag<>() { };
    /** Units that lost a language between the passes (their files changed), by stem. */
    static final TupleTag<String> MONOLINGUAL = new TupleTag<>() { };

    private Passes() {
    }

    /** The dead letter of a unit, its files named as the input named them. */
    static Failure failure(UnitRef unit, String stage, Staged staged, Exception e) {
        String message;
        if (staged != null) {
            message = staged.restoreNames(UnitAligner.failureMessage(staged.local().toUnit(), e));
        } else {
            // the files could not even be copied: name them as given (a URI is no local path)
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            message = reason.contains(unit.firstFile()) ? reason : unit.firstFile() + ": " + reason;
        }
        return new Failure(unit.index(), unit.firstFile(), stage, message);
    }

    /** Pass 1: reads a unit and aligns it by length and anchors, for the lexicon and the names. */
    static final class Learn extends DoFn<UnitRef, Learned> {
        private static final long serialVersionUID = 1L;
        private final AlignSettings settings;
        private transient UnitAligner aligner;

        Learn(AlignSettings settings) {
            this.settings = settings;
        }

        @Setup
        public void setup() {
            aligner = settings.unitAligner();
        }

        @ProcessElement
        public void process(@Element UnitRef unit, MultiOutputReceiver out) {
            try (Staged staged = Staged.of(unit)) {
                try {
                    out.get(LEARNED).output(new Learned(unit,
                            aligner.firstPass(staged.local().toUnit(), !settings.keepSpellings())));
                } catch (Exception e) {
                    out.get(FAILED).output(failure(unit, Failure.LEARNING, staged, e));
                }
            } catch (Exception e) {
                out.get(FAILED).output(failure(unit, Failure.LEARNING, null, e));
            }
        }
    }

    /** Pass 2: aligns a bilingual unit with the batch's lexicon, respells names and renders it. */
    static final class Align extends DoFn<UnitRef, Rendered> {
        private static final long serialVersionUID = 1L;
        private final AlignSettings settings;
        private final PCollectionView<BatchPlan> planView;
        private transient UnitAligner aligner;
        private transient TmxSettings tmx;
        private transient TsvSettings tsv;
        /** The canonicalizer of the last plan seen; built once per worker, not once per unit. */
        private transient BatchPlan plan;
        private transient NameCanonicalizer canonicalizer;

        Align(AlignSettings settings, PCollectionView<BatchPlan> planView) {
            this.settings = settings;
            this.planView = planView;
        }

        @Setup
        public void setup() {
            aligner = settings.unitAligner();
            tmx = settings.tmx();
            tsv = settings.tsv();
        }

        @ProcessElement
        public void process(ProcessContext c) {
            UnitRef unit = c.element();
            try (Staged staged = Staged.of(unit)) {
                try {
                    align(c, unit, staged);
                } catch (Exception e) {
                    c.output(FAILED, failure(unit, Failure.ALIGNING, staged, e));
                }
            } catch (Exception e) {
                c.output(FAILED, failure(unit, Failure.ALIGNING, null, e));
            }
        }

        private void align(ProcessContext c, UnitRef unit, Staged staged) throws IOException {
            BatchPlan current = c.sideInput(planView);
            String stem = current.stems().get(unit.index());
            if (stem == null) {
                throw new IllegalStateException("no stem in the batch plan for unit " + unit.index());
            }
            Optional<AlignedDocument> aligned = aligner.secondPass(staged.local().toUnit(), stem,
                    current.lexicon(), current.ownPairsOf(unit.index()));
            if (aligned.isEmpty()) {
                c.output(MONOLINGUAL, unit.stem());
                return;
            }
            AlignedDocument document = settings.keepSpellings() ? aligned.get()
                    : NameSpelling.respell(aligned.get(), canonicalizer(current));
            // named by the unit's own files, not the staged copies the aligner read
            List<String> warnings = UnrelatedSides.standard()
                    .check(document.alignment(), () -> String.join(" + ", unit.files())).stream().toList();
            c.output(Rendered.of(unit.index(), settings.threshold().apply(document), tmx, tsv, warnings));
        }

        private NameCanonicalizer canonicalizer(BatchPlan current) {
            if (current != plan) {
                plan = current;
                canonicalizer = NameCanonicalizer.fromCounts(current.nameCounts(), NameOverrides.none());
            }
            return canonicalizer;
        }
    }
}
