package io.github.kargo4j.model.common;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.Optional;

/**
 * A specific version of an artifact other than a commit, image or chart, found by a generic Warehouse
 * subscription (Kargo v1.9 and later): an entry of a Warehouse's discovered artifacts and of a Freight's
 * {@code artifacts} (one type, as in Kargo's API).
 */
@Value.Immutable
@PropertyOrder({"artifactType", "subscriptionName", "version", "metadata"})
public abstract class AbstractArtifactReference {

    /** @return the artifact type, often a media (MIME) type; at least one character when set */
    public abstract Optional<@Size(min = 1) String> artifactType();

    /** @return the name of the subscription that discovered the artifact (required) */
    public abstract @NotBlank String subscriptionName();

    /** @return the revision of the artifact (required) */
    public abstract @NotBlank String version();

    /**
     * @return a mostly opaque JSON object of artifact attributes, understood by the subscriber that created it;
     *     kept as written
     */
    public abstract Optional<JsonObject> metadata();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
