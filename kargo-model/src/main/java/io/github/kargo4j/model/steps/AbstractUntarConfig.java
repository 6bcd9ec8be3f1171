package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Minimum;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Configuration of the {@code untar} step: extracts a tar archive into a directory.
 */
@Value.Immutable
@PropertyOrder({"inPath", "outPath", "stripComponents", "ignore"})
public abstract class AbstractUntarConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "untar";

    /** @return the tar file to extract (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String inPath();

    /** @return the directory to extract into (replaced if it exists) (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String outPath();

    /**
     * @return how many leading path components to strip from each file name (at least 0, default 0); a number or an
     *     expression
     */
    @Minimum(0)
    public abstract Optional<IntegerOrExpression> stripComponents();

    /** @return gitignore-style patterns (one per line) of files not to extract; not empty when given */
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
     * @return its configuration, or empty when the step does not use {@code untar}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<UntarConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, UntarConfig.class);
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
        public final UntarConfig.Builder inPath(CharSequence inPath) {
            return inPath(TextValues.text(inPath));
        }

        /**
         * @param inPath the value
         * @return this builder
         */
        public abstract UntarConfig.Builder inPath(String inPath);

        /**
         * Sets {@code outPath} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param outPath the value
         * @return this builder
         */
        public final UntarConfig.Builder outPath(CharSequence outPath) {
            return outPath(TextValues.text(outPath));
        }

        /**
         * @param outPath the value
         * @return this builder
         */
        public abstract UntarConfig.Builder outPath(String outPath);

        /**
         * Sets {@code ignore} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param ignore the value
         * @return this builder
         */
        public final UntarConfig.Builder ignore(CharSequence ignore) {
            return ignore(TextValues.text(ignore));
        }

        /**
         * @param ignore the value
         * @return this builder
         */
        public abstract UntarConfig.Builder ignore(String ignore);

        /**
         * @param stripComponents how many leading path components to strip from each file name
         * @return this builder
         */
        public abstract UntarConfig.Builder stripComponents(IntegerOrExpression stripComponents);

        /**
         * @param stripComponents how many leading path components to strip from each file name
         * @return this builder
         */
        public UntarConfig.Builder stripComponents(long stripComponents) {
            return stripComponents(IntegerOrExpression.of(stripComponents));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a whole number: how many leading path
         *     components to strip from each file name
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public UntarConfig.Builder stripComponents(String expression) {
            return stripComponents(StepValues.integer(STEP, "stripComponents", expression));
        }
    }
}
