package io.github.kargo4j.validation.migrate;

/**
 * Input that cannot be migrated at all: a path that does not exist, a file that is not UTF-8 text or not well-formed
 * YAML. The message names the file (and line and column where known) and says what is wrong. Nothing is written.
 */
public final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the one-line reason, naming the file */
    public MigrationException(String message) {
        super(message, null, false, false);
    }
}
