package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code yaml-parse} step: reads values from a YAML file into the step's
 * outputs.
 */
@Value.Immutable
@PropertyOrder({"path", "outputs"})
public abstract class AbstractYamlParseConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "yaml-parse";

    /** @return the YAML file to parse (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the outputs to extract (required) */
    @Required
    @MinItems(1)
    public abstract List<ExpressionOutput> outputs();

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
     * @return its configuration, or empty when the step does not use {@code yaml-parse}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<YamlParseConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, YamlParseConfig.class);
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
        public final YamlParseConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract YamlParseConfig.Builder path(String path);

        /**
         * @param output one of the outputs to extract
         * @return this builder
         */
        public abstract YamlParseConfig.Builder addOutput(ExpressionOutput output);

        /**
         * @param output configures one of the outputs to extract
         * @return this builder
         */
        public YamlParseConfig.Builder addOutput(Consumer<ExpressionOutput.Builder> output) {
            ExpressionOutput.Builder b = ExpressionOutput.builder();
            output.accept(b);
            return addOutput(b.build());
        }

        /**
         * @param name           the name of the output
         * @param fromExpression the expression (bare expr-lang, no {@code ${{ }}}) whose value becomes the output
         * @return this builder
         */
        public YamlParseConfig.Builder addOutput(String name, String fromExpression) {
            return addOutput(ExpressionOutput.of(name, fromExpression));
        }
    }
}
