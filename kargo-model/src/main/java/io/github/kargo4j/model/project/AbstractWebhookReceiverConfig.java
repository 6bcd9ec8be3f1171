package io.github.kargo4j.model.project;

import io.github.kargo4j.model.AbstractObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One webhook receiver ({@code webhookReceivers[]} of a ProjectConfig or ClusterConfig): an endpoint that refreshes
 * the Warehouses subscribed to whatever a Git host or registry reports. Exactly one provider block should be set;
 * the Kargo webhook rejects an entry with more than one ({@code cannot define a receiver that is of more than one
 * type}). Each block's {@code secretRef} names a Secret in the ProjectConfig's namespace (for a ClusterConfig: in
 * Kargo's system-resources namespace).
 */
@Value.Immutable
@PropertyOrder({"name", "github", "gitlab", "bitbucket", "dockerhub", "quay", "harbor", "artifactory", "azure",
        "gitea", "generic"})
public abstract class AbstractWebhookReceiverConfig {

    /** @return the receiver name (required; a DNS-1123 subdomain, 1-253 characters; unique in its list) */
    public abstract @NotBlank @Size(max = 253) @Pattern(regexp = AbstractObjectMeta.K8S_NAME) String name();

    /** @return a GitHub receiver; the Secret holds the webhook secret under the key {@code secret} */
    public abstract Optional<@Valid SecretRefReceiverConfig> github();

    /** @return a GitLab receiver; the Secret holds the webhook token under the key {@code secret-token} */
    public abstract Optional<@Valid SecretRefReceiverConfig> gitlab();

    /** @return a Bitbucket receiver; the Secret holds the webhook secret under the key {@code secret} */
    public abstract Optional<@Valid SecretRefReceiverConfig> bitbucket();

    /**
     * @return a Docker Hub receiver; the Secret's {@code secret} key only seeds the hard-to-guess URL and is not
     *     shared with Docker Hub
     */
    public abstract Optional<@Valid SecretRefReceiverConfig> dockerhub();

    /**
     * @return a Quay receiver; the Secret's {@code secret} key only seeds the hard-to-guess URL and is not shared
     *     with Quay
     */
    public abstract Optional<@Valid SecretRefReceiverConfig> quay();

    /** @return a Harbor receiver; the Secret holds the webhook auth header under the key {@code auth-header} */
    public abstract Optional<@Valid SecretRefReceiverConfig> harbor();

    /**
     * @return a JFrog Artifactory receiver; the Secret holds the webhook secret under the key {@code secret-token}
     */
    public abstract Optional<@Valid ArtifactoryWebhookReceiverConfig> artifactory();

    /**
     * @return an Azure Container Registry / Azure DevOps receiver; the Secret's {@code secret} key only seeds the
     *     hard-to-guess URL
     */
    public abstract Optional<@Valid SecretRefReceiverConfig> azure();

    /** @return a Gitea receiver; the Secret holds the webhook secret under the key {@code secret} */
    public abstract Optional<@Valid SecretRefReceiverConfig> gitea();

    /**
     * @return a generic receiver for any sender: expressions over the request decide which actions run on which
     *     targets; the Secret's {@code secret} key only seeds the hard-to-guess URL
     */
    public abstract Optional<@Valid GenericWebhookReceiverConfig> generic();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param github the GitHub receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder github(SecretRefReceiverConfig github);

        /**
         * @param github configures the GitHub receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder github(Consumer<SecretRefReceiverConfig.Builder> github) {
            return github(SecretRefReceiverConfig.configure(github));
        }

        /**
         * @param gitlab the GitLab receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder gitlab(SecretRefReceiverConfig gitlab);

        /**
         * @param gitlab configures the GitLab receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder gitlab(Consumer<SecretRefReceiverConfig.Builder> gitlab) {
            return gitlab(SecretRefReceiverConfig.configure(gitlab));
        }

        /**
         * @param bitbucket the Bitbucket receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder bitbucket(SecretRefReceiverConfig bitbucket);

        /**
         * @param bitbucket configures the Bitbucket receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder bitbucket(Consumer<SecretRefReceiverConfig.Builder> bitbucket) {
            return bitbucket(SecretRefReceiverConfig.configure(bitbucket));
        }

        /**
         * @param dockerhub the Docker Hub receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder dockerhub(SecretRefReceiverConfig dockerhub);

        /**
         * @param dockerhub configures the Docker Hub receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder dockerhub(Consumer<SecretRefReceiverConfig.Builder> dockerhub) {
            return dockerhub(SecretRefReceiverConfig.configure(dockerhub));
        }

        /**
         * @param quay the Quay receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder quay(SecretRefReceiverConfig quay);

        /**
         * @param quay configures the Quay receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder quay(Consumer<SecretRefReceiverConfig.Builder> quay) {
            return quay(SecretRefReceiverConfig.configure(quay));
        }

        /**
         * @param harbor the Harbor receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder harbor(SecretRefReceiverConfig harbor);

        /**
         * @param harbor configures the Harbor receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder harbor(Consumer<SecretRefReceiverConfig.Builder> harbor) {
            return harbor(SecretRefReceiverConfig.configure(harbor));
        }

        /**
         * @param artifactory the Artifactory receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder artifactory(ArtifactoryWebhookReceiverConfig artifactory);

        /**
         * @param artifactory configures the Artifactory receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder artifactory(
                Consumer<ArtifactoryWebhookReceiverConfig.Builder> artifactory) {
            ArtifactoryWebhookReceiverConfig.Builder b = ArtifactoryWebhookReceiverConfig.builder();
            artifactory.accept(b);
            return artifactory(b.build());
        }

        /**
         * @param azure the Azure receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder azure(SecretRefReceiverConfig azure);

        /**
         * @param azure configures the Azure receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder azure(Consumer<SecretRefReceiverConfig.Builder> azure) {
            return azure(SecretRefReceiverConfig.configure(azure));
        }

        /**
         * @param gitea the Gitea receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder gitea(SecretRefReceiverConfig gitea);

        /**
         * @param gitea configures the Gitea receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder gitea(Consumer<SecretRefReceiverConfig.Builder> gitea) {
            return gitea(SecretRefReceiverConfig.configure(gitea));
        }

        /**
         * @param generic the generic receiver
         * @return this builder
         */
        public abstract WebhookReceiverConfig.Builder generic(GenericWebhookReceiverConfig generic);

        /**
         * @param generic configures the generic receiver
         * @return this builder
         */
        public WebhookReceiverConfig.Builder generic(Consumer<GenericWebhookReceiverConfig.Builder> generic) {
            GenericWebhookReceiverConfig.Builder b = GenericWebhookReceiverConfig.builder();
            generic.accept(b);
            return generic(b.build());
        }
    }
}
