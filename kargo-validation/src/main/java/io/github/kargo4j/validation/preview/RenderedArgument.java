package io.github.kargo4j.validation.preview;

import java.util.Objects;
import java.util.Optional;

/**
 * One argument a Stage passes to its verification's AnalysisRun, evaluated as Kargo does.
 *
 * @param name  the argument's name
 * @param value the evaluated value; empty when the argument has no value (or it failed)
 * @param error why it could not be evaluated, naming the file, line and column
 */
public record RenderedArgument(String name, Optional<String> value, Optional<String> error) {

    /** Checks that no component is null. */
    public RenderedArgument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(error, "error");
    }
}
