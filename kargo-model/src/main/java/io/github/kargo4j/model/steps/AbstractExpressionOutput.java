package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

/**
 * A named output that a step extracts with an expression: {@code outputs[]} of {@code http},
 * {@code json-parse}, {@code yaml-parse} and {@code toml-parse}. The expression is bare expr-lang, without
 * {@code ${{ }}}, evaluated by the step against the response or the parsed file.
 */
@Value.Immutable
@PropertyOrder({"name", "fromExpression"})
public abstract class AbstractExpressionOutput {

    /** @return the name of the output (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String name();

    /** @return the expression whose value becomes the output (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String fromExpression();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name           the name of the output
     * @param fromExpression the expression whose value becomes the output
     * @return the output
     */
    public static ExpressionOutput of(String name, String fromExpression) {
        return ExpressionOutput.builder().name(name).fromExpression(fromExpression).build();
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code name} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param name the value
         * @return this builder
         */
        public final ExpressionOutput.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param name the value
         * @return this builder
         */
        public abstract ExpressionOutput.Builder name(String name);

    }
}
