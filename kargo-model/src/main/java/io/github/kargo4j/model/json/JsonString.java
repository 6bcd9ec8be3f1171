package io.github.kargo4j.model.json;

import java.util.Objects;
import java.util.Optional;

/** A JSON string. */
public final class JsonString implements JsonValue {

    private final String value;
    private final long position;

    private JsonString(String value, long position) {
        this.value = Objects.requireNonNull(value, "value");
        this.position = position;
    }

    /**
     * @param value the text
     * @return a string value
     */
    public static JsonString of(String value) {
        return new JsonString(value, -1L);
    }

    /**
     * @param value    the text
     * @param position where it was read, or {@code null}
     * @return a string value remembering its position
     */
    public static JsonString of(String value, SourcePosition position) {
        return new JsonString(value, position == null ? -1L : position.pack());
    }

    static JsonString of(String value, long packedPosition) {
        return new JsonString(value, packedPosition);
    }

    /** @return the text */
    public String value() {
        return value;
    }

    @Override
    public Type type() {
        return Type.STRING;
    }

    @Override
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(SourcePosition.unpack(position));
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonString s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the value as a JSON string literal (quoted and escaped) */
    @Override
    public String toString() {
        return JsonText.quote(value);
    }
}
