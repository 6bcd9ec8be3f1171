package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration of the {@code set-metadata} step: sets metadata on Stages and Freight.
 */
@Value.Immutable
@PropertyOrder({"updates"})
public abstract class AbstractSetMetadataConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "set-metadata";

    /** @return the metadata to set (required, at least one) */
    @Required
    @MinItems(1)
    public abstract List<MetadataUpdate> updates();

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
     * @return its configuration, or empty when the step does not use {@code set-metadata}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<SetMetadataConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, SetMetadataConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * @param update one of the metadata to set
         * @return this builder
         */
        public abstract SetMetadataConfig.Builder addUpdate(MetadataUpdate update);

        /**
         * @param update configures one of the metadata to set
         * @return this builder
         */
        public SetMetadataConfig.Builder addUpdate(Consumer<MetadataUpdate.Builder> update) {
            MetadataUpdate.Builder b = MetadataUpdate.builder();
            update.accept(b);
            return addUpdate(b.build());
        }
    }
}
