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
 * Configuration of the {@code argocd-wait} step: waits until Argo CD Applications reach the
 * requested conditions.
 */
@Value.Immutable
@PropertyOrder({"apps"})
public abstract class AbstractArgocdWaitConfig implements StepConfig {

    /** The name of the step, {@value}. */
    public static final String STEP = "argocd-wait";

    /** @return the Applications to wait for (required) */
    @Required
    @MinItems(1)
    public abstract List<ArgocdAppWait> apps();

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
     * @return its configuration, or empty when the step does not use {@code argocd-wait}
     * @throws io.github.kargo4j.model.io.ManifestException if the configuration does not fit this type
     *     or breaks one of the step's rules
     */
    public static Optional<ArgocdWaitConfig> from(PromotionStep step) {
        return Steps.view(step, STEP, ArgocdWaitConfig.class);
    }

    /** Checks the required properties and the rules of the step. */
    @Value.Check
    protected void check() {
        StepConfigRules.requireValid(this);
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * @param app one of the Applications to wait for
         * @return this builder
         */
        public abstract ArgocdWaitConfig.Builder addApp(ArgocdAppWait app);

        /**
         * @param app configures one of the Applications to wait for
         * @return this builder
         */
        public ArgocdWaitConfig.Builder addApp(Consumer<ArgocdAppWait.Builder> app) {
            ArgocdAppWait.Builder b = ArgocdAppWait.builder();
            app.accept(b);
            return addApp(b.build());
        }

        /**
         * @param name the name of an Application to wait for, with the default conditions
         * @return this builder
         */
        public ArgocdWaitConfig.Builder addApp(String name) {
            return addApp(ArgocdAppWait.builder().name(name).build());
        }
    }
}
