package io.github.kargo4j.builders.freight;

/**
 * Intent factories for a Stage's Freight requests ({@code spec.requestedFreight[]}): say where the Freight comes
 * from and how it becomes available, and get a {@link io.github.kargo4j.model.stage.FreightRequest} that cannot hold
 * a contradictory combination.
 *
 * <pre>{@code
 * Stage.builder()
 *     .metadata(m -> m.name("dev").namespace("kargo-managed-stack"))
 *     .spec(s -> s
 *         .addRequestedFreight(FreightRequests.fromWarehouse("app").direct())
 *         .addRequestedFreight(FreightRequests.fromWarehouse("config")
 *             .viaStages("test-a", "test-b").requireAll().soak(Duration.ofHours(1)))
 *         ...)
 * }</pre>
 *
 * <p>Each intent is a {@code Consumer<FreightRequest.Builder>}, so it goes straight into
 * {@code StageSpec.Builder.addRequestedFreight(...)}; {@code build()} gives the {@code FreightRequest} itself. Intents
 * are immutable values: keep one in a constant and use it for many Stages.
 */
public final class FreightRequests {

    private FreightRequests() {
    }

    /**
     * Starts a request for Freight that originated in a Warehouse; say next where the Stage may take it from:
     * {@link WarehouseSource#direct()} or {@link WarehouseSource#viaStages(String...)}.
     *
     * @param warehouse the origin Warehouse's name (same namespace as the Stage)
     * @return the source, which is not yet a request
     * @throws IllegalArgumentException if the name is blank
     */
    public static WarehouseSource fromWarehouse(String warehouse) {
        return new WarehouseSource(warehouse);
    }
}
