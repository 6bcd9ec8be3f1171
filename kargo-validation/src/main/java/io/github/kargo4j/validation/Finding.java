package io.github.kargo4j.validation;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a set of resources.
 *
 * @param code     the stable rule code, such as {@code KARGO-G001}; see {@code docs/rules.md}
 * @param severity how serious it is
 * @param resource the resource it is about
 * @param path     where in the resource ({@link JsonPath#ROOT} for the whole resource)
 * @param source   the file (or other source name) the resource was read from, if known
 * @param position the line and column in that file, if known
 * @param message  what is wrong, in plain words
 * @param hint     how to fix it (may be empty)
 */
public record Finding(String code, Severity severity, ResourceRef resource, JsonPath path, Optional<String> source,
                      Optional<SourcePosition> position, String message, String hint) {

    /** Checks that nothing is null. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    /**
     * @param severity another severity
     * @return a copy with that severity
     */
    public Finding withSeverity(Severity severity) {
        return new Finding(code, severity, resource, path, source, position, message, hint);
    }

    /**
     * @return {@code file:line:column} (or as much of it as is known); for a resource built in code, with no file,
     *     the resource and the path in it ({@code Warehouse demo/app (spec.interval)})
     */
    public String location() {
        StringBuilder sb = new StringBuilder(source.orElse(resource.toString()));
        position.ifPresent(p -> sb.append(':').append(p.line()).append(':').append(p.column()));
        if (position.isEmpty() && source.isEmpty() && !path.isRoot()) {
            sb.append(" (").append(path).append(')');
        }
        return sb.toString();
    }

    /** @return the compiler-style line: {@code file:line:col: error[CODE] message} */
    @Override
    public String toString() {
        return location() + ": " + severity.label() + "[" + code + "] " + message;
    }
}
