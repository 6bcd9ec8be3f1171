package io.github.kargo4j.model.common;

import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.Objects;

/**
 * A Kubernetes int-or-string value ({@code x-kubernetes-int-or-string}): either a 32-bit whole number, such as
 * {@code count: 5}, or a string, such as {@code count: "{{args.count}}"}. The two forms are kept apart exactly as
 * written, so {@code 5} and {@code "5"} are different values that both survive a round trip.
 */
public final class IntOrString {

    private final Integer intValue;
    private final String stringValue;

    private IntOrString(Integer intValue, String stringValue) {
        this.intValue = intValue;
        this.stringValue = stringValue;
    }

    /**
     * @param value a whole number
     * @return the value, written as a JSON number
     */
    public static IntOrString of(int value) {
        return new IntOrString(value, null);
    }

    /**
     * @param value a string, such as {@code "3"} or {@code "{{args.count}}"}
     * @return the value, written as a JSON string
     */
    public static IntOrString of(String value) {
        return new IntOrString(null, Objects.requireNonNull(value, "value"));
    }

    /**
     * Reads the JSON form (the binder's custom-codec hook).
     *
     * @param json a whole number that fits in 32 bits, or a string
     * @return the value
     * @throws IllegalArgumentException for any other JSON value
     */
    public static IntOrString fromJson(JsonValue json) {
        if (json instanceof JsonString s) {
            return of(s.value());
        }
        if (json instanceof JsonNumber n) {
            if (n.isInt()) {
                return of(n.intValueExact());
            }
            throw new IllegalArgumentException(
                    "expected a whole number or a string, found a number that is not a 32-bit whole number");
        }
        throw new IllegalArgumentException("expected a whole number or a string, found "
                + (json == null ? "nothing" : json.describeType()));
    }

    /** @return the JSON form: a number or a string, as this value was created (the binder's custom-codec hook) */
    public JsonValue toJson() {
        return intValue != null ? JsonNumber.of(intValue) : JsonString.of(stringValue);
    }

    /** @return whether this value is a number (as opposed to a string, even one holding digits) */
    public boolean isInt() {
        return intValue != null;
    }

    /**
     * The numeric value, the way Kubernetes' {@code IntValue()} reads it: the number itself, or the decimal value
     * of a string such as {@code "3"}.
     *
     * @return the whole number
     * @throws IllegalStateException if this is a string that is not a decimal whole number, such as an argument
     *     placeholder {@code "{{args.count}}"} that Argo Rollouts resolves only at run time
     */
    public int intValue() {
        if (intValue != null) {
            return intValue;
        }
        try {
            return Integer.parseInt(stringValue);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a whole number: \"" + stringValue + "\"");
        }
    }

    /** @return the string, or the decimal form of a number */
    public String stringValue() {
        return intValue != null ? intValue.toString() : stringValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntOrString other
                && Objects.equals(intValue, other.intValue) && Objects.equals(stringValue, other.stringValue);
    }

    @Override
    public int hashCode() {
        return intValue != null ? intValue.hashCode() : 31 * stringValue.hashCode() + 1;
    }

    /** @return the JSON text: {@code 5} for a number, {@code "5"} (quoted) for a string */
    @Override
    public String toString() {
        return toJson().toString();
    }
}
