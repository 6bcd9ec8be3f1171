package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Settings of Kustomize's built-in plugins ({@code plugin} of {@code kustomize-build}).
 */
@Value.Immutable
@PropertyOrder({"helm"})
public abstract class AbstractKustomizePlugin {

    /** @return settings of Helm chart inflation */
    public abstract Optional<KustomizeHelmPlugin> helm();

    /** @return fields this type does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions: typed overloads and {@code Consumer} forms of nested objects. */
    public abstract static class Builder {
        /**
         * @param helm settings of Helm chart inflation
         * @return this builder
         */
        public abstract KustomizePlugin.Builder helm(KustomizeHelmPlugin helm);

        /**
         * @param helm configures settings of Helm chart inflation
         * @return this builder
         */
        public KustomizePlugin.Builder helm(Consumer<KustomizeHelmPlugin.Builder> helm) {
            KustomizeHelmPlugin.Builder b = KustomizeHelmPlugin.builder();
            helm.accept(b);
            return helm(b.build());
        }
    }
}
