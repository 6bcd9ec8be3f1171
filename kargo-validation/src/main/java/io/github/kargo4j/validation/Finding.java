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
 * @param hint     how to fix it (may be empty); for a finding with a fix, {@link Fix#hint()}
 * @param fix      the machine-applicable fix, if the rule knows one
 * @param suppression why the finding is accepted, if it is ({@link Report#suppressed()})
 */
public record Finding(String code, Severity severity, ResourceRef resource, JsonPath path, Optional<String> source,
                      Optional<SourcePosition> position, String message, String hint, Optional<Fix> fix,
                      Optional<Suppression> suppression) {

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
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(suppression, "suppression");
    }

    /**
     * A finding that is not suppressed.
     *
     * @param code     the stable rule code
     * @param severity how serious it is
     * @param resource the resource it is about
     * @param path     where in the resource
     * @param source   the file, if known
     * @param position the line and column, if known
     * @param message  what is wrong
     * @param hint     how to fix it (may be empty)
     * @param fix      the machine-applicable fix, if the rule knows one
     */
    public Finding(String code, Severity severity, ResourceRef resource, JsonPath path, Optional<String> source,
                   Optional<SourcePosition> position, String message, String hint, Optional<Fix> fix) {
        this(code, severity, resource, path, source, position, message, hint, fix, Optional.empty());
    }

    /**
     * A finding without a fix.
     *
     * @param code     the stable rule code
     * @param severity how serious it is
     * @param resource the resource it is about
     * @param path     where in the resource
     * @param source   the file, if known
     * @param position the line and column, if known
     * @param message  what is wrong
     * @param hint     how to fix it (may be empty)
     */
    public Finding(String code, Severity severity, ResourceRef resource, JsonPath path, Optional<String> source,
                   Optional<SourcePosition> position, String message, String hint) {
        this(code, severity, resource, path, source, position, message, hint, Optional.empty(), Optional.empty());
    }

    /**
     * @param fix a fix
     * @return a copy with that fix, whose hint is the fix's hint
     */
    public Finding withFix(Fix fix) {
        return new Finding(code, severity, resource, path, source, position, message, fix.hint(), Optional.of(fix),
                suppression);
    }

    /**
     * @param severity another severity
     * @return a copy with that severity
     */
    public Finding withSeverity(Severity severity) {
        return new Finding(code, severity, resource, path, source, position, message, hint, fix, suppression);
    }

    /**
     * @param suppression why the finding is accepted
     * @return a copy that is suppressed
     */
    public Finding withSuppression(Suppression suppression) {
        return new Finding(code, severity, resource, path, source, position, message, hint, fix,
                Optional.of(suppression));
    }

    /** @return whether the finding is suppressed (it then counts for nothing) */
    public boolean isSuppressed() {
        return suppression.isPresent();
    }

    /**
     * @return {@code file:line:column} (or as much of it as is known); for a resource built in code, with no file,
     *     the resource and the path in it ({@code Warehouse demo/app (spec.interval)})
     */
    public String location() {
        StringBuilder sb = new StringBuilder(source.orElse(resource.toString()));
        if (position.isPresent()) {
            sb.append(':').append(position.get().line()).append(':').append(position.get().column());
        }
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
