package io.github.kargo4j.model.io;

/**
 * Limits that protect a reader from hostile input: alias bombs ("billion laughs"), deep nesting, huge documents and
 * huge scalars. Input over a limit fails with a {@link ManifestException} naming the limit, never with an
 * {@link OutOfMemoryError} or {@link StackOverflowError}.
 *
 * <p>The defaults are far above any real Kubernetes object (the API server stores at most about 1.5 MB per object).
 *
 * @param maxDocumentChars     characters (code points) in one YAML document, or in one JSON file
 * @param maxScalarChars       characters in one scalar (string, number, key)
 * @param maxDepth             nesting depth of objects and lists
 * @param maxAliases           YAML alias uses ({@code *name}) in one document
 * @param maxNodes             nodes in one document after alias expansion
 */
public record ReadLimits(int maxDocumentChars, int maxScalarChars, int maxDepth, int maxAliases, int maxNodes) {

    /** 8 MiB documents, 1 MiB scalars, depth 256, 1,000 aliases, 1,000,000 nodes. */
    public static final ReadLimits DEFAULTS = new ReadLimits(8 << 20, 1 << 20, 256, 1_000, 1_000_000);

    /** Validates that every limit is positive. */
    public ReadLimits {
        if (maxDocumentChars < 1 || maxScalarChars < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @return the default limits */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * @param chars the new limit
     * @return a copy with that document size limit
     */
    public ReadLimits withMaxDocumentChars(int chars) {
        return new ReadLimits(chars, maxScalarChars, maxDepth, maxAliases, maxNodes);
    }

    /**
     * @param chars the new limit
     * @return a copy with that scalar length limit
     */
    public ReadLimits withMaxScalarChars(int chars) {
        return new ReadLimits(maxDocumentChars, chars, maxDepth, maxAliases, maxNodes);
    }

    /**
     * @param depth the new limit
     * @return a copy with that nesting limit
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, depth, maxAliases, maxNodes);
    }

    /**
     * @param aliases the new limit
     * @return a copy with that alias limit
     */
    public ReadLimits withMaxAliases(int aliases) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, maxDepth, aliases, maxNodes);
    }

    /**
     * @param nodes the new limit
     * @return a copy with that node limit
     */
    public ReadLimits withMaxNodes(int nodes) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, maxDepth, maxAliases, nodes);
    }
}
