package io.github.kargo4j.maven;

import io.github.kargo4j.model.io.ManifestScope;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.io.SkippedInput;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every kargo4j goal shares: the manifests it reads ({@code directories}, default {@code src/main/kargo},
 * scoped by {@code includes} and {@code excludes}; none at all fails unless {@code allowEmpty}),
 * {@code kargo4j.skip}, and where its output goes ({@code target/kargo4j}).
 */
public abstract class AbstractKargoMojo extends AbstractMojo {

    /** Directories (or files) holding Kargo manifests; default {@code src/main/kargo}. */
    @Parameter
    private File[] directories;

    /** Skip the goal. */
    @Parameter(property = "kargo4j.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Globs of the files below the directories to read (only those), relative to each directory, in
     * {@code PathMatcher} glob syntax: {@code stages/**}, {@code **}{@code /*.kargo.yaml}. Default: all.
     */
    @Parameter(property = "kargo4j.includes")
    private List<String> includes = new ArrayList<>();

    /**
     * Globs of the files and directories below the directories not to read: {@code **}{@code /charts/**},
     * {@code drafts}. Hidden directories and {@code node_modules} are excluded unless {@code defaultExcludes} is
     * false.
     */
    @Parameter(property = "kargo4j.excludes")
    private List<String> excludes = new ArrayList<>();

    /** Whether hidden directories ({@code .git}) and {@code node_modules} are excluded. */
    @Parameter(property = "kargo4j.defaultExcludes", defaultValue = "true")
    private boolean defaultExcludes;

    /**
     * Whether the goal may find no manifests at all: a missing {@code src/main/kargo}, or directories without a
     * Kubernetes resource. By default that fails the build, so that a wrong path never passes as a clean pipeline.
     */
    @Parameter(property = "kargo4j.allowEmpty", defaultValue = "false")
    private boolean allowEmpty;

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

    /** @return whether finding no manifests at all is fine */
    protected boolean allowEmpty() {
        return allowEmpty;
    }

    /**
     * @return which files below the directories to read
     * @throws MojoFailureException if a glob is not valid
     */
    protected ManifestScope scope() throws MojoFailureException {
        try {
            return ManifestScope.builder().include(includes).exclude(excludes).defaultExcludes(defaultExcludes)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("kargo4j: " + e.getMessage());
        }
    }

    /**
     * Logs each input the read left out as not a Kubernetes manifest, one info line each.
     *
     * @param skipped what was skipped
     */
    protected void logSkipped(List<SkippedInput> skipped) {
        for (SkippedInput s : skipped) {
            getLog().info("kargo4j: " + s);
        }
    }

    /**
     * Refuses a read that found no Kubernetes resource at all (and no file that failed to read), unless
     * {@code allowEmpty}: a wrong directory or an include that matches nothing must not pass as a clean build.
     *
     * @param read what the goal read
     * @param dirs the directories and files read
     * @return whether nothing was found and that is allowed: the goal has nothing to do
     * @throws MojoFailureException if nothing was found and that is not allowed
     */
    protected boolean nothingFound(ReadResult read, List<Path> dirs) throws MojoFailureException {
        if (!read.manifests().isEmpty() || !read.errors().isEmpty()) {
            return false;
        }
        String where = String.join(", ", dirs.stream().map(Path::toString).toList());
        if (!allowEmpty) {
            throw new MojoFailureException("kargo4j: no Kubernetes resources found in " + where + "; check"
                    + " <directories> and <includes>/<excludes>, or set allowEmpty (-Dkargo4j.allowEmpty) if no"
                    + " manifests is expected");
        }
        getLog().info("kargo4j: no Kubernetes resources found in " + where + " (allowEmpty): nothing to do");
        return true;
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
            } else if (allowEmpty) {
                getLog().info("kargo4j: no Kargo manifests: " + def + " does not exist (allowEmpty)");
            } else {
                throw new MojoFailureException("kargo4j: no Kargo manifests: " + def + " does not exist; configure"
                        + " <directories>, or set allowEmpty (-Dkargo4j.allowEmpty) or skip (-Dkargo4j.skip) if the"
                        + " project has none");
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
