package io.github.kargo4j.model.json;

import java.util.Optional;

/** A JSON boolean. */
public final class JsonBoolean implements JsonValue {

    /** {@code true} without a position. */
    public static final JsonBoolean TRUE = new JsonBoolean(true, -1L);
    /** {@code false} without a position. */
    public static final JsonBoolean FALSE = new JsonBoolean(false, -1L);

    private final boolean value;
    private final long position;

    private JsonBoolean(boolean value, long position) {
        this.value = value;
        this.position = position;
    }

    /**
     * @param value the value
     * @return the shared instance for it
     */
    public static JsonBoolean of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * @param value    the value
     * @param position where it was read, or {@code null}
     * @return a boolean remembering its position
     */
    public static JsonBoolean of(boolean value, SourcePosition position) {
        return position == null ? of(value) : new JsonBoolean(value, position.pack());
    }

    /** @return the value */
    public boolean value() {
        return value;
    }

    @Override
    public Type type() {
        return Type.BOOLEAN;
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
        return o instanceof JsonBoolean b && b.value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
