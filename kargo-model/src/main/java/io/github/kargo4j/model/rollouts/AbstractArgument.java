package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * An argument of an analysis template, used in metrics as {@code {{args.<name>}}}. It has a literal
 * {@link #value()}, a {@link #valueFrom()} source (usually a Secret key), or neither, in which case the Stage must
 * supply it in {@code verification.args} ("unresolved argument" otherwise). Setting both is an error.
 */
@Value.Immutable
@PropertyOrder({"name", "value", "valueFrom"})
public abstract class AbstractArgument {

    /** @return the name (required) */
    public abstract String name();

    /** @return the literal value, used unless the Stage overrides it */
    public abstract Optional<String> value();

    /** @return where the value comes from, instead of a literal {@link #value()} */
    public abstract Optional<@Valid ValueFrom> valueFrom();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether the template itself provides a value ({@code value} or {@code valueFrom} is set) */
    public boolean hasValue() {
        return value().isPresent() || valueFrom().isPresent();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param valueFrom the value source
         * @return this builder
         */
        public abstract Argument.Builder valueFrom(ValueFrom valueFrom);

        /**
         * @param valueFrom configures the value source
         * @return this builder
         */
        public Argument.Builder valueFrom(Consumer<ValueFrom.Builder> valueFrom) {
            ValueFrom.Builder b = ValueFrom.builder();
            valueFrom.accept(b);
            return valueFrom(b.build());
        }
    }
}
