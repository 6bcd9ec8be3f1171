package io.github.kargo4j.model.project;

import io.github.kargo4j.model.OpenEnum;

/** The kind of resource a generic webhook action targets. Kargo v1.11 accepts only {@code Warehouse}. */
public enum GenericWebhookTargetKind implements OpenEnum {
    /** A Warehouse. */
    WAREHOUSE("Warehouse"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    GenericWebhookTargetKind(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
