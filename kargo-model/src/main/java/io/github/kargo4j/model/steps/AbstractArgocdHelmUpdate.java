package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Constraints.MinItems;
import io.github.kargo4j.model.steps.Constraints.Required;
import org.immutables.value.Value;

import java.util.List;
import java.util.function.Consumer;

/**
 * Updates to the Helm parameters of an Argo CD Application source ({@code helm} of
 * {@code argocd-update}).
 */
@Value.Immutable
@PropertyOrder({"images"})
public abstract class AbstractArgocdHelmUpdate {

    /** @return the Helm parameters to set (required) */
    @Required
    @MinItems(1)
    public abstract List<ArgocdHelmImageUpdate> images();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * @param image one of the Helm parameters to set
         * @return this builder
         */
        public abstract ArgocdHelmUpdate.Builder addImage(ArgocdHelmImageUpdate image);

        /**
         * @param image configures one of the Helm parameters to set
         * @return this builder
         */
        public ArgocdHelmUpdate.Builder addImage(Consumer<ArgocdHelmImageUpdate.Builder> image) {
            ArgocdHelmImageUpdate.Builder b = ArgocdHelmImageUpdate.builder();
            image.accept(b);
            return addImage(b.build());
        }

        /**
         * @param key   the Helm parameter to set
         * @param value the new value; a {@code CharSequence} such as an {@code Expr} is written as its {@code toString()}
         * @return this builder
         */
        public ArgocdHelmUpdate.Builder addImage(String key, CharSequence value) {
            return addImage(ArgocdHelmImageUpdate.of(key, value));
        }
    }
}
