package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void barIsFilledInProportion() {
        assertEquals("bitext: aligning [#####.....]  5/10", ProgressBar.render("aligning", 5, 10, 10));
        assertEquals("bitext: learning [..........] 0/3", ProgressBar.render("learning", 0, 3, 10));
        assertEquals("bitext: aligning [##########] 0/0", ProgressBar.render("aligning", 0, 0, 10));
    }

    @Test
    void redrawsAreThrottledButTheEndOfAPassIsAlwaysDrawn() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(err), () -> now[0]);
        bar.pass("aligning", 3);
        bar.unitDone();
        bar.unitDone();
        assertFalse(err.toString().contains("2/3"), "redrawn within the throttle time");
        bar.unitDone();
        assertTrue(err.toString().contains("3/3"));
        bar.finished();
        assertTrue(err.toString().endsWith("\r"), "the line is wiped for the summary");
    }

    @Test
    void onlyTerminalDevicesCountAsTerminals() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
        assertFalse(Terminal.isTerminalDevice("pipe:[12345]"));
        assertFalse(Terminal.isTerminalDevice("/tmp/log.txt"));
    }
}
