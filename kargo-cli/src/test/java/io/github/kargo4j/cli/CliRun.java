package io.github.kargo4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command in-process and captures its output. */
record CliRun(int status, String out, String err) {

    static CliRun run(String... args) {
        return run(new Terminal(false, Map.of()), args);
    }

    static CliRun run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), terminal);
        return new CliRun(status, out.toString(), err.toString());
    }
}
