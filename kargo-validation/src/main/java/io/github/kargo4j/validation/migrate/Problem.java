package io.github.kargo4j.validation.migrate;

import java.util.Objects;

/**
 * An old shape that cannot be migrated without a decision only the user can make. The resource it belongs to is left
 * exactly as it was (no resource is ever half-migrated).
 *
 * @param file     the file
 * @param line     the 1-based line of the old shape
 * @param resource the resource, such as {@code Stage "nginx-prod-eastus"}
 * @param message  what is in the way and what to do about it
 */
public record Problem(String file, int line, String resource, String message) {

    /** Checks that no component is null. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code file:line: cannot migrate resource: message; left unchanged} */
    @Override
    public String toString() {
        return file + ":" + line + ": cannot migrate " + resource + ": " + message + "; " + resource
                + " left unchanged";
    }
}
