package io.github.kargo4j.model.freight;

import io.github.kargo4j.model.OpenEnum;

import java.util.Objects;

/** Support for the builders' open-enum setters. */
final class Enums {

    private Enums() {
    }

    /**
     * @param constant a constant of an open enum
     * @return its JSON text
     * @throws IllegalArgumentException for {@code UNKNOWN}, which stands for text this version does not know and
     *     has none of its own (set the raw text instead)
     */
    static String valueOf(OpenEnum constant) {
        Objects.requireNonNull(constant, "constant");
        if (((Enum<?>) constant).name().equals("UNKNOWN")) {
            throw new IllegalArgumentException("UNKNOWN has no JSON text; set the raw value with the *AsString setter");
        }
        return constant.value();
    }
}
