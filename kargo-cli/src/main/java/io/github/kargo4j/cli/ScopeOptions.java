package io.github.kargo4j.cli;

import io.github.kargo4j.model.io.ManifestScope;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --include}, {@code --exclude}, {@code --no-default-excludes} and {@code --allow-empty}: the options of every
 * command that reads paths.
 */
final class ScopeOptions {

    /** The options that take a value (each repeatable). */
    static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of("--include", "--exclude");

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Read only the files below a directory that match GLOB (repeatable), relative to the "
                    + "directory named: kargo/**, **/stages/*.yaml.")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Do not read the files and directories below a directory that match GLOB (repeatable): "
                    + "**/charts/**, vendor. Hidden directories and node_modules are excluded by default.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--no-default-excludes",
            description = "Also read hidden directories (.git, .github) and node_modules.")
    private boolean noDefaultExcludes;

    @Option(names = "--allow-empty",
            description = "Paths that hold no Kubernetes resource at all are fine (by default an error, exit 2).")
    private boolean allowEmpty;

    /**
     * Sets one of these options as the parser would, for a command line read without it.
     *
     * @param name  the option
     * @param value its value, null for a flag
     * @return false if it is not one of these options or not in a form the parser reads this way
     */
    boolean setWithoutParser(String name, String value) {
        switch (name) {
            case "--include" -> includes.add(value);
            case "--exclude" -> excludes.add(value);
            case "--no-default-excludes" -> noDefaultExcludes = true;
            case "--allow-empty" -> allowEmpty = true;
            default -> {
                return false;
            }
        }
        return (value != null) == VALUE_OPTIONS.contains(name);
    }

    /** @return whether paths that hold no Kubernetes resource at all are fine ({@code --allow-empty}) */
    boolean allowEmpty() {
        return allowEmpty;
    }

    /**
     * @return the scope the options describe
     * @throws UserError if a glob is not valid
     */
    ManifestScope scope() {
        try {
            return ManifestScope.builder().include(includes).exclude(excludes).defaultExcludes(!noDefaultExcludes)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
