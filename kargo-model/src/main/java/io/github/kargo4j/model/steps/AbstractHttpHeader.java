package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

/**
 * A request header of the {@code http} and {@code http-download} steps.
 */
@Value.Immutable
@PropertyOrder({"name", "value"})
public abstract class AbstractHttpHeader {

    /** @return the header name (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String name();

    /** @return the header value (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String value();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param name  the header name
     * @param value the header value
     * @return the header
     */
    public static HttpHeader of(String name, String value) {
        return HttpHeader.builder().name(name).value(value).build();
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
        public final HttpHeader.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param name the value
         * @return this builder
         */
        public abstract HttpHeader.Builder name(String name);

        /**
         * Sets {@code value} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param value the value
         * @return this builder
         */
        public final HttpHeader.Builder value(CharSequence value) {
            return value(TextValues.text(value));
        }

        /**
         * @param value the value
         * @return this builder
         */
        public abstract HttpHeader.Builder value(String value);

    }
}
