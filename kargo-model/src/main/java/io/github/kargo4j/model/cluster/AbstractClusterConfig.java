package io.github.kargo4j.model.cluster;

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
 * The cluster-wide configuration of Kargo: a cluster-scoped singleton that must be named {@value #REQUIRED_NAME}
 * (the Kargo webhook rejects any other name: {@code name "<x>" must be "cluster"}). It holds cluster-scoped webhook
 * receivers, the identity Kargo commits with, and deep links shown in every Project.
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec", "status"})
public abstract class AbstractClusterConfig implements KargoResource {

    /** The only name a ClusterConfig may have. */
    public static final String REQUIRED_NAME = "cluster";

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "ClusterConfig";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a ClusterConfig without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return the configuration; absent means no receivers, Git client settings or links */
    public abstract Optional<@Valid ClusterConfigSpec> spec();

    /** @return the status, as reported by Kargo */
    public abstract Optional<ClusterConfigStatus> status();

    @Override
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** @return a builder whose metadata already carries the required name {@value #REQUIRED_NAME} */
    public static ClusterConfig.Builder singleton() {
        return ClusterConfig.builder().metadata(ObjectMeta.named(REQUIRED_NAME));
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param metadata the metadata
         * @return this builder
         */
        public abstract ClusterConfig.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public ClusterConfig.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the configuration
         * @return this builder
         */
        public abstract ClusterConfig.Builder spec(ClusterConfigSpec spec);

        /**
         * @param spec configures the configuration
         * @return this builder
         */
        public ClusterConfig.Builder spec(Consumer<ClusterConfigSpec.Builder> spec) {
            ClusterConfigSpec.Builder b = ClusterConfigSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }

        /**
         * @param status the status
         * @return this builder
         */
        public abstract ClusterConfig.Builder status(ClusterConfigStatus status);

        /**
         * @param status configures the status
         * @return this builder
         */
        public ClusterConfig.Builder status(Consumer<ClusterConfigStatus.Builder> status) {
            ClusterConfigStatus.Builder b = ClusterConfigStatus.builder();
            status.accept(b);
            return status(b.build());
        }
    }
}
