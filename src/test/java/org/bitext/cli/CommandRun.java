package org.bitext.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** What a command printed and returned, run in memory: the command tests' runner. */
record CommandRun(int exit, String out, String err) {
    static CommandRun of(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** Standard output's lines, each ended by a line break (none for no output). */
    List<String> lines() {
        String[] lines = out.split("\n", -1);
        return out.isEmpty() ? List.of() : Arrays.asList(lines).subList(0, lines.length - 1);
    }
}
