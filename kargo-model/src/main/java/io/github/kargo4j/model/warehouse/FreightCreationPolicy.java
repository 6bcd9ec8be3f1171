package io.github.kargo4j.model.warehouse;

import io.github.kargo4j.model.OpenEnum;

/** How a Warehouse creates Freight ({@code spec.freightCreationPolicy}); Kargo defaults to {@code Automatic}. */
public enum FreightCreationPolicy implements OpenEnum {
    /** New Freight is created automatically whenever discovery finds a new artifact (the default). */
    AUTOMATIC("Automatic"),
    /** Freight is never created automatically; users create it from discovered artifacts. */
    MANUAL("Manual"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    FreightCreationPolicy(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
