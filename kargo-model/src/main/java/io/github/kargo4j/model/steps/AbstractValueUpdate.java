package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

/**
 * One update of a {@code yaml-update}, {@code json-update} or {@code toml-update} step: the value to write at a
 * key (a dotted path) of the file.
 */
@Value.Immutable
@PropertyOrder({"key", "value"})
public abstract class AbstractValueUpdate {

    /** @return the dotted path of the key to update (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String key();

    /** @return the new value: any JSON value, or a string holding an expression (required) */
    @Nullable
    @Required
    public abstract JsonValue value();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param key   the dotted path of the key to update
     * @param value the new value
     * @return the update
     */
    public static ValueUpdate of(String key, JsonValue value) {
        return ValueUpdate.builder().key(key).value(value).build();
    }

    /**
     * @param key   the dotted path of the key to update
     * @param value the new value, a string (may hold an expression); a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
     * @return the update
     */
    public static ValueUpdate of(String key, CharSequence value) {
        return ValueUpdate.builder().key(key).value(TextValues.text(value)).build();
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
        public final ValueUpdate.Builder key(CharSequence key) {
            return key(TextValues.text(key));
        }

        /**
         * @param key the value
         * @return this builder
         */
        public abstract ValueUpdate.Builder key(String key);

        /**
         * @param value the new value: any JSON value, or a string holding an expression
         * @return this builder
         */
        public abstract ValueUpdate.Builder value(JsonValue value);

        /**
         * @param value the new value: any JSON value, or a string holding an expression: a string (may hold an
         *     expression)
         * @return this builder
         */
        public ValueUpdate.Builder value(String value) {
            return value(JsonString.of(value));
        }

        /**
         * @param value the new value: any JSON value, or a string holding an expression: a whole number
         * @return this builder
         */
        public ValueUpdate.Builder value(long value) {
            return value(JsonNumber.of(value));
        }

        /**
         * @param value the new value: any JSON value, or a string holding an expression: a number
         * @return this builder
         */
        public ValueUpdate.Builder value(double value) {
            return value(JsonNumber.of(value));
        }

        /**
         * @param value the new value: any JSON value, or a string holding an expression: a boolean
         * @return this builder
         */
        public ValueUpdate.Builder value(boolean value) {
            return value(JsonBoolean.of(value));
        }
    }
}
