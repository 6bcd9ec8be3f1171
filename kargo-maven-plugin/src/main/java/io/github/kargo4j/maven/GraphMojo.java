package io.github.kargo4j.maven;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.validation.diagram.Diagrams;
import io.github.kargo4j.validation.diagram.FlowGraph;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the freight flow of each project as a Mermaid flowchart ({@code <project>.mmd}) and a Graphviz graph
 * ({@code <project>.dot}) to {@code target/kargo4j/}.
 */
@Mojo(name = "graph", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class GraphMojo extends AbstractMojo {

    /** Directories (or files) holding Kargo manifests; default {@code src/main/kargo}. */
    @Parameter
    private File[] directories;

    /** Skip the goal. */
    @Parameter(property = "kargo4j.skip", defaultValue = "false")
    private boolean skip;

    /** Where the diagrams go. */
    @Parameter(defaultValue = "${project.build.directory}/kargo4j", required = true)
    private File outputDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("kargo4j: graph skipped");
            return;
        }
        List<Path> dirs = Inputs.directories(directories, basedir, getLog());
        if (dirs.isEmpty()) {
            return;
        }
        KargoCodec codec = KargoCodec.create();
        ReadResult read = codec.readAll(dirs);
        for (ManifestException e : read.errors()) {
            getLog().error(e.getMessage());
        }
        Map<String, FlowGraph> graphs = FlowGraph.of(read.manifests().stream().map(Manifest::resource).toList());
        Path out = outputDirectory.toPath();
        for (FlowGraph g : graphs.values()) {
            String base = g.namespace().isEmpty() ? "cluster" : g.namespace();
            Path mmd = out.resolve(base + ".mmd");
            Path dot = out.resolve(base + ".dot");
            KargoCodec.writeAtomically(mmd, Diagrams.render(g, Diagrams.Format.MERMAID));
            KargoCodec.writeAtomically(dot, Diagrams.render(g, Diagrams.Format.DOT));
            getLog().info("kargo4j: wrote " + mmd + " and " + dot);
        }
        if (!read.isClean()) {
            throw new MojoFailureException("kargo4j: " + read.errors().size() + " file(s) cannot be read; see above");
        }
    }
}
