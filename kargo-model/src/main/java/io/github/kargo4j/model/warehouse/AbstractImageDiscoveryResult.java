package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The image references discovery found for one {@link ImageSubscription}. */
@Value.Immutable
@PropertyOrder({"repoURL", "platform", "references"})
public abstract class AbstractImageDiscoveryResult {

    /** @return the image repository of the subscription */
    public abstract @NotBlank String repoURL();

    /** @return the platform the subscription asked for, if it set one */
    public abstract Optional<String> platform();

    /** @return the images found, newest first; empty if discovery succeeded but nothing matched */
    public abstract List<DiscoveredImageReference> references();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param reference an image reference to append
         * @return this builder
         */
        public abstract ImageDiscoveryResult.Builder addReference(DiscoveredImageReference reference);

        /**
         * @param reference configures an image reference to append
         * @return this builder
         */
        public ImageDiscoveryResult.Builder addReference(Consumer<DiscoveredImageReference.Builder> reference) {
            DiscoveredImageReference.Builder b = DiscoveredImageReference.builder();
            reference.accept(b);
            return addReference(b.build());
        }
    }
}
