package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.LocalObjectReference;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/**
 * The configuration of a generic webhook receiver ({@code generic}): accepts requests from any sender and runs
 * actions (today: refresh Warehouses) chosen by expressions over the request ({@code request.body},
 * {@code request.header(k)}, {@code normalizeGit(u)}, ...).
 */
@Value.Immutable
@PropertyOrder({"secretRef", "actions"})
public abstract class AbstractGenericWebhookReceiverConfig {

    /**
     * @return the Secret (required) whose {@code secret} key seeds the receiver's hard-to-guess URL; it is not sent
     *     by the caller
     */
    public abstract @Valid LocalObjectReference secretRef();

    /** @return the actions to perform when a request arrives (the CRD rejects an explicitly empty list) */
    public abstract List<@Valid GenericWebhookAction> actions();

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
        public abstract GenericWebhookReceiverConfig.Builder secretRef(LocalObjectReference secretRef);

        /**
         * @param secretRef configures the Secret reference
         * @return this builder
         */
        public GenericWebhookReceiverConfig.Builder secretRef(Consumer<LocalObjectReference.Builder> secretRef) {
            LocalObjectReference.Builder b = LocalObjectReference.builder();
            secretRef.accept(b);
            return secretRef(b.build());
        }

        /**
         * @param element an action to append
         * @return this builder
         */
        public abstract GenericWebhookReceiverConfig.Builder addAction(GenericWebhookAction element);

        /**
         * @param element configures an action to append
         * @return this builder
         */
        public GenericWebhookReceiverConfig.Builder addAction(Consumer<GenericWebhookAction.Builder> element) {
            GenericWebhookAction.Builder b = GenericWebhookAction.builder();
            element.accept(b);
            return addAction(b.build());
        }
    }
}
