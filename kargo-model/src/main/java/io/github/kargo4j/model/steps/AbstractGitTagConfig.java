package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import io.github.kargo4j.model.steps.Constraints.Required;
import io.github.kargo4j.model.steps.Constraints.OpenObject;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Configuration of the {@code git-tag} step: creates an annotated tag in a working directory.
 */
@Value.Immutable
@OpenObject
@PropertyOrder({"path", "tag", "message", "force"})
public abstract class AbstractGitTagConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "git-tag";

    /** @return the working directory of the local repository (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

    /** @return the tag to create (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String tag();

    /** @return the annotation message (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String message();

    /**
     * @return whether to overwrite an existing tag of the same name (default false; use with care); {@code true},
     *     {@code false} or an expression
     */
    public abstract Optional<BooleanOrExpression> force();

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
     * @return its configuration, or empty when the step does not use {@code git-tag}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GitTagConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GitTagConfig.class);
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
        public final GitTagConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract GitTagConfig.Builder path(String path);

        /**
         * Sets {@code tag} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param tag the value
         * @return this builder
         */
        public final GitTagConfig.Builder tag(CharSequence tag) {
            return tag(TextValues.text(tag));
        }

        /**
         * @param tag the value
         * @return this builder
         */
        public abstract GitTagConfig.Builder tag(String tag);

        /**
         * Sets {@code message} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param message the value
         * @return this builder
         */
        public final GitTagConfig.Builder message(CharSequence message) {
            return message(TextValues.text(message));
        }

        /**
         * @param message the value
         * @return this builder
         */
        public abstract GitTagConfig.Builder message(String message);

        /**
         * @param force whether to overwrite an existing tag of the same name (default false; use with care)
         * @return this builder
         */
        public abstract GitTagConfig.Builder force(BooleanOrExpression force);

        /**
         * @param force whether to overwrite an existing tag of the same name (default false; use with care)
         * @return this builder
         */
        public GitTagConfig.Builder force(boolean force) {
            return force(BooleanOrExpression.of(force));
        }

        /**
         * @param expression a {@code ${{ }}} expression that evaluates to a boolean: whether to overwrite an existing
         *     tag of the same name (default false; use with care)
         * @return this builder
         * @throws IllegalArgumentException if the string holds no expression
         */
        public GitTagConfig.Builder force(String expression) {
            return force(StepValues.bool(STEP, "force", expression));
        }
    }
}
