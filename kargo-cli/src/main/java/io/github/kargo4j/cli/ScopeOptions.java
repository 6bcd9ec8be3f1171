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

    // the options' names: picocli reads them from the annotations, ValidateCommand's reading without it from here
    private static final String INCLUDE = "--include";
    private static final String EXCLUDE = "--exclude";
    private static final String NO_DEFAULT_EXCLUDES = "--no-default-excludes";
    private static final String ALLOW_EMPTY = "--allow-empty";

    /** The options that take a value (each repeatable). */
    static final java.util.Set<String> VALUE_OPTIONS = java.util.Set.of(INCLUDE, EXCLUDE);

    @Option(names = INCLUDE, paramLabel = "GLOB",
            description = "Read only the files below a directory that match GLOB (repeatable), relative to the "
                    + "directory named: kargo/**, **/stages/*.yaml.")
    private List<String> includes = new ArrayList<>();

    @Option(names = EXCLUDE, paramLabel = "GLOB",
            description = "Do not read the files and directories below a directory that match GLOB (repeatable): "
                    + "**/charts/**, vendor. Hidden directories and node_modules are excluded by default.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = NO_DEFAULT_EXCLUDES,
            description = "Also read hidden directories (.git, .github) and node_modules.")
    private boolean noDefaultExcludes;

    @Option(names = ALLOW_EMPTY,
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
            case INCLUDE -> includes.add(value);
            case EXCLUDE -> excludes.add(value);
            case NO_DEFAULT_EXCLUDES -> noDefaultExcludes = true;
            case ALLOW_EMPTY -> allowEmpty = true;
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
