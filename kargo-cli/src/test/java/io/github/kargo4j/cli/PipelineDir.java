package io.github.kargo4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary pipeline directory for the tests of this module: writes files below a root (creating their
 * directories) and gives the few manifests the scope, suppression and migration tests share. The one copy of this
 * helper in kargo-cli; kargo-validation has its own (modules share no test classes).
 */
final class PipelineDir {

    /** The Project of namespace {@code demo}. */
    static final String PROJECT = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Project
            metadata:
              name: demo
            """;

    /** A Warehouse of namespace {@code demo} in the removed shape {@code migrate} rewrites. */
    static final String LEGACY_WAREHOUSE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Warehouse
            metadata: {name: app, namespace: demo}
            spec:
              subscriptions:
                - image:
                    repoURL: ghcr.io/example/app
                    semverConstraint: ^1.0.0
            """;

    private final Path root;

    private PipelineDir(Path root) {
        this.root = root;
    }

    /**
     * @param root an existing directory, typically a {@code @TempDir}
     * @return a helper writing below it
     */
    static PipelineDir at(Path root) {
        return new PipelineDir(root);
    }

    /**
     * @param relative a path below the root, such as {@code dev/stage.yaml}
     * @param text     the file's content
     * @return the file written
     */
    Path write(String relative, String text) {
        Path p = root.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Stage of namespace {@code demo} that requests Freight directly from Warehouse {@code app}: when the
     * Warehouse is not in the set, a {@code KG003} finding about the Stage.
     *
     * @param name    the Stage's name
     * @param comment a line in its {@code metadata} (a {@code # kargo4j:ignore} comment), or empty for none
     * @return the manifest
     */
    static String stage(String name, String comment) {
        return "apiVersion: kargo.akuity.io/v1alpha1\n"
                + "kind: Stage\n"
                + "metadata:\n"
                + "  name: " + name + "\n"
                + "  namespace: demo\n"
                + (comment.isEmpty() ? "" : "  " + comment + "\n")
                + "spec:\n"
                + "  requestedFreight:\n"
                + "    - origin: {kind: Warehouse, name: app}\n"
                + "      sources:\n"
                + "        direct: true\n";
    }
}
