package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.validation.diagram.Diagrams;
import io.github.kargo4j.validation.diagram.FlowGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code kargo4j graph}: the freight flow of each project. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        header = "Draw the freight flow of each project: Mermaid, DOT or text.",
        description = {"Draw the freight flow of each project: Warehouses and Stages as nodes, edges labelled by "
                + "origin Warehouse; approval gates (Stages without steps) and auto-promoting Stages are marked. "
                + "Several projects make one diagram with a subgraph (Mermaid) or cluster (DOT) per project.",
            "Exit status: 0 when every document was read, 2 when a file or a document cannot be read, and when "
                + "the paths hold no Kubernetes resource at all (see --allow-empty)."})
final class GraphCommand implements Callable<Integer> {

    /** Diagram formats. */
    enum Format { mermaid, dot, text }

    @ParentCommand
    private Kargo4jCommand parent;

    @Option(names = "--format", defaultValue = "text", paramLabel = "mermaid|dot|text",
            description = "Diagram format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private ScopeOptions scope = new ScopeOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files and directories (default: the current directory); - reads the manifests from "
                    + "standard input.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        ReadResult read = Inputs.read(paths, scope.scope(), parent.terminal(), parent.err());
        Inputs.requireSomething(paths, read, scope.allowEmpty());
        Map<String, FlowGraph> graphs = FlowGraph.of(read.manifests().stream().map(Manifest::resource).toList());
        if (!graphs.isEmpty()) {
            parent.out().print(Diagrams.render(graphs.values(), Diagrams.Format.parse(format.name())));
        } else if (!read.manifests().isEmpty()) {
            int n = read.manifests().size();
            parent.err().println("kargo4j: nothing to draw: no Warehouse or Stage among the " + n
                    + (n == 1 ? " resource" : " resources") + " read; name the directory that holds the Stages "
                    + "and Warehouses (and check --include/--exclude)");
        }
        parent.out().flush();
        Inputs.reportErrors(read, parent.err());
        return read.isClean() ? 0 : 2;
    }
}
