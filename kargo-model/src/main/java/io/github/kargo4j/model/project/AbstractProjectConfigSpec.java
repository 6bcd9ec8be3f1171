package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/** The configuration of a Project ({@code ProjectConfig.spec}). */
@Value.Immutable
@PropertyOrder({"promotionPolicies", "webhookReceivers", "freightLinks", "stageLinks"})
public abstract class AbstractProjectConfigSpec {

    /**
     * @return the policies that govern promotion into the Project's Stages. Order matters: for each Stage the first
     *     matching policy wins (see {@link ProjectConfig#policyFor}); a Stage no policy matches is never
     *     auto-promoted
     */
    public abstract List<@Valid PromotionPolicy> promotionPolicies();

    /**
     * @return Project-scoped webhook receivers: endpoints that refresh Warehouses when a Git host or registry
     *     reports a push. Names must be unique within the list
     */
    public abstract List<@Valid WebhookReceiverConfig> webhookReceivers();

    /**
     * @return links the UI shows on this Project's Freight, in addition to the cluster-level links of the
     *     ClusterConfig (since Kargo v1.11)
     */
    public abstract List<@Valid DeepLink> freightLinks();

    /**
     * @return links the UI shows on this Project's Stages, in addition to the cluster-level links of the
     *     ClusterConfig (since Kargo v1.11)
     */
    public abstract List<@Valid DeepLink> stageLinks();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param element a promotion policy to append
         * @return this builder
         */
        public abstract ProjectConfigSpec.Builder addPromotionPolicy(PromotionPolicy element);

        /**
         * @param element configures a promotion policy to append
         * @return this builder
         */
        public ProjectConfigSpec.Builder addPromotionPolicy(Consumer<PromotionPolicy.Builder> element) {
            PromotionPolicy.Builder b = PromotionPolicy.builder();
            element.accept(b);
            return addPromotionPolicy(b.build());
        }

        /**
         * @param element a webhook receiver to append
         * @return this builder
         */
        public abstract ProjectConfigSpec.Builder addWebhookReceiver(WebhookReceiverConfig element);

        /**
         * @param element configures a webhook receiver to append
         * @return this builder
         */
        public ProjectConfigSpec.Builder addWebhookReceiver(Consumer<WebhookReceiverConfig.Builder> element) {
            WebhookReceiverConfig.Builder b = WebhookReceiverConfig.builder();
            element.accept(b);
            return addWebhookReceiver(b.build());
        }

        /**
         * @param element a Freight link to append
         * @return this builder
         */
        public abstract ProjectConfigSpec.Builder addFreightLink(DeepLink element);

        /**
         * @param element configures a Freight link to append
         * @return this builder
         */
        public ProjectConfigSpec.Builder addFreightLink(Consumer<DeepLink.Builder> element) {
            DeepLink.Builder b = DeepLink.builder();
            element.accept(b);
            return addFreightLink(b.build());
        }

        /**
         * @param element a Stage link to append
         * @return this builder
         */
        public abstract ProjectConfigSpec.Builder addStageLink(DeepLink element);

        /**
         * @param element configures a Stage link to append
         * @return this builder
         */
        public ProjectConfigSpec.Builder addStageLink(Consumer<DeepLink.Builder> element) {
            DeepLink.Builder b = DeepLink.builder();
            element.accept(b);
            return addStageLink(b.build());
        }
    }
}
