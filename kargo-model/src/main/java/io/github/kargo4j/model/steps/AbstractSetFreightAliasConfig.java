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
 * Configuration of the {@code set-freight-alias} step: gives a piece of Freight a new
 * alias, unique in the project.
 */
@Value.Immutable
@PropertyOrder({"name", "alias"})
public abstract class AbstractSetFreightAliasConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "set-freight-alias";

    /** @return the name of the Freight (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String name();

    /** @return the new alias (required) */
    @Nullable
    @Required
    @MinLength(1)
    public abstract String alias();

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
     * @return its configuration, or empty when the step does not use {@code set-freight-alias}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<SetFreightAliasConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, SetFreightAliasConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * Sets {@code name} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param name the value
         * @return this builder
         */
        public final SetFreightAliasConfig.Builder name(CharSequence name) {
            return name(TextValues.text(name));
        }

        /**
         * @param name the value
         * @return this builder
         */
        public abstract SetFreightAliasConfig.Builder name(String name);

        /**
         * Sets {@code alias} from any {@link CharSequence}: a {@code String}, or an expression object such as
         * kargo-builders' {@code Expr}, which is written in its delimited form ({@code toString()}).
         *
         * @param alias the value
         * @return this builder
         */
        public final SetFreightAliasConfig.Builder alias(CharSequence alias) {
            return alias(TextValues.text(alias));
        }

        /**
         * @param alias the value
         * @return this builder
         */
        public abstract SetFreightAliasConfig.Builder alias(String alias);

    }
}
