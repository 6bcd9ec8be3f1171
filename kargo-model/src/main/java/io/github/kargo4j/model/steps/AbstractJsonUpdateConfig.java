package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code json-update} step: sets values at keys of a JSON file.
 */
@Value.Immutable
@PropertyOrder({"path", "updates"})
public abstract class AbstractJsonUpdateConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "json-update";

    /** @return the JSON file to update (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the updates to apply (required) */
    @Required
    @MinItems(1)
    public abstract List<ValueUpdate> updates();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    @Override
    public final String stepName() {
        return STEP;
    }

    /**
     * The typed view of a step's configuration.
     *
     * @param step a promotion step
     * @return its configuration, or empty when the step does not use {@code json-update}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<JsonUpdateConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, JsonUpdateConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code path} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param path the value
         * @return this builder
         */
        public final JsonUpdateConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract JsonUpdateConfig.Builder path(String path);

        /**
         * @param update one of the updates to apply
         * @return this builder
         */
        public abstract JsonUpdateConfig.Builder addUpdate(ValueUpdate update);

        /**
         * @param update configures one of the updates to apply
         * @return this builder
         */
        public JsonUpdateConfig.Builder addUpdate(Consumer<ValueUpdate.Builder> update) {
            ValueUpdate.Builder b = ValueUpdate.builder();
            update.accept(b);
            return addUpdate(b.build());
        }

        /**
         * @param key   the dotted path of the key to update
         * @param value the new value
         * @return this builder
         */
        public JsonUpdateConfig.Builder addUpdate(String key, JsonValue value) {
            return addUpdate(ValueUpdate.of(key, value));
        }

        /**
         * @param key   the dotted path of the key to update
         * @param value the new value, a string (may hold an expression); a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public JsonUpdateConfig.Builder addUpdate(String key, CharSequence value) {
            return addUpdate(ValueUpdate.of(key, value));
        }

        /**
         * @param key   the dotted path of the key to update
         * @param value the new value, a whole number
         * @return this builder
         */
        public JsonUpdateConfig.Builder addUpdate(String key, long value) {
            return addUpdate(ValueUpdate.of(key, JsonNumber.of(value)));
        }

        /**
         * @param key   the dotted path of the key to update
         * @param value the new value, a boolean
         * @return this builder
         */
        public JsonUpdateConfig.Builder addUpdate(String key, boolean value) {
            return addUpdate(ValueUpdate.of(key, JsonBoolean.of(value)));
        }
    }
}
