package org.bitext.pipeline;

/**
 * Hears how far a batch run has got, for a progress bar. Every call comes from the thread that
 * called {@link AlignmentPipeline#run}, in order, whatever the number of jobs.
 */
public interface BatchProgress {
    /** Hears nothing. */
    BatchProgress NONE = new BatchProgress() {
        @Override
        public void pass(String name, int units) {
        }

        @Override
        public void unitDone() {
        }

        @Override
        public void finished() {
        }
    };

    /** A pass over {@code units} units begins (there are two: learning, then aligning). */
    void pass(String name, int units);

    /** One more unit of the current pass is done (aligned, skipped or failed). */
    void unitDone();

    /** The run is over; a bar may clear its line. */
    void finished();
}
