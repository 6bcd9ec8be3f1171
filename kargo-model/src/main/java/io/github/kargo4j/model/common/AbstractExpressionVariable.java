package io.github.kargo4j.model.common;

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
     * @param value the value
     * @return the variable
     */
    public static ExpressionVariable of(String name, String value) {
        return ExpressionVariable.builder().name(name).value(value).build();
    }
}
