package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.common.ArtifactReference;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/** The artifacts discovery found for one generic subscription ({@code status.discoveredArtifacts.results[]}). */
@Value.Immutable
@PropertyOrder({"name", "artifactReferences"})
public abstract class AbstractDiscoveryResult {

    /** @return the name of the subscription that found the artifacts */
    public abstract @NotBlank String name();

    /** @return the artifact versions found, newest first; empty if discovery succeeded but nothing matched */
    public abstract List<ArtifactReference> artifactReferences();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param artifactReference an artifact reference to append
         * @return this builder
         */
        public abstract DiscoveryResult.Builder addArtifactReference(ArtifactReference artifactReference);

        /**
         * @param artifactReference configures an artifact reference to append
         * @return this builder
         */
        public DiscoveryResult.Builder addArtifactReference(Consumer<ArtifactReference.Builder> artifactReference) {
            ArtifactReference.Builder b = ArtifactReference.builder();
            artifactReference.accept(b);
            return addArtifactReference(b.build());
        }
    }
}
