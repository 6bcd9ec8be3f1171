package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinProperties;

import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of the {@code compose-output} step: its whole configuration becomes the step's output, so that
 * later steps can read {@code outputs['<alias>'].<name>}. Values are usually expressions that combine the outputs
 * of earlier steps. At least one output must be set.
 *
 * <p>Unlike the other step configurations this one has no fixed properties: every key is an output name.
 */
@MinProperties(value = 1, noun = "output")
public final class ComposeOutputConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "compose-output";

    private final JsonObject outputs;

    private ComposeOutputConfig(JsonObject outputs) {
        this.outputs = outputs;
        StepConfigRules.requireValid(this);
    }

    /**
     * @param outputs the outputs, by name
     * @return the configuration
     * @throws IllegalArgumentException if there is no output
     */
    public static ComposeOutputConfig of(JsonObject outputs) {
        return new ComposeOutputConfig(Objects.requireNonNull(outputs, "outputs"));
    }

    /** @return a builder for a new configuration */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The typed view of a step's configuration.
     *
     * @param step a promotion step
     * @return its configuration, or empty when the step does not use {@code compose-output}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration is not an object with at least one
     *     entry
     */
    public static Optional<ComposeOutputConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, ComposeOutputConfig.class);
    }

    /**
     * Reads the JSON form (the codec's hook, used by {@link KargoCodec#bind(Class, JsonValue)}).
     *
     * @param json the step's configuration
     * @return the configuration
     * @throws IllegalArgumentException if it is not an object with at least one entry
     */
    public static ComposeOutputConfig fromJson(JsonValue json) {
        if (json instanceof JsonObject o) {
            return new ComposeOutputConfig(o);
        }
        throw new IllegalArgumentException("expected an object, found "
                + (json == null ? "nothing" : json.describeType()));
    }

    /** @return the JSON form: the outputs object (the codec's hook) */
    public JsonValue toJson() {
        return outputs;
    }

    /** @return the outputs, by name, in the order written */
    public JsonObject outputs() {
        return outputs;
    }

    /**
     * @param name an output name
     * @return its value
     */
    public Optional<JsonValue> output(String name) {
        return outputs.get(name);
    }

    /**
     * @param name  an output name
     * @param value its value
     * @return a copy with that output added or replaced
     */
    public ComposeOutputConfig withOutput(String name, JsonValue value) {
        return new ComposeOutputConfig(outputs.with(name, value));
    }

    @Override
    public String stepName() {
        return STEP;
    }

    @Override
    public JsonObject toConfig() {
        return outputs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ComposeOutputConfig other && outputs.equals(other.outputs);
    }

    @Override
    public int hashCode() {
        return outputs.hashCode();
    }

    @Override
    public String toString() {
        return "ComposeOutputConfig" + outputs;
    }

    /** Collects outputs in order; a name given twice keeps its last value. */
    public static final class Builder {
        private final JsonObject.Builder outputs = JsonObject.builder();

        private Builder() {
        }

        /**
         * @param config a configuration whose outputs to start from
         * @return this builder
         */
        public Builder from(ComposeOutputConfig config) {
            return putAll(config.outputs());
        }

        /**
         * @param name  an output name
         * @param value its value
         * @return this builder
         */
        public Builder put(String name, JsonValue value) {
            outputs.put(name, value);
            return this;
        }

        /**
         * @param name  an output name
         * @param value its value, a string that may hold an expression; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public Builder put(String name, CharSequence value) {
            return put(name, JsonString.of(TextValues.text(value)));
        }

        /**
         * @param name  an output name
         * @param value its value, a whole number
         * @return this builder
         */
        public Builder put(String name, long value) {
            return put(name, JsonNumber.of(value));
        }

        /**
         * @param name  an output name
         * @param value its value, a boolean
         * @return this builder
         */
        public Builder put(String name, boolean value) {
            return put(name, JsonBoolean.of(value));
        }

        /**
         * @param entries outputs to add, in order
         * @return this builder
         */
        public Builder putAll(JsonObject entries) {
            for (int i = 0; i < entries.size(); i++) {
                outputs.put(entries.keyAt(i), entries.valueAt(i));
            }
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException if no output was set
         */
        public ComposeOutputConfig build() {
            return new ComposeOutputConfig(outputs.build());
        }
    }
}
