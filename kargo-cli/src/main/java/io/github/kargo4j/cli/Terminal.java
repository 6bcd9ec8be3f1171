package io.github.kargo4j.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;

/**
 * What the process is attached to: colour and progress output only on an interactive terminal; standard input for
 * the path {@code -}.
 */
final class Terminal {

    private final boolean interactive;
    private final boolean colour;
    private final InputStream in;

    /** A terminal whose standard input is empty. */
    Terminal(boolean interactive, Map<String, String> env) {
        this(interactive, env, new ByteArrayInputStream(new byte[0]));
    }

    Terminal(boolean interactive, Map<String, String> env, InputStream in) {
        this.interactive = interactive;
        this.colour = interactive && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        this.in = in;
    }

    /** @return the terminal of this process */
    static Terminal detect() {
        return new Terminal(System.console() != null, System.getenv(), System.in);
    }

    /** @return standard input, read for the path {@code -} */
    InputStream in() {
        return in;
    }

    /** @return whether output goes to a person at a terminal (progress lines are shown) */
    boolean interactive() {
        return interactive;
    }

    /** @return whether ANSI colours may be used (interactive, and {@code NO_COLOR} unset) */
    boolean colour() {
        return colour;
    }
}
