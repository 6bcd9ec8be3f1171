package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.steps.Constraints.AllowedValues;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.MinProperties;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Map;

/**
 * Metadata to set on a Stage or a piece of Freight ({@code updates[]} of {@code set-metadata}),
 * read back with {@code stageMetadata()} or {@code freightMetadata()}.
 */
@Value.Immutable
@PropertyOrder({"kind", "name", "values"})
public abstract class AbstractMetadataUpdate {

    /** @return the kind of resource: {@code Stage} or {@code Freight} (required) */
    @Nullable
    @Required
    @AllowedValues({"Stage", "Freight"})
    public abstract String kind();

    /** @return the name of the resource (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String name();

    /** @return the metadata to set (at least one entry) (required) */
    @Required
    @MinProperties(1)
    public abstract Map<String, JsonValue> values();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code kind} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param kind the value
         * @return this builder
         */
        public final MetadataUpdate.Builder kind(CharSequence kind) {
            return kind(TextValues.text(kind));
        }

        /**
         * Sets {@code name} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param name the value
         * @return this builder
         */
        public final MetadataUpdate.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param key a key of the metadata to set (at least one entry)
         * @param value its value
         * @return this builder
         */
        public abstract MetadataUpdate.Builder putValue(String key, JsonValue value);

        /**
         * @param key a key of the metadata to set (at least one entry)
         * @param value its value, a string (may hold an expression); a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public MetadataUpdate.Builder putValue(String key, CharSequence value) {
            return putValue(key, JsonString.of(TextValues.text(value)));
        }

        /**
         * @param name the name of the Stage
         * @return this builder, updating the Stage of that name
         */
        public MetadataUpdate.Builder stage(String name) {
            return kind("Stage").name(name);
        }

        /**
         * @param name the name of the Freight
         * @return this builder, updating the Freight of that name
         */
        public MetadataUpdate.Builder freight(String name) {
            return kind("Freight").name(name);
        }

        /**
         * @param kind the kind of resource
         * @return this builder
         */
        public abstract MetadataUpdate.Builder kind(String kind);

        /**
         * @param name the name of the resource
         * @return this builder
         */
        public abstract MetadataUpdate.Builder name(String name);
    }
}
