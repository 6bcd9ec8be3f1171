package io.github.kargo4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** The top-level {@code kargo4j} command. */
@Command(name = "kargo4j", mixinStandardHelpOptions = true, versionProvider = Kargo4jCommand.Version.class,
        description = "Validate, print, draw and explain Kargo pipelines offline.",
        subcommands = {ValidateCommand.class, PrintCommand.class, GraphCommand.class, ExplainCommand.class,
            GenerateCommand.class, MigrateCommand.class, SchemaCommand.class, EvalCommand.class,
            VersionCommand.class,
            CommandLine.HelpCommand.class})
final class Kargo4jCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    private final Terminal terminal;

    Kargo4jCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
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
