package io.github.kargo4j.validation.migrate;

import java.util.List;
import java.util.Objects;

/**
 * One migration made (or, in a dry run, that would be made): where the old shape stood, what it was and what it
 * became.
 *
 * @param file     the file as named on the command line (plus the path below a named directory)
 * @param line     the 1-based line of the old shape in the original file
 * @param resource the resource, such as {@code Stage "nginx-dev-eastus"}
 * @param from     the old shape, such as {@code spec.subscriptions.warehouse: nginx}
 * @param to       what replaces it
 * @param notes    remarks the user should read: {@code fix: ...} for a deliberate change of meaning,
 *                 {@code note: ...} for something kept as written that looks wrong
 */
public record Change(String file, int line, String resource, String from, String to, List<String> notes) {

    /** Checks the components and copies the notes. */
    public Change {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        notes = List.copyOf(notes);
    }

    /** @return {@code file:line: resource: from -> to}, then one indented line per note */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(file).append(':').append(line).append(": ").append(resource)
                .append(": ").append(from).append(" -> ").append(to);
        for (String n : notes) {
            sb.append("\n    ").append(n);
        }
        return sb.toString();
    }
}
