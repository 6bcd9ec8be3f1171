package io.github.kargo4j.model.warehouse;

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
 * A Kargo Warehouse: it polls the repositories of its {@link WarehouseSpec#subscriptions() subscriptions} at an
 * interval and produces Freight from the newest artifacts it discovers. Stages request Freight by naming the
 * Warehouse as their origin ({@code Warehouse/<name>}).
 *
 * <pre>{@code
 * Warehouse w = Warehouse.builder()
 *         .metadata(m -> m.namespace("kargo-demo").name("app"))
 *         .spec(s -> s.addSubscription(Subscription.image(ImageSubscription.builder()
 *                 .repoURL("ghcr.io/example/app").constraint("^1.0.0").build())))
 *         .build();
 * }</pre>
 */
@Value.Immutable
@PropertyOrder({"metadata", "spec", "status"})
public abstract class AbstractWarehouse implements KargoResource {

    @Override
    public final String apiVersion() {
        return KARGO_API_VERSION;
    }

    @Override
    public final String kind() {
        return "Warehouse";
    }

    @Override
    public abstract @Valid ObjectMeta metadata();

    /** Refuses a Warehouse without a valid {@code metadata.name}; see {@link KubernetesNames#requireName}. */
    @Value.Check
    protected void checkName() {
        KubernetesNames.requireName(this);
    }

    /** @return what the Warehouse subscribes to and how it creates Freight (required) */
    public abstract @Valid WarehouseSpec spec();

    /** @return the status, as reported by Kargo (read-only) */
    public abstract Optional<WarehouseStatus> status();

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
        public abstract Warehouse.Builder metadata(ObjectMeta metadata);

        /**
         * @param metadata configures the metadata
         * @return this builder
         */
        public Warehouse.Builder metadata(Consumer<ObjectMeta.Builder> metadata) {
            ObjectMeta.Builder b = ObjectMeta.builder();
            metadata.accept(b);
            return metadata(b.build());
        }

        /**
         * @param spec the spec
         * @return this builder
         */
        public abstract Warehouse.Builder spec(WarehouseSpec spec);

        /**
         * @param spec configures the spec
         * @return this builder
         */
        public Warehouse.Builder spec(Consumer<WarehouseSpec.Builder> spec) {
            WarehouseSpec.Builder b = WarehouseSpec.builder();
            spec.accept(b);
            return spec(b.build());
        }

        /**
         * @param status the status
         * @return this builder
         */
        public abstract Warehouse.Builder status(WarehouseStatus status);

        /**
         * @param status configures the status
         * @return this builder
         */
        public Warehouse.Builder status(Consumer<WarehouseStatus.Builder> status) {
            WarehouseStatus.Builder b = WarehouseStatus.builder();
            status.accept(b);
            return status(b.build());
        }
    }
}
