package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/**
 * Updates to the Kustomize images of an Argo CD Application source ({@code kustomize} of
 * {@code argocd-update}).
 */
@Value.Immutable
@PropertyOrder({"images"})
public abstract class AbstractArgocdKustomizeUpdate {

    /** @return the images to set */
    @MinItems(1)
    public abstract List<ArgocdKustomizeImageUpdate> images();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * @param image one of the images to set
         * @return this builder
         */
        public abstract ArgocdKustomizeUpdate.Builder addImage(ArgocdKustomizeImageUpdate image);

        /**
         * @param image configures one of the images to set
         * @return this builder
         */
        public ArgocdKustomizeUpdate.Builder addImage(Consumer<ArgocdKustomizeImageUpdate.Builder> image) {
            ArgocdKustomizeImageUpdate.Builder b = ArgocdKustomizeImageUpdate.builder();
            image.accept(b);
            return addImage(b.build());
        }
    }
}
