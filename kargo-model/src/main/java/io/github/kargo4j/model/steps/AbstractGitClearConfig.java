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
 * Configuration of the {@code git-clear} step: removes every file of a working directory except
 * {@code .git/}.
 */
@Value.Immutable
@PropertyOrder({"path"})
public abstract class AbstractGitClearConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "git-clear";

    /** @return the working directory to clear (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String path();

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
     * @return its configuration, or empty when the step does not use {@code git-clear}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<GitClearConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, GitClearConfig.class);
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
        public final GitClearConfig.Builder path(CharSequence path) {
            return path(TextValues.text(path));
        }

        /**
         * @param path the value
         * @return this builder
         */
        public abstract GitClearConfig.Builder path(String path);

    }
}
