package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.json.JsonPath;

import java.util.Objects;

/**
 * One way a step's {@code config} breaks the step's rules.
 *
 * @param path         where, relative to the {@code config} object ({@code checkout[0].path})
 * @param kind         which kind of rule is broken
 * @param message      a plain message naming the property, such as
 *                     {@code required property "checkout[0].path" is not set}; it never quotes a value the user wrote
 * @param kargoMessage the text Kargo puts in the failed Promotion for the same problem, such as
 *                     {@code checkout.0: path is required}
 * @param hint         what to write instead
 */
public record ConfigProblem(JsonPath path, Kind kind, String message, String kargoMessage, String hint) {

    /** Checks that every part is present. */
    public ConfigProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kargoMessage, "kargoMessage");
        Objects.requireNonNull(hint, "hint");
    }

    /** The kinds of rule a configuration can break. */
    public enum Kind {
        /** a required property is missing */
        REQUIRED,
        /** a value of the wrong JSON type */
        TYPE,
        /** an empty or too short string, list or map */
        TOO_SHORT,
        /** a number outside its range */
        OUT_OF_RANGE,
        /** a string that is not one of the allowed values */
        NOT_ALLOWED,
        /** a string that does not match the pattern or format it must have */
        BAD_FORMAT,
        /** properties that exclude each other are set together */
        CONFLICT,
        /** none of the properties of which one is needed is set */
        MISSING_ALTERNATIVE,
        /** items that must be unique are not */
        DUPLICATE,
        /** a key the step does not accept */
        UNKNOWN_PROPERTY
    }
}
