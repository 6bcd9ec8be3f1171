package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.OpenEnum;

/** How Freight from upstream Stages becomes available to a Stage ({@code sources.availabilityStrategy}). */
public enum AvailabilityStrategy implements OpenEnum {
    /** Freight must be verified (and soaked, if required) in every upstream Stage. */
    ALL("All"),
    /** Freight must be verified (and soaked, if required) in at least one upstream Stage; the default. */
    ONE_OF("OneOf"),
    /** The empty string, which Kargo accepts and treats as {@link #ONE_OF}. */
    UNSPECIFIED(""),
    /** A value this version of kargo4j does not know; see the raw text. */
    UNKNOWN("");

    private final String value;

    AvailabilityStrategy(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
