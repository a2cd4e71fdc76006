package org.bitext.cli;

/** The exit codes of every command, documented in the README. */
final class ExitCode {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;
    /** Some inputs could not be processed; the others were. */
    static final int BAD_INPUT = 3;

    private ExitCode() {
    }
}
