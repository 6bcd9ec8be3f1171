package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.OpenEnum;

/** Which available Freight auto-promotion picks ({@code autoPromotionOptions.selectionPolicy}). */
public enum SelectionPolicy implements OpenEnum {
    /** The newest Freight available to the Stage; the default. */
    NEWEST_FREIGHT("NewestFreight"),
    /**
     * Only the Freight currently in the one upstream Stage; requires exactly one upstream Stage and no
     * {@code direct}.
     */
    MATCH_UPSTREAM("MatchUpstream"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    SelectionPolicy(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
