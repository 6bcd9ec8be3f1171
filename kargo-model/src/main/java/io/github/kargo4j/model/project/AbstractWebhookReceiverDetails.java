package io.github.kargo4j.model.project;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * Where Kargo serves one webhook receiver (an item of {@code status.webhookReceivers} of a ProjectConfig or
 * ClusterConfig). Register {@link #url()} with the Git host or registry.
 */
@Value.Immutable
@PropertyOrder({"name", "path", "url"})
public abstract class AbstractWebhookReceiverDetails {

    /** @return the receiver name, as in the spec */
    public abstract Optional<String> name();

    /** @return the path of the receiver's endpoint, a hard-to-guess value derived from its secret */
    public abstract Optional<String> path();

    /** @return the full address of the receiver's endpoint */
    public abstract Optional<String> url();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
