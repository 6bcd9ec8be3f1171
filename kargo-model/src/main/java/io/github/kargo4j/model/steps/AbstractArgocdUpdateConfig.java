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
 * Configuration of the {@code argocd-update} step: updates Argo CD Applications (sources,
 * Helm parameters, Kustomize images) and waits until they are synced and healthy.
 */
@Value.Immutable
@PropertyOrder({"apps"})
public abstract class AbstractArgocdUpdateConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "argocd-update";

    /** @return the Applications to update (required) */
    @Required
    @MinItems(1)
    public abstract List<ArgocdAppUpdate> apps();

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
     * @return its configuration, or empty when the step does not use {@code argocd-update}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<ArgocdUpdateConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, ArgocdUpdateConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * @param app one of the Applications to update
         * @return this builder
         */
        public abstract ArgocdUpdateConfig.Builder addApp(ArgocdAppUpdate app);

        /**
         * @param app configures one of the Applications to update
         * @return this builder
         */
        public ArgocdUpdateConfig.Builder addApp(Consumer<ArgocdAppUpdate.Builder> app) {
            ArgocdAppUpdate.Builder b = ArgocdAppUpdate.builder();
            app.accept(b);
            return addApp(b.build());
        }
    }
}
