package io.github.kargo4j.model.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable JSON value: object, array, string, number, boolean or null.
 *
 * <p>Objects keep their keys in insertion order; equality of objects ignores order, as JSON does. A value read from
 * a file remembers where it stood ({@link #position()}); positions never take part in {@code equals}.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** The six JSON types. */
    enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** @return the JSON type of this value */
    Type type();

    /** @return where this value started in its source document, if it was read from one */
    Optional<SourcePosition> position();

    /** @return a user-facing name of this value's type ("an object", "a string", ...) for messages */
    default String describeType() {
        return switch (type()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
        };
    }

    /** @return this value as an object; throws {@link IllegalStateException} if it is not one */
    default JsonObject asObject() {
        if (this instanceof JsonObject o) {
            return o;
        }
        throw new IllegalStateException("expected an object, found " + describeType());
    }

    /** @return this value as an array; throws {@link IllegalStateException} if it is not one */
    default JsonArray asArray() {
        if (this instanceof JsonArray a) {
            return a;
        }
        throw new IllegalStateException("expected a list, found " + describeType());
    }

    /** @return the text if this is a string */
    default Optional<String> asText() {
        return this instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /** @return the plain Java value: {@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or {@code null} */
    Object toJava();

    /**
     * Converts a plain Java value to a JSON value: {@code null}, {@link String}, {@link Boolean}, {@link Number},
     * {@link Map} with string keys, {@link Iterable}, arrays of those, or a {@code JsonValue} (returned as is).
     *
     * @param value the value
     * @return the JSON value
     * @throws IllegalArgumentException for any other type
     */
    static JsonValue of(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof JsonValue v) {
            return v;
        }
        if (value instanceof String s) {
            return JsonString.of(s);
        }
        if (value instanceof Boolean b) {
            return JsonBoolean.of(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double
                || value instanceof Float) {
            return JsonNumber.of((Number) value);
        }
        if (value instanceof Map<?, ?> m) {
            JsonObject.Builder b = JsonObject.builder();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
                }
                b.put(k, of(e.getValue()));
            }
            return b.build();
        }
        if (value instanceof Iterable<?> it) {
            JsonArray.Builder b = JsonArray.builder();
            for (Object o : it) {
                b.add(of(o));
            }
            return b.build();
        }
        if (value instanceof Object[] arr) {
            return of(List.of(arr));
        }
        throw new IllegalArgumentException("cannot convert " + value.getClass().getName() + " to JSON");
    }
}
