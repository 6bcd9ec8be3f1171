package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Configuration of the {@code copy} step: copies a file or directory.
 */
@Value.Immutable
@PropertyOrder({"inPath", "outPath", "ignore"})
public abstract class AbstractCopyConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "copy";

    /** @return the file or directory to copy (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String inPath();

    /** @return the destination (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String outPath();

    /** @return gitignore-style patterns (one per line) of files not to copy */
    @MinLength(1)
    public abstract Optional<String> ignore();

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
     * @return its configuration, or empty when the step does not use {@code copy}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<CopyConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, CopyConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code inPath} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param inPath the value
         * @return this builder
         */
        public final CopyConfig.Builder inPath(CharSequence inPath) {
            return inPath(TextValues.text(inPath));
        }

        /**
         * @param inPath the value
         * @return this builder
         */
        public abstract CopyConfig.Builder inPath(String inPath);

        /**
         * Sets {@code outPath} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outPath the value
         * @return this builder
         */
        public final CopyConfig.Builder outPath(CharSequence outPath) {
            return outPath(TextValues.text(outPath));
        }

        /**
         * @param outPath the value
         * @return this builder
         */
        public abstract CopyConfig.Builder outPath(String outPath);

        /**
         * Sets {@code ignore} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param ignore the value
         * @return this builder
         */
        public final CopyConfig.Builder ignore(CharSequence ignore) {
            return ignore(TextValues.text(ignore));
        }

        /**
         * @param ignore the value
         * @return this builder
         */
        public abstract CopyConfig.Builder ignore(String ignore);

    }
}
