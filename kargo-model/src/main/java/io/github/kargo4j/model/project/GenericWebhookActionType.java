package io.github.kargo4j.model.project;

import io.github.kargo4j.model.OpenEnum;

/** What a generic webhook receiver does. Kargo v1.11 knows only {@code Refresh}. */
public enum GenericWebhookActionType implements OpenEnum {
    /** Refresh the selected resources (Warehouses look for new artifacts at once). */
    REFRESH("Refresh"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    GenericWebhookActionType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
