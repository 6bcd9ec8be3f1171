package io.github.kargo4j.model.io;

/**
 * Limits that protect a reader from hostile input: alias bombs ("billion laughs"), deep nesting, huge documents,
 * huge scalars, numbers with a million digits and endless streams. Input over a limit fails with a
 * {@link ManifestException} naming the limit, never with an {@link OutOfMemoryError}, a
 * {@link StackOverflowError} or a hang. Every limit bounds work as the input streams in: nothing is read twice and
 * nothing over a limit is buffered whole.
 *
 * <p>The default document limit is the Kubernetes API server's: it refuses requests over 3 MiB (and etcd stores
 * objects of at most about 1.5 MiB), so a larger document could never be applied.
 *
 * @param maxDocumentChars characters (code points) in one YAML document or JSON file, counted as written and again
 *                         with every YAML alias expanded
 * @param maxScalarChars   characters in one scalar (string, number, key)
 * @param maxDepth         nesting depth of objects and lists
 * @param maxAliases       YAML alias uses ({@code *name}) in one document
 * @param maxNodes         nodes in one document after alias expansion
 * @param maxNumberDigits  digits in one number (its sign, point and exponent count too); checked before the number
 *                         is converted, since converting a number of a million digits takes minutes
 * @param maxFileChars     characters in one file or stream, counted as written and again with every YAML alias
 *                         expanded; bounds the time spent on an endless input such as {@code /dev/zero} or a pipe
 */
public record ReadLimits(int maxDocumentChars, int maxScalarChars, int maxDepth, int maxAliases, int maxNodes,
                         int maxNumberDigits, long maxFileChars) {

    /** The API server's request limit, 3 MiB. */
    static final int API_SERVER_REQUEST_LIMIT = 3 << 20;

    /**
     * 3 MiB documents, 1 MiB scalars, depth 256, 1,000 aliases, 1,000,000 nodes, 1,000 digits per number, 64 MiB
     * files.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(API_SERVER_REQUEST_LIMIT, 1 << 20, 256, 1_000, 1_000_000,
            1_000, 64L << 20);

    /** Validates that every limit is positive. */
    public ReadLimits {
        if (maxDocumentChars < 1 || maxScalarChars < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1
                || maxNumberDigits < 1 || maxFileChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The limits of earlier versions, with the default number and file limits.
     *
     * @param maxDocumentChars characters in one document
     * @param maxScalarChars   characters in one scalar
     * @param maxDepth         nesting depth
     * @param maxAliases       aliases in one document
     * @param maxNodes         nodes in one document after alias expansion
     */
    public ReadLimits(int maxDocumentChars, int maxScalarChars, int maxDepth, int maxAliases, int maxNodes) {
        this(maxDocumentChars, maxScalarChars, maxDepth, maxAliases, maxNodes, 1_000, 64L << 20);
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
        return new ReadLimits(chars, maxScalarChars, maxDepth, maxAliases, maxNodes, maxNumberDigits, maxFileChars);
    }

    /**
     * @param chars the new limit
     * @return a copy with that scalar length limit
     */
    public ReadLimits withMaxScalarChars(int chars) {
        return new ReadLimits(maxDocumentChars, chars, maxDepth, maxAliases, maxNodes, maxNumberDigits, maxFileChars);
    }

    /**
     * @param depth the new limit
     * @return a copy with that nesting limit
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, depth, maxAliases, maxNodes, maxNumberDigits,
                maxFileChars);
    }

    /**
     * @param aliases the new limit
     * @return a copy with that alias limit
     */
    public ReadLimits withMaxAliases(int aliases) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, maxDepth, aliases, maxNodes, maxNumberDigits,
                maxFileChars);
    }

    /**
     * @param nodes the new limit
     * @return a copy with that node limit
     */
    public ReadLimits withMaxNodes(int nodes) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, maxDepth, maxAliases, nodes, maxNumberDigits,
                maxFileChars);
    }

    /**
     * @param digits the new limit
     * @return a copy with that limit on the digits of one number
     */
    public ReadLimits withMaxNumberDigits(int digits) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, maxDepth, maxAliases, maxNodes, digits, maxFileChars);
    }

    /**
     * @param chars the new limit
     * @return a copy with that file size limit
     */
    public ReadLimits withMaxFileChars(long chars) {
        return new ReadLimits(maxDocumentChars, maxScalarChars, maxDepth, maxAliases, maxNodes, maxNumberDigits,
                chars);
    }
}
