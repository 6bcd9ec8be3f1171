package io.github.kargo4j.model.project;

import io.github.kargo4j.model.OpenEnum;

/** How an index-selector requirement compares the index with its value. */
public enum IndexSelectorOperator implements OpenEnum {
    /** The index contains the value. */
    EQUALS("Equals"),
    /** The index does not contain the value. */
    NOT_EQUALS("NotEquals"),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    IndexSelectorOperator(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
