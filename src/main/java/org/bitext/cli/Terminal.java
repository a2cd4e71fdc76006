package org.bitext.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error (or output) is a terminal, which decides whether a progress bar is
 * drawn. Java 17 can only tell whether the process has a console (stdin and stdout both
 * terminals), which is wrong for {@code bitext ... 2>log}; on Linux, {@code /proc/self/fd/N}
 * says where a stream really goes, so that is asked first.
 */
final class Terminal {
    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        return isTerminal(2);
    }

    /** Standard output on a terminal: data printed there would break a progress bar's line. */
    static boolean stdoutIsTerminal() {
        return isTerminal(1);
    }

    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(link).toString());
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
