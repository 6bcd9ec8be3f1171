package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

import java.util.Optional;

/** A specific version of an artifact that a generic subscription discovered. */
@Value.Immutable
@PropertyOrder({"artifactType", "subscriptionName", "version", "metadata"})
public abstract class AbstractArtifactReference {

    /** @return the type of the artifact, often its media (MIME) type */
    public abstract Optional<@Size(min = 1) String> artifactType();

    /** @return the name of the subscription that discovered the artifact */
    public abstract @NotBlank String subscriptionName();

    /** @return the version (revision) of the artifact */
    public abstract @NotBlank String version();

    /**
     * @return attributes of the artifact, free-form and mostly understood only by the subscriber that wrote them
     */
    public abstract Optional<JsonObject> metadata();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }
}
