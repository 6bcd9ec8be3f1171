package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A value that {@code helm-template} sets, as {@code --set} (or {@code --set-literal}) does
 * ({@code setValues[]}).
 */
@Value.Immutable
@PropertyOrder({"key", "value", "literal"})
public abstract class AbstractHelmSetValue {

    /** @return the dotted key to set, such as {@code image.tag} (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String key();

    /** @return the value (required, may be empty) */
    @Nullable
    @Required
    public abstract String value();

    /**
     * @return whether to pass the value with {@code --set-literal} (default false); {@code true}, {@code false} or an
     *     expression
     */
    public abstract Optional<BooleanOrExpression> literal();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param key   the dotted key to set
     * @param value the value
     * @return the value to set
     */
    public static HelmSetValue of(String key, String value) {
        return HelmSetValue.builder().key(key).value(value).build();
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code key} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param key the value
         * @return this builder
         */
        public final HelmSetValue.Builder key(CharSequence key) {
            return key(TextValues.text(key));
        }

        /**
         * @param key the value
         * @return this builder
         */
        public abstract HelmSetValue.Builder key(String key);

        /**
         * Sets {@code value} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param value the value
         * @return this builder
         */
        public final HelmSetValue.Builder value(CharSequence value) {
            return value(TextValues.text(value));
        }

        /**
         * @param value the value
         * @return this builder
         */
        public abstract HelmSetValue.Builder value(String value);

        /**
         * @param literal whether to pass the value with {@code --set-literal} (default false)
         * @return this builder
         */
        public abstract HelmSetValue.Builder literal(BooleanOrExpression literal);

        /**
         * @param literal whether to pass the value with {@code --set-literal} (default false)
         * @return this builder
         */
        public HelmSetValue.Builder literal(boolean literal) {
            return literal(BooleanOrExpression.of(literal));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to pass the value with
         *     {@code --set-literal} (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public HelmSetValue.Builder literal(String expression) {
            return literal(StepValues.bool(AbstractHelmTemplateConfig.STEP, "setValues[].literal", expression));
        }
    }
}
