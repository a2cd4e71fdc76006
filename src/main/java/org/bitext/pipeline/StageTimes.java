package org.bitext.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of a batch, for {@code bitext align --timings} and the benchmarks in
 * {@code bench/}. Off by default: a switched-off instance never reads the clock, so the cost of
 * the instrumentation in a normal run is one null check per stage and unit.
 *
 * <p>Stages run on several threads with {@code --jobs N}, so each stage's time is the sum over
 * the threads and the stages may add up to more than the wall time. Decoding, paragraphs and
 * segmentation run once per unit while the prepared units fit their share of the heap, and again
 * in the second pass for the units beyond it; their times cover both. Presegmented input
 * ({@link Presegmented}) has no paragraphs, languages or names to find: those stages stay at zero,
 * decoding covers reading the lines, and segmentation the match tokens of each line.
 */
public final class StageTimes {
    /** The stages of {@link AlignmentPipeline}, in pipeline order. */
    public enum Stage {
        DECODE("decode"),
        PARAGRAPHS("paragraphs+language"),
        SEGMENTATION("segmentation"),
        FIRST_PASS("first-pass alignment"),
        LEXICON("lexicon training"),
        SECOND_PASS("second-pass alignment"),
        NAMES("name respelling"),
        WRITING("writing");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final StageTimes OFF = new StageTimes(null);

    /** One adder per stage, or null when switched off. */
    private final LongAdder[] nanos;

    private StageTimes(LongAdder[] nanos) {
        this.nanos = nanos;
    }

    /** An instance that records nothing and never reads the clock. */
    public static StageTimes off() {
        return OFF;
    }

    /** A fresh instance that records; safe to share between the batch's threads. */
    public static StageTimes on() {
        LongAdder[] adders = new LongAdder[Stage.values().length];
        for (int i = 0; i < adders.length; i++) {
            adders[i] = new LongAdder();
        }
        return new StageTimes(adders);
    }

    public boolean enabled() {
        return nanos != null;
    }

    /** A start mark for {@link #stop}; 0 when switched off. */
    public long start() {
        return nanos == null ? 0 : System.nanoTime();
    }

    /** Adds the time since {@code start} to {@code stage}; returns a new start mark. */
    public long stop(Stage stage, long start) {
        if (nanos == null) {
            return 0;
        }
        long now = System.nanoTime();
        nanos[stage.ordinal()].add(now - start);
        return now;
    }

    /** Nanoseconds recorded per stage so far (all zero when switched off), in pipeline order. */
    public Map<Stage, Long> totals() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            out.put(stage, nanos == null ? 0L : nanos[stage.ordinal()].sum());
        }
        return out;
    }

    /**
     * The report printed by {@code --timings}: a header, one line per stage with seconds and the
     * share of the wall time, and the wall time. Seconds with three decimals, ASCII digits.
     *
     * @param totals nanoseconds per stage, as given by {@link #totals()}
     * @param wallNanos the wall time of the whole run
     * @param jobs the number of threads the stages ran on
     */
    public static List<String> report(Map<Stage, Long> totals, long wallNanos, int jobs) {
        List<String> lines = new ArrayList<>();
        lines.add(jobs == 1 ? "timings (seconds, share of wall time):"
                : "timings (seconds summed over " + jobs + " jobs, share of wall time):");
        for (Stage stage : Stage.values()) {
            long n = totals.getOrDefault(stage, 0L);
            lines.add(String.format(Locale.ROOT, "  %-22s %9.3f %6.1f %%", stage.label(), n / 1e9,
                    wallNanos <= 0 ? 0.0 : 100.0 * n / wallNanos));
        }
        lines.add(String.format(Locale.ROOT, "  %-22s %9.3f", "wall", wallNanos / 1e9));
        return lines;
    }
}
