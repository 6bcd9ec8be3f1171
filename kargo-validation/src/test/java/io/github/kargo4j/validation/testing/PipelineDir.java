package io.github.kargo4j.validation.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary pipeline directory for the tests of this module: writes files below a root (creating their
 * directories) and gives the few manifests the scope, suppression and migration tests share. The one copy of this
 * helper in kargo-validation; kargo-cli has its own (modules share no test classes).
 */
public final class PipelineDir {

    /** The Project of namespace {@code demo}. */
    public static final String PROJECT = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Project
            metadata:
              name: demo
            """;

    /** Warehouse {@code demo/app}, with one image subscription. */
    public static final String WAREHOUSE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Warehouse
            metadata: {name: app, namespace: demo}
            spec:
              subscriptions:
                - image: {repoURL: ghcr.io/example/app}
            """;

    private final Path root;

    private PipelineDir(Path root) {
        this.root = root;
    }

    /**
     * @param root an existing directory, typically a {@code @TempDir}
     * @return a helper writing below it
     */
    public static PipelineDir at(Path root) {
        return new PipelineDir(root);
    }

    /** @return the directory */
    public Path root() {
        return root;
    }

    /**
     * @param relative a path below the root, such as {@code dev/stage.yaml}
     * @param text     the file's content
     * @return the file written
     */
    public Path write(String relative, String text) {
        Path p = root.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return this, after writing {@link #PROJECT} to {@code project.yaml} */
    public PipelineDir project() {
        write("project.yaml", PROJECT);
        return this;
    }

    /**
     * A Stage of namespace {@code demo} that requests Freight directly from a Warehouse: when the Warehouse is not
     * in the set, a {@code KG003} finding about the Stage.
     *
     * @param name      the Stage's name
     * @param warehouse the Warehouse it requests from
     * @param comment   a line in its {@code metadata} (a {@code # kargo4j:ignore} comment), or empty for none
     * @return the manifest
     */
    public static String stage(String name, String warehouse, String comment) {
        return "apiVersion: kargo.akuity.io/v1alpha1\n"
                + "kind: Stage\n"
                + "metadata:\n"
                + "  name: " + name + "\n"
                + "  namespace: demo\n"
                + (comment.isEmpty() ? "" : "  " + comment + "\n")
                + "spec:\n"
                + "  requestedFreight:\n"
                + "    - origin: {kind: Warehouse, name: " + warehouse + "}\n"
                + "      sources:\n"
                + "        direct: true\n";
    }
}
