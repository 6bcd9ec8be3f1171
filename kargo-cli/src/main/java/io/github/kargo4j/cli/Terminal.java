package io.github.kargo4j.cli;

import java.util.Map;

/** What the process is attached to: colour and progress output only on an interactive terminal. */
final class Terminal {

    private final boolean interactive;
    private final boolean colour;

    Terminal(boolean interactive, Map<String, String> env) {
        this.interactive = interactive;
        this.colour = interactive && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }

    /** @return the terminal of this process */
    static Terminal detect() {
        return new Terminal(System.console() != null, System.getenv());
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
