package io.github.kargo4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kargo4j generate}: generates Kargo resources from templates; see its subcommands. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Generate Kargo resources from a template (see its subcommands).",
        description = "Generate Kargo resources from a template: each subcommand below is one template.",
        subcommands = {GenerateFleetCommand.class})
final class GenerateCommand implements Runnable {

    @ParentCommand
    private Kargo4jCommand parent;

    Kargo4jCommand parent() {
        return parent;
    }

    /** Without a subcommand there is nothing to generate: a usage error. */
    @Override
    public void run() {
        throw new UserError("generate needs a subcommand: fleet (see 'kargo4j generate --help')");
    }
}
