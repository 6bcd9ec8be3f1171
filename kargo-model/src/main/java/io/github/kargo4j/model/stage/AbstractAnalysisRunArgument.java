package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

/**
 * An argument Kargo passes to the AnalysisRuns of a Stage's verification. It only overrides arguments the
 * templates declare (others are silently ignored).
 */
@Value.Immutable
@PropertyOrder({"name", "value"})
public abstract class AbstractAnalysisRunArgument {

    /** @return the argument name (required) */
    public abstract String name();

    /**
     * @return the value (required); may use {@code ${{ }}} expressions (with {@code ctx.project},
     *     {@code ctx.stage}, Stage {@code vars}), which must evaluate to a string: use {@code quote()}
     */
    public abstract String value();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name  the name
     * @param value the value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
     * @return the argument
     */
    public static AnalysisRunArgument of(String name, CharSequence value) {
        return AnalysisRunArgument.builder().name(name).value(TextValues.text(value)).build();
    }

    /** Builder additions: values that may be expressions. */
    public abstract static class Builder {
        /**
         * Sets {@code value} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param value the value
         * @return this builder
         */
        public final AnalysisRunArgument.Builder value(CharSequence value) {
            return value(TextValues.text(value));
        }

        /**
         * @param value the value
         * @return this builder
         */
        public abstract AnalysisRunArgument.Builder value(String value);
    }
}
