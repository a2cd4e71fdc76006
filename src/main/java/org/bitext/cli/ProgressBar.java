package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.bitext.pipeline.BatchProgress;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return:
 * {@code aligning [##########..........]  12/24}. Redrawn at most every
 * {@value #REDRAW_MILLIS} ms (and at the end of each pass), so that a batch of many small
 * documents does not spend its time drawing. Only used when standard error is a terminal
 * ({@link Terminal}); a log file never sees it.
 */
final class ProgressBar implements BatchProgress {
    static final int WIDTH = 30;
    static final long REDRAW_MILLIS = 100;

    private final PrintWriter err;
    private final LongSupplier clock;
    private String pass = "";
    private int total;
    private int done;
    private long lastDrawn = Long.MIN_VALUE;
    private int lastLength;

    ProgressBar(PrintWriter err, LongSupplier clockMillis) {
        this.err = err;
        this.clock = clockMillis;
    }

    @Override
    public void pass(String name, int units) {
        pass = name;
        total = units;
        done = 0;
        draw(true);
    }

    @Override
    public void unitDone() {
        done++;
        draw(done == total);
    }

    @Override
    public void finished() {
        if (lastLength > 0) {
            // wipe the bar so that the summary starts on a clean line
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    private void draw(boolean always) {
        long now = clock.getAsLong();
        if (!always && now - lastDrawn < REDRAW_MILLIS) {
            return;
        }
        lastDrawn = now;
        String line = render(pass, done, total, WIDTH);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** The bar's text: pass name, filled part in proportion, then done/total. */
    static String render(String pass, int done, int total, int width) {
        int filled = total <= 0 ? width : (int) ((long) width * Math.min(done, total) / total);
        String digits = Integer.toString(Math.max(total, 0));
        return String.format(Locale.ROOT, "bitext: %-8s [%s%s] %" + digits.length() + "d/%s", pass,
                "#".repeat(filled), ".".repeat(width - filled), done, digits);
    }
}
