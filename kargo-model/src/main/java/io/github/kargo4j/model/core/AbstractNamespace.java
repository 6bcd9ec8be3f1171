package io.github.kargo4j.model.core;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A Kubernetes Namespace ({@code v1}). A Kargo project namespace carries the label
 * {@code kargo.akuity.io/project: "true"}; a Project creates (or adopts) the namespace of its own name.
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec", "status"})
public abstract class AbstractNamespace implements KargoResource {

    /** The label that marks a Kargo project namespace. */
    public static final String PROJECT_LABEL = "kargo.akuity.io/project";

    @Override
    public final String apiVersion() {
        return "v1";
    }

    @Override
    public final String kind() {
        return "Namespace";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a Namespace without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the spec (finalizers), kept as written */
    public abstract Optional<JsonObject> spec();

    /** @return the status, kept as written */
    public abstract Optional<JsonObject> status();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return whether the namespace is labelled as a Kargo project namespace */
    public boolean isProjectNamespace() {
        return "true".equals(metadata().labels().get(PROJECT_LABEL));
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract Namespace.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public Namespace.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }
    }
}
