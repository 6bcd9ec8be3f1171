package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.KubernetesNames;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.json.JsonObject;
import jakarta.validation.Valid;
import org.immutables.value.Value;

import java.util.function.Consumer;

/**
 * A ClusterPromotionTask: a {@link PromotionTask} that is cluster-scoped, shared by every project and
 * referenced with {@code task: {kind: ClusterPromotionTask, name: ...}}. Its spec is that of a PromotionTask.
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec"})
public abstract class AbstractClusterPromotionTask implements KargoResource {

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "ClusterPromotionTask";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /**
     * Refuses a ClusterPromotionTask without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}.
     */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the variables and steps (required) */
    public abstract @Valid PromotionTaskSpec spec();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract ClusterPromotionTask.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public ClusterPromotionTask.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the spec
         * @return this builder
         */
        public abstract ClusterPromotionTask.Builder spec(PromotionTaskSpec spec);

        /**
         * @param spec configures the spec
         * @return this builder
         */
        public ClusterPromotionTask.Builder spec(Consumer<PromotionTaskSpec.Builder> spec) {
            PromotionTaskSpec.Builder b = PromotionTaskSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }
    }
}
