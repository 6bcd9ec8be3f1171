package io.github.kargo4j.model.common;

import io.github.kargo4j.model.OpenEnum;

/** The kind of a Freight origin. Kargo v1.11 knows only {@code Warehouse}. */
public enum OriginKind implements OpenEnum {
    /** A Warehouse. */
    WAREHOUSE("Warehouse"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    OriginKind(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
