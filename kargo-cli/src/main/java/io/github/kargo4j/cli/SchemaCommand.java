package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.schemas.KargoSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kargo4j schema}. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "Write JSON Schemas of every Kargo kind for editors and kubeconform.",
        description = "Write the JSON Schemas (draft-07) of every Kargo kind, generated from the kargo4j model, for "
                + "editors (yaml-language-server: VS Code, IntelliJ, Neovim) and kubeconform.")
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    private Kargo4jCommand parent;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "The directory to write the schemas into (created if needed; files of the same name are "
                    + "replaced atomically).")
    private Path out;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "yaml-language-server",
            description = "yaml-language-server (one file per kind and kargo.json, which picks one by apiVersion and "
                    + "kind) or kubeconform (one file per kind, {kind}-{group}-{version}.json). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String layout;

    @Override
    public Integer call() {
        KargoSchemas.Layout chosen;
        try {
            chosen = KargoSchemas.Layout.of(layout);
        } catch (IllegalArgumentException e) {
            throw new UserError("--layout: " + e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--output " + out + " is a file, not a directory: name a directory (it is created if"
                    + " needed)");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserError("--output " + out + ": cannot create the directory; check that its parent can be"
                    + " written, or name another directory");
        }
        Map<String, String> files = KargoSchemas.files(chosen);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                AtomicFiles.write(out.resolve(file.getKey()), file.getValue());
            }
        } catch (UncheckedIOException e) {
            throw new UserError(e.getMessage());
        }
        parent.out().println("wrote " + files.size() + " schemas to " + out + " (" + chosen.cliName() + " layout)");
        if (chosen == KargoSchemas.Layout.YAML_LANGUAGE_SERVER) {
            parent.out().println("modeline: # yaml-language-server: $schema="
                    + out.toAbsolutePath().normalize().resolve("kargo.json").toUri());
        } else {
            parent.out().println("kubeconform -schema-location default -schema-location '"
                    + out.toAbsolutePath().normalize() + "/{{ .ResourceKind }}{{ .KindSuffix }}.json' FILES");
        }
        parent.out().flush();
        return 0;
    }
}
