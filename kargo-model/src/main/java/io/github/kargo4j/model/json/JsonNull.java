package io.github.kargo4j.model.json;

import java.util.Optional;

/** The JSON {@code null}. */
public final class JsonNull implements JsonValue {

    /** The shared instance (no position). */
    public static final JsonNull INSTANCE = new JsonNull(-1L);

    private final long position;

    private JsonNull(long position) {
        this.position = position;
    }

    /**
     * @param position where it was read, or {@code null}
     * @return a null value remembering its position
     */
    public static JsonNull at(SourcePosition position) {
        return position == null ? INSTANCE : new JsonNull(position.pack());
    }

    @Override
    public Type type() {
        return Type.NULL;
    }

    @Override
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(SourcePosition.unpack(position));
    }

    @Override
    public Object toJava() {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNull;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "null";
    }
}
