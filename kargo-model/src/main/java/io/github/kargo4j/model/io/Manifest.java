package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;

import java.util.List;
import java.util.Objects;

/**
 * One document read from a file or stream: the typed resource, where it came from, and the tree it was read from,
 * which knows the line and column of every node.
 *
 * <p>A document that is YAML but does not fit its kind's schema still loads: each value that does not fit (a
 * string where a number belongs, a list where an object belongs, an object missing a required field) is kept as
 * written among the unknown fields of the object that holds it, so that writing the resource reproduces the
 * document, and is named in {@link #problems()}. A document whose top level cannot be built at all (no
 * {@code metadata}, no {@code spec} where one is required) loads as a
 * {@link io.github.kargo4j.model.generic.GenericResource} of its kind, with the problems that stopped it.
 *
 * @param resource the typed resource ({@link io.github.kargo4j.model.generic.GenericResource} for kinds the model
 *                 does not type, or that do not fit their type)
 * @param location where the document starts
 * @param tree     the document as read, with positions (its {@code toString()} is the JSON text, values included;
 *                 {@link #toString()} of the manifest shows none of it)
 * @param problems the values that do not fit the kind's schema, each with its file, line, column and path; empty
 *                 when the document fits
 */
public record Manifest(KargoResource resource, SourceLocation location, JsonObject tree,
                       List<ManifestException> problems) {

    /** Checks that no component is null. */
    public Manifest {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tree, "tree");
        problems = List.copyOf(problems);
    }

    /**
     * A document that fits its kind's schema.
     *
     * @param resource the typed resource
     * @param location where the document starts
     * @param tree     the document as read
     */
    public Manifest(KargoResource resource, SourceLocation location, JsonObject tree) {
        this(resource, location, tree, List.of());
    }

    /** @return whether the document fits its kind's schema (no {@link #problems()}) */
    public boolean fits() {
        return problems.isEmpty();
    }

    /**
     * The position of a node, or of its nearest ancestor that exists in the document.
     *
     * @param path a path in the document
     * @return the best known line and column (for a missing node, its parent's)
     */
    public SourcePosition positionOf(JsonPath path) {
        return path.locate(tree).orElse(location.position());
    }

    /**
     * Where the document came from and which resource it is; never its content (the tree of a Secret holds its
     * values).
     *
     * @return for example {@code Manifest{stages/dev.yaml:1:1, Stage kargo-demo/dev}}
     */
    @Override
    public String toString() {
        return "Manifest{" + location + ", " + resource.ref() + "}";
    }

    /**
     * @param path a path in the document
     * @return {@code file:line:column} of the node at that path
     */
    public String describe(JsonPath path) {
        SourcePosition p = positionOf(path);
        return location.source() + ":" + p.line() + ":" + p.column();
    }
}
