package io.github.kargo4j.model.project;

import io.github.kargo4j.model.OpenEnum;

/** The Kargo cache index an index-selector requirement consults. */
public enum IndexSelectorKey implements OpenEnum {
    /** The normalised repository URLs a Warehouse subscribes to. */
    SUBSCRIBED_URLS("subscribedURLs"),
    /** The paths of webhook receivers. */
    RECEIVER_PATHS("receiverPaths"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    IndexSelectorKey(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
