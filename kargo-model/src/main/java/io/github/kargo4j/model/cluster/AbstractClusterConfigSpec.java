package io.github.kargo4j.model.cluster;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.project.DeepLink;
import io.github.kargo4j.model.project.WebhookReceiverConfig;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The cluster-wide configuration ({@code ClusterConfig.spec}). */
@Value.Immutable
@PropertyOrder({"webhookReceivers", "gitClient", "freightLinks", "stageLinks"})
public abstract class AbstractClusterConfigSpec {

    /**
     * @return cluster-scoped webhook receivers; their Secrets live in Kargo's system-resources namespace. Names must
     *     be unique within the list
     */
    public abstract List<@Valid WebhookReceiverConfig> webhookReceivers();

    /**
     * @return the identity (and optional signing key) of Kargo's Git commits; overrides the Helm-time settings
     *     (since Kargo v1.10)
     */
    public abstract Optional<@Valid GitClientConfig> gitClient();

    /** @return links the UI shows on Freight in every Project (since Kargo v1.11) */
    public abstract List<@Valid DeepLink> freightLinks();

    /** @return links the UI shows on Stages in every Project (since Kargo v1.11) */
    public abstract List<@Valid DeepLink> stageLinks();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param element a webhook receiver to append
         * @return this builder
         */
        public abstract ClusterConfigSpec.Builder addWebhookReceiver(WebhookReceiverConfig element);

        /**
         * @param element configures a webhook receiver to append
         * @return this builder
         */
        public ClusterConfigSpec.Builder addWebhookReceiver(Consumer<WebhookReceiverConfig.Builder> element) {
            WebhookReceiverConfig.Builder b = WebhookReceiverConfig.builder();
            element.accept(b);
            return addWebhookReceiver(b.build());
        }

        /**
         * @param gitClient the Git client configuration
         * @return this builder
         */
        public abstract ClusterConfigSpec.Builder gitClient(GitClientConfig gitClient);

        /**
         * @param gitClient configures the Git client configuration
         * @return this builder
         */
        public ClusterConfigSpec.Builder gitClient(Consumer<GitClientConfig.Builder> gitClient) {
            GitClientConfig.Builder b = GitClientConfig.builder();
            gitClient.accept(b);
            return gitClient(b.build());
        }

        /**
         * @param element a Freight link to append
         * @return this builder
         */
        public abstract ClusterConfigSpec.Builder addFreightLink(DeepLink element);

        /**
         * @param element configures a Freight link to append
         * @return this builder
         */
        public ClusterConfigSpec.Builder addFreightLink(Consumer<DeepLink.Builder> element) {
            DeepLink.Builder b = DeepLink.builder();
            element.accept(b);
            return addFreightLink(b.build());
        }

        /**
         * @param element a Stage link to append
         * @return this builder
         */
        public abstract ClusterConfigSpec.Builder addStageLink(DeepLink element);

        /**
         * @param element configures a Stage link to append
         * @return this builder
         */
        public ClusterConfigSpec.Builder addStageLink(Consumer<DeepLink.Builder> element) {
            DeepLink.Builder b = DeepLink.builder();
            element.accept(b);
            return addStageLink(b.build());
        }
    }
}
