package io.github.kargo4j.model.common;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A variable ({@code vars[]}) of a Stage, promotion template, step, task or Promotion. Its value may contain
 * {@code ${{ }}} expressions. Inside a PromotionTask a variable without a value is a required input.
 */
@Value.Immutable
@PropertyOrder({"name", "value"})
public abstract class AbstractExpressionVariable {

    /** The rule for variable names. */
    public static final String VAR_NAME = "^[a-zA-Z_]\\w*$";

    /** @return the name */
    public abstract @NotBlank @Pattern(regexp = VAR_NAME) String name();

    /** @return the value, possibly an expression */
    public abstract Optional<String> value();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name  the name
     * @param value the value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
     * @return the variable
     */
    public static ExpressionVariable of(String name, CharSequence value) {
        return ExpressionVariable.builder().name(name).value(TextValues.text(value)).build();
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
        public final ExpressionVariable.Builder value(CharSequence value) {
            return value(TextValues.text(value));
        }

        /**
         * @param value the value
         * @return this builder
         */
        public abstract ExpressionVariable.Builder value(String value);
    }
}
