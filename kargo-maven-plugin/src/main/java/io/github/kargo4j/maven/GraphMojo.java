package io.github.kargo4j.maven;

import io.github.kargo4j.model.io.AtomicFiles;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadProgress;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.validation.diagram.Diagrams;
import io.github.kargo4j.validation.diagram.FlowGraph;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the freight flow of each project as a Mermaid flowchart ({@code <project>.mmd}) and a Graphviz graph
 * ({@code <project>.dot}) to {@code target/kargo4j/}.
 */
@Mojo(name = "graph", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class GraphMojo extends AbstractKargoMojo {

    @Override
    protected String what() {
        return "graph";
    }

    @Override
    protected void run(List<Path> dirs) throws MojoFailureException {
        KargoCodec codec = KargoCodec.create();
        ReadResult read = codec.readAll(dirs, scope(), ReadProgress.NONE);
        logSkipped(read.skipped());
        for (ManifestException e : read.errors()) {
            getLog().error(e.getMessage());
        }
        if (nothingFound(read, dirs)) {
            return;
        }
        Map<String, FlowGraph> graphs = FlowGraph.of(read.manifests().stream().map(Manifest::resource).toList());
        if (graphs.isEmpty()) {
            getLog().info("kargo4j: nothing to draw: no Warehouse or Stage among the " + read.manifests().size()
                    + " resource(s) read");
        }
        Path out = outputDirectory();
        for (FlowGraph g : graphs.values()) {
            String base = g.namespace().isEmpty() ? "cluster" : g.namespace();
            Path mmd = out.resolve(base + ".mmd");
            Path dot = out.resolve(base + ".dot");
            AtomicFiles.write(mmd, Diagrams.render(g, Diagrams.Format.MERMAID));
            AtomicFiles.write(dot, Diagrams.render(g, Diagrams.Format.DOT));
            getLog().info("kargo4j: wrote " + mmd + " and " + dot);
        }
        if (!read.isClean()) {
            throw new MojoFailureException("kargo4j: " + read.errors().size() + " file(s) cannot be read; see above");
        }
    }
}
