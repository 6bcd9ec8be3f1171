package io.github.kargo4j.model.cluster;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.Condition;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.project.WebhookReceiverDetails;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The status Kargo reports for the ClusterConfig (read-only). */
@Value.Immutable
@PropertyOrder({"conditions", "observedGeneration", "lastHandledRefresh", "webhookReceivers"})
public abstract class AbstractClusterConfigStatus {

    /** @return conditions such as {@code Ready}, one per type */
    public abstract List<Condition> conditions();

    /** @return the {@code metadata.generation} this status was computed for */
    public abstract Optional<Long> observedGeneration();

    /**
     * @return the value of the most recent {@code kargo.akuity.io/refresh} annotation the controller handled; equal
     *     to the annotation once a requested refresh is done
     */
    public abstract Optional<String> lastHandledRefresh();

    /** @return the endpoints of the cluster-scoped webhook receivers, as Kargo published them */
    public abstract List<WebhookReceiverDetails> webhookReceivers();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param element a condition to append
         * @return this builder
         */
        public abstract ClusterConfigStatus.Builder addCondition(Condition element);

        /**
         * @param element configures a condition to append
         * @return this builder
         */
        public ClusterConfigStatus.Builder addCondition(Consumer<Condition.Builder> element) {
            Condition.Builder b = Condition.builder();
            element.accept(b);
            return addCondition(b.build());
        }

        /**
         * @param element receiver details to append
         * @return this builder
         */
        public abstract ClusterConfigStatus.Builder addWebhookReceiver(WebhookReceiverDetails element);

        /**
         * @param element configures receiver details to append
         * @return this builder
         */
        public ClusterConfigStatus.Builder addWebhookReceiver(Consumer<WebhookReceiverDetails.Builder> element) {
            WebhookReceiverDetails.Builder b = WebhookReceiverDetails.builder();
            element.accept(b);
            return addWebhookReceiver(b.build());
        }
    }
}
