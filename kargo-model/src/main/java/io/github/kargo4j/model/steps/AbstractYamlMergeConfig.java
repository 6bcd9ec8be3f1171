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

/**
 * Configuration of the {@code yaml-merge} step: merges YAML files, later files winning, into one.
 */
@Value.Immutable
@PropertyOrder({"inFiles", "outFile", "ignoreMissingFiles"})
public abstract class AbstractYamlMergeConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "yaml-merge";

    /** @return the YAML files to merge, in order (required) */
    @Required
    @MinItems(1)
    public abstract List<String> inFiles();

    /** @return the merged file to create or update (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String outFile();

    /**
     * @return whether input files that do not exist are skipped (default false); {@code true}, {@code false} or an
     *     expression
     */
    public abstract Optional<BooleanOrExpression> ignoreMissingFiles();

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
     * @return its configuration, or empty when the step does not use {@code yaml-merge}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<YamlMergeConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, YamlMergeConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code outFile} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outFile the value
         * @return this builder
         */
        public final YamlMergeConfig.Builder outFile(CharSequence outFile) {
            return outFile(TextValues.text(outFile));
        }

        /**
         * @param outFile the value
         * @return this builder
         */
        public abstract YamlMergeConfig.Builder outFile(String outFile);

        /**
         * @param ignoreMissingFiles whether input files that do not exist are skipped (default false)
         * @return this builder
         */
        public abstract YamlMergeConfig.Builder ignoreMissingFiles(BooleanOrExpression ignoreMissingFiles);

        /**
         * @param ignoreMissingFiles whether input files that do not exist are skipped (default false)
         * @return this builder
         */
        public YamlMergeConfig.Builder ignoreMissingFiles(boolean ignoreMissingFiles) {
            return ignoreMissingFiles(BooleanOrExpression.of(ignoreMissingFiles));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether input files that do not
         *     exist are skipped (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public YamlMergeConfig.Builder ignoreMissingFiles(String expression) {
            return ignoreMissingFiles(StepValues.bool(STEP, "ignoreMissingFiles", expression));
        }
    }
}
