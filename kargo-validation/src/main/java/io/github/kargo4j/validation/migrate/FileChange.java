package io.github.kargo4j.validation.migrate;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The new content of one file: an edited file, or a file the migration creates.
 *
 * @param path   where the file is written
 * @param name   the file's name in reports and diffs (as the user named it)
 * @param before the content read, or empty for a new file
 * @param after  the content to write
 */
public record FileChange(Path path, String name, Optional<String> before, String after) {

    /** Checks that no component is null. */
    public FileChange {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** @return whether the migration creates this file */
    public boolean isNew() {
        return before.isEmpty();
    }

    /** @return the unified diff from the old to the new content ({@code /dev/null} as the old name of a new file) */
    public String diff() {
        return UnifiedDiff.diff(isNew() ? "/dev/null" : name, name, before.orElse(""), after);
    }
}
