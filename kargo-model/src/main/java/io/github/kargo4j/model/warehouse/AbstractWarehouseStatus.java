package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.PropertyOrder;
import io.github.kargo4j.model.common.Condition;
import io.github.kargo4j.model.json.JsonObject;
import org.immutables.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The status Kargo reports for a {@link Warehouse} (read-only). */
@Value.Immutable
@PropertyOrder({"conditions", "lastFreightID", "observedGeneration", "lastHandledRefresh", "discoveredArtifacts"})
public abstract class AbstractWarehouseStatus {

    /** @return the latest observations, one per type, such as {@code Ready}, {@code Reconciling} or {@code Healthy} */
    public abstract List<Condition> conditions();

    /** @return the name of the most recent Freight the Warehouse produced */
    public abstract Optional<String> lastFreightID();

    /** @return the {@code metadata.generation} the Warehouse was last reconciled against */
    public abstract Optional<Long> observedGeneration();

    /**
     * @return the value of the latest {@code kargo.akuity.io/refresh} annotation the controller handled; equal to
     *     the annotation once a requested refresh is done
     */
    public abstract Optional<String> lastHandledRefresh();

    /** @return the artifacts the latest discovery found, from which Freight is (or can be) created */
    public abstract Optional<DiscoveredArtifacts> discoveredArtifacts();

    /** @return fields this model does not know, kept as written */
    @Value.Default
    public JsonObject unknownFields() {
        return JsonObject.EMPTY;
    }

    /** Builder additions. */
    public abstract static class Builder {
        /**
         * @param condition a condition to append
         * @return this builder
         */
        public abstract WarehouseStatus.Builder addCondition(Condition condition);

        /**
         * @param condition configures a condition to append
         * @return this builder
         */
        public WarehouseStatus.Builder addCondition(Consumer<Condition.Builder> condition) {
            Condition.Builder b = Condition.builder();
            condition.accept(b);
            return addCondition(b.build());
        }

        /**
         * @param discoveredArtifacts the discovered artifacts
         * @return this builder
         */
        public abstract WarehouseStatus.Builder discoveredArtifacts(DiscoveredArtifacts discoveredArtifacts);

        /**
         * @param discoveredArtifacts configures the discovered artifacts
         * @return this builder
         */
        public WarehouseStatus.Builder discoveredArtifacts(Consumer<DiscoveredArtifacts.Builder> discoveredArtifacts) {
            DiscoveredArtifacts.Builder b = DiscoveredArtifacts.builder();
            discoveredArtifacts.accept(b);
            return discoveredArtifacts(b.build());
        }
    }
}
