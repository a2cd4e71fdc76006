package org.bitext.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, which decides whether a progress bar is drawn. Java 17
 * can only tell whether the process has a console (stdin and stdout both terminals), which is
 * wrong for {@code bitext ... 2>log}; on Linux, {@code /proc/self/fd/2} says where standard
 * error really goes, so that is asked first.
 */
final class Terminal {
    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        if (Files.isSymbolicLink(STDERR_LINK)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // fall through to the console test
            }
        }
        return System.console() != null;
    }

    /** Pseudo-terminals and real ones; {@code /dev/null}, pipes and files are not. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }
}
