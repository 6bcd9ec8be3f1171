package io.github.kargo4j.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every kargo4j goal shares: the manifests it reads ({@code directories}, default {@code src/main/kargo}),
 * {@code kargo4j.skip}, and where its output goes ({@code target/kargo4j}).
 */
public abstract class AbstractKargoMojo extends AbstractMojo {

    /** Directories (or files) holding Kargo manifests; default {@code src/main/kargo}. */
    @Parameter
    private File[] directories;

    /** Skip the goal. */
    @Parameter(property = "kargo4j.skip", defaultValue = "false")
    private boolean skip;

    /** Where the goal's reports, diagrams or diff go. */
    @Parameter(defaultValue = "${project.build.directory}/kargo4j", required = true)
    private File outputDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Creates the goal (Maven does). */
    protected AbstractKargoMojo() {
    }

    /** @return what the goal does, as a noun for the log ({@code validation}, {@code graph}, {@code migration}) */
    protected abstract String what();

    /**
     * Runs the goal on the manifests.
     *
     * @param inputs the existing directories and files to read, never empty
     * @throws MojoFailureException if the build must fail
     */
    protected abstract void run(List<Path> inputs) throws MojoFailureException;

    @Override
    public final void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("kargo4j: " + what() + " skipped");
            return;
        }
        List<Path> inputs = inputs();
        if (!inputs.isEmpty()) {
            run(inputs);
        }
    }

    /** @return where output goes */
    protected Path outputDirectory() {
        return outputDirectory.toPath();
    }

    /** @return the project directory */
    protected Path basedir() {
        return basedir.toPath();
    }

    /**
     * @return the existing directories to read; empty when there is nothing to do
     * @throws MojoFailureException if a directory the user configured does not exist
     */
    private List<Path> inputs() throws MojoFailureException {
        List<Path> out = new ArrayList<>();
        if (directories == null || directories.length == 0) {
            Path def = basedir().resolve("src/main/kargo");
            if (Files.isDirectory(def)) {
                out.add(def);
            } else {
                getLog().info("kargo4j: no Kargo manifests: " + def + " does not exist");
            }
            return out;
        }
        for (File f : directories) {
            Path p = f.toPath();
            if (!Files.exists(p)) {
                throw new MojoFailureException("kargo4j: " + p + " does not exist");
            }
            out.add(p);
        }
        return out;
    }
}
