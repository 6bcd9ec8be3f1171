package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.ExactlyOne;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Presence;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * Configuration of the {@code delete} step: deletes files or directories, given by exactly one of
 * {@code path} and {@code paths}.
 */
@Value.Immutable
@ExactlyOne(value = {"path", "paths"}, when = Presence.PRESENT)
@PropertyOrder({"path", "paths", "pathsAreGlobs", "strict"})
public abstract class AbstractDeleteConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "delete";

    /** @return the file or directory to delete (a glob when {@code pathsAreGlobs}); excludes {@code paths} */
    @MinLength(1)
    public abstract Optional<String> path();

    /** @return the files or directories to delete; excludes {@code path} */
    @MinItems(1)
    @MinLength(1)
    public abstract List<String> paths();

    /**
     * @return whether {@code path} and {@code paths} are glob patterns (default false); {@code true}, {@code false} or
     *     an expression
     */
    public abstract Optional<BooleanOrExpression> pathsAreGlobs();

    /**
     * @return whether a missing path, or a glob that matches nothing, fails the step (default false); {@code true},
     *     {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> strict();

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
     * @return its configuration, or empty when the step does not use {@code delete}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<DeleteConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, DeleteConfig.class);
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
        public final DeleteConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract DeleteConfig.Builder path(String path);

        /**
         * @param pathsAreGlobs whether {@code path} and {@code paths} are glob patterns (default false)
         * @return this builder
         */
        public abstract DeleteConfig.Builder pathsAreGlobs(BooleanOrExpression pathsAreGlobs);

        /**
         * @param pathsAreGlobs whether {@code path} and {@code paths} are glob patterns (default false)
         * @return this builder
         */
        public DeleteConfig.Builder pathsAreGlobs(boolean pathsAreGlobs) {
            return pathsAreGlobs(BooleanOrExpression.of(pathsAreGlobs));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether {@code path} and
         *     {@code paths} are glob patterns (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public DeleteConfig.Builder pathsAreGlobs(String expression) {
            return pathsAreGlobs(StepValues.bool(STEP, "pathsAreGlobs", expression));
        }

        /**
         * @param strict whether a missing path, or a glob that matches nothing, fails the step (default false)
         * @return this builder
         */
        public abstract DeleteConfig.Builder strict(BooleanOrExpression strict);

        /**
         * @param strict whether a missing path, or a glob that matches nothing, fails the step (default false)
         * @return this builder
         */
        public DeleteConfig.Builder strict(boolean strict) {
            return strict(BooleanOrExpression.of(strict));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether a missing path, or a glob
         *     that matches nothing, fails the step (default false)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public DeleteConfig.Builder strict(String expression) {
            return strict(StepValues.bool(STEP, "strict", expression));
        }
    }
}
