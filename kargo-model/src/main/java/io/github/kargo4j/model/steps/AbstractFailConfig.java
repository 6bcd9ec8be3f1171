package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.template.TextValues;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinLength;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Configuration of the {@code fail} step: fails the promotion, with an optional message.
 */
@Value.Immutable
@PropertyOrder({"message"})
public abstract class AbstractFailConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "fail";

    /** @return the failure message */
    @MinLength(1)
    public abstract Optional<String> message();

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
     * @return its configuration, or empty when the step does not use {@code fail}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<FailConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, FailConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code message} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param message the value
         * @return this builder
         */
        public final FailConfig.Builder message(CharSequence message) {
            return message(TextValues.text(message));
        }

        /**
         * @param message the value
         * @return this builder
         */
        public abstract FailConfig.Builder message(String message);

    }
}
