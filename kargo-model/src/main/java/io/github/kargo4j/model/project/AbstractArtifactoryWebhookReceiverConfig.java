package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.LocalObjectReference;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/** The configuration of a JFrog Artifactory webhook receiver ({@code artifactory}). */
@Value.Immutable
@PropertyOrder({"secretRef", "virtualRepoName"})
public abstract class AbstractArtifactoryWebhookReceiverConfig {

    /** @return the Secret (required) whose {@code secret-token} key authenticates Artifactory's requests */
    public abstract @Valid LocalObjectReference secretRef();

    /**
     * @return the name of an Artifactory <i>virtual</i> repository. Artifactory reports the local repository an
     *     artifact was pushed to; when Warehouses subscribe through a virtual repository that aggregates local ones,
     *     set this so that the receiver refreshes the Warehouses subscribed to the virtual repository's URL
     */
    public abstract Optional<String> virtualRepoName();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param secretRef the Secret reference
         * @return this builder
         */
        public abstract ArtifactoryWebhookReceiverConfig.Builder secretRef(LocalObjectReference secretRef);

        /**
         * @param secretRef configures the Secret reference
         * @return this builder
         */
        public ArtifactoryWebhookReceiverConfig.Builder secretRef(Consumer<LocalObjectReference.Builder> secretRef) {
            LocalObjectReference.Builder b = LocalObjectReference.builder();
            secretRef.accept(b);
            return secretRef(b.build());
        }
    }
}
