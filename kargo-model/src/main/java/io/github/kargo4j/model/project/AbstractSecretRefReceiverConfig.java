package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.LocalObjectReference;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.function.Consumer;

/**
 * The configuration of a provider webhook receiver that needs nothing but a Secret: {@code github},
 * {@code gitlab}, {@code bitbucket}, {@code dockerhub}, {@code quay}, {@code harbor}, {@code azure} and
 * {@code gitea} (Kargo's {@code GitHubWebhookReceiverConfig} and its siblings, which share this shape).
 */
@Value.Immutable
@PropertyOrder({"secretRef"})
public abstract class AbstractSecretRefReceiverConfig {

    /**
     * @return the Secret (required) with the shared secret or token; which data key it must hold depends on the
     *     provider (see {@link WebhookReceiverConfig})
     */
    public abstract @Valid LocalObjectReference secretRef();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /**
     * @param secretName the name of the Secret
     * @return a receiver configuration referencing it
     */
    public static SecretRefReceiverConfig of(String secretName) {
        return SecretRefReceiverConfig.builder().secretRef(LocalObjectReference.of(secretName)).build();
    }

    static SecretRefReceiverConfig configure(Consumer<SecretRefReceiverConfig.Builder> configurer) {
        SecretRefReceiverConfig.Builder b = SecretRefReceiverConfig.builder();
        configurer.accept(b);
        return b.build();
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param secretRef the Secret reference
         * @return this builder
         */
        public abstract SecretRefReceiverConfig.Builder secretRef(LocalObjectReference secretRef);

        /**
         * @param secretRef configures the Secret reference
         * @return this builder
         */
        public SecretRefReceiverConfig.Builder secretRef(Consumer<LocalObjectReference.Builder> secretRef) {
            LocalObjectReference.Builder b = LocalObjectReference.builder();
            secretRef.accept(b);
            return secretRef(b.build());
        }
    }
}
