package io.github.kargo4j.builders.freight;

import io.github.kargo4j.model.stage.FreightSources;

/**
 * A request for Freight straight from its Warehouse ({@code sources.direct: true}). Made by
 * {@code FreightRequests.fromWarehouse(w).direct()}.
 */
public final class DirectRequest extends FreightRequestIntent {

    DirectRequest(String warehouse) {
        super(warehouse);
    }

    @Override
    public FreightSources sources() {
        return FreightSources.builder().direct(true).build();
    }

    @Override
    public String toString() {
        return "FreightRequests.fromWarehouse(\"" + warehouse() + "\").direct()";
    }
}
