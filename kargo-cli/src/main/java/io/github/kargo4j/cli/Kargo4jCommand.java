package io.github.kargo4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** The top-level {@code kargo4j} command. */
@Command(name = "kargo4j", mixinStandardHelpOptions = true, versionProvider = Kargo4jCommand.Version.class,
        description = "Validate, print, draw and explain Kargo pipelines offline.")
final class Kargo4jCommand implements Runnable {

    /**
     * @return the subcommands, in the order help lists them. {@link Main} adds them: only the one the arguments name
     *     when they start with a subcommand's name (picocli reads each subcommand's annotations when it is added, a
     *     good part of the start-up time), every one otherwise (help, suggestions for a misspelt name). A method,
     *     not a constant: a run that builds no command model loads none of these classes.
     */
    static java.util.List<Class<?>> subcommands() {
        return java.util.List.of(ValidateCommand.class, PrintCommand.class, GraphCommand.class,
                ExplainCommand.class, GenerateCommand.class, MigrateCommand.class, SchemaCommand.class,
                EvalCommand.class, RenderCommand.class, VersionCommand.class, CommandLine.HelpCommand.class);
    }

    @Spec
    private CommandSpec spec;

    private final Terminal terminal;
    private final PrintWriter out;
    private final PrintWriter err;

    Kargo4jCommand(Terminal terminal, PrintWriter out, PrintWriter err) {
        this.terminal = terminal;
        this.out = out;
        this.err = err;
    }

    Terminal terminal() {
        return terminal;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    @Override
    public void run() {
        spec.commandLine().usage(out());
    }

    /** Supplies {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kargo4j " + VersionCommand.version()};
        }
    }
}
