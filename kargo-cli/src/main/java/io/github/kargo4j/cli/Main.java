package io.github.kargo4j.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Entry point of the {@code kargo4j} command. Exit status: 0 success, 1 findings at or above {@code --fail-on},
 * 2 usage errors or unreadable input (always a one-line reason, never a stack trace; set {@code KARGO4J_DEBUG=1} to
 * see the stack trace of an unexpected failure).
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        int status = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Terminal.detect());
        if (status != 0 || anotherThreadKeepsTheJvm()) {
            System.exit(status);
        }
        // success: the JVM ends as main returns (every thread the command starts is a daemon), without the work of
        // Runtime.exit, which on JDK 21 and later sets up the system logger to log the exit (about 10 ms)
    }

    /** @return whether a thread other than this one would keep the JVM running after main returns */
    private static boolean anotherThreadKeepsTheJvm() {
        Thread[] threads = new Thread[Thread.activeCount() + 8];
        int n = Thread.enumerate(threads);
        if (n == threads.length) {
            return true;   // more than were counted: do not guess
        }
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the command without exiting the JVM.
     *
     * @param args     command-line arguments
     * @param out      standard output
     * @param err      standard error
     * @param terminal what the process is attached to
     * @return the exit status
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        int status;
        try {
            String version = versionWithoutParser(args);
            if (version != null) {
                out.println(version);
                out.flush();
                return 0;
            }
            ValidateCommand plain = ValidateCommand.withoutParser(args);
            if (plain != null) {
                // the common case needs no parser: no command model is built (a good part of the start-up time)
                status = runDirect(plain, new Kargo4jCommand(terminal, out, err), err);
            } else {
                status = parseAndRun(args, out, err, terminal);
            }
        } catch (OutOfMemoryError e) {
            // what the command held is unreachable now: there is room to say what happened
            err.println("kargo4j: out of memory: the input holds more than fits in this JVM's heap; give it more (for"
                    + " example KARGO4J_JAVA_OPTS=-Xmx2g) or read fewer files at a time");
            status = 2;
        } catch (StackOverflowError e) {
            err.println("kargo4j: the input is nested too deeply to process (set KARGO4J_DEBUG=1 for details; please"
                    + " report it)");
            status = 2;
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * What {@code kargo4j --version} ({@code -V}) and {@code kargo4j version} print, made without the parser, whose
     * command model of every subcommand would take most of the time; {@code null} for any other command line.
     */
    static String versionWithoutParser(String[] args) {
        if (args.length != 1) {
            return null;
        }
        return switch (args[0]) {
            case "--version", "-V" -> String.join(System.lineSeparator(), new Kargo4jCommand.Version().getVersion());
            case "version" -> VersionCommand.line();
            default -> null;
        };
    }

    /** Runs a command made without the parser, handling its failures as picocli's execution handler does. */
    private static int runDirect(ValidateCommand command, Kargo4jCommand parent, PrintWriter err) {
        command.parent(parent);
        try {
            return command.call();
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    /** Builds picocli's command model of the command the arguments name, parses them and runs the command. */
    private static int parseAndRun(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        return commandLine(args, out, err, terminal).execute(args);
    }

    /**
     * @return picocli's command model of the command the arguments name, configured as the command runs it
     */
    static CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine cl = new CommandLine(new Kargo4jCommand(terminal, out, err), new Factory(terminal, out, err));
        addSubcommands(cl, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.colour()
                ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("kargo4j: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, commandLine.getErr()));
        return cl;
    }

    /**
     * @param ex  what a command threw
     * @param err the error stream
     * @return the exit status: 2, with one line that says what failed (a user's mistake, or an unexpected failure to
     *     report, its stack trace only with {@code KARGO4J_DEBUG} set)
     */
    private static int failed(Exception ex, PrintWriter err) {
        if (ex instanceof UserError) {
            err.println("kargo4j: " + ex.getMessage());
            return 2;
        }
        err.println("kargo4j: unexpected failure: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse(""))
                + " (set KARGO4J_DEBUG=1 for details; please report it)");
        if (System.getenv("KARGO4J_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        return 2;
    }

    /** Adds the subcommand the arguments start with, or every subcommand (see {@link Kargo4jCommand#subcommands()}). */
    private static void addSubcommands(CommandLine cl, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> c : Kargo4jCommand.subcommands()) {
            if (c != CommandLine.HelpCommand.class
                    && c.getAnnotation(CommandLine.Command.class).name().equals(first)) {
                cl.addSubcommand(c);
                return;
            }
        }
        for (Class<?> c : Kargo4jCommand.subcommands()) {
            cl.addSubcommand(c);
        }
    }

    /** Creates commands that need the terminal. */
    private static final class Factory implements CommandLine.IFactory {
        private final Terminal terminal;
        private final PrintWriter out;
        private final PrintWriter err;

        Factory(Terminal terminal, PrintWriter out, PrintWriter err) {
            this.terminal = terminal;
            this.out = out;
            this.err = err;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == Kargo4jCommand.class) {
                return cls.cast(new Kargo4jCommand(terminal, out, err));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
