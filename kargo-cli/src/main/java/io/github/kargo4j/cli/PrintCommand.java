package io.github.kargo4j.cli;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kargo4j print}: every resource in canonical form, as one stream. */
@Command(name = "print", mixinStandardHelpOptions = true,
        header = "Print every resource in canonical form, as YAML or JSON.",
        description = {"Print every resource in canonical form as one multi-document YAML stream (or one JSON v1 "
                + "List): fields in Kargo's documented order, minimal safe quoting, unknown fields kept. A document "
                + "that cannot be read is named on standard error and the others are printed.",
            "Exit status: 0 when every document was read, 2 when a file or a document cannot be read, and when "
                + "the paths hold no Kubernetes resource at all (see --allow-empty)."})
final class PrintCommand implements Callable<Integer> {

    /** Output formats. */
    enum Output { yaml, json }

    @ParentCommand
    private Kargo4jCommand parent;

    // no defaultValue: picocli would apply it after the deprecated --output had set the format
    @Option(names = "--format", paramLabel = "yaml|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: yaml).")
    private Output output;

    private boolean deprecatedOutput;

    /** {@code --output yaml|json}, the spelling of 0.1: a format, where every other command's --output is a file. */
    @Option(names = "--output", hidden = true, paramLabel = "yaml|json")
    private void deprecatedOutput(Output format) {
        this.output = format;
        this.deprecatedOutput = true;
    }

    @Mixin
    private ScopeOptions scope = new ScopeOptions();

    @Mixin
    private ThreadsOption threads = new ThreadsOption();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files and directories (default: the current directory); - reads the manifests from "
                    + "standard input.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        if (output == null) {
            output = Output.yaml;
        }
        if (deprecatedOutput) {
            parent.err().println("kargo4j: warning: print --output is deprecated and will be removed in the next "
                    + "release; write --format " + output);
        }
        ReadResult read = Inputs.read(paths, scope.scope(), threads.threads(), parent.terminal(), parent.err());
        Inputs.requireSomething(paths, read, scope.allowEmpty());
        List<KargoResource> resources = read.manifests().stream().map(Manifest::resource).toList();
        KargoCodec codec = KargoCodec.create();
        if (output == Output.yaml) {
            parent.out().print(codec.toYaml(resources));
        } else {
            JsonArray.Builder items = JsonArray.builder();
            resources.forEach(r -> items.add(KargoCodec.toTree(r)));
            JsonObject list = JsonObject.builder().put("apiVersion", "v1").put("kind", "List")
                    .put("items", items.build()).build();
            parent.out().println(codec.treeToJson(list, true));
        }
        parent.out().flush();
        Inputs.reportErrors(read, parent.err());
        return read.isClean() ? 0 : 2;
    }
}
