package io.github.kargo4j.model.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An immutable JSON array. */
public final class JsonArray implements JsonValue {

    private static final JsonValue[] NONE = new JsonValue[0];

    /** The empty array (no position). */
    public static final JsonArray EMPTY = new JsonArray(NONE, -1L);

    private final JsonValue[] items;
    private final long position;
    private int hash;

    private JsonArray(JsonValue[] items, long position) {
        this.items = items;
        this.position = position;
    }

    /** @return a builder for a new array */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param items the items
     * @return an array of them
     */
    public static JsonArray of(List<? extends JsonValue> items) {
        JsonValue[] a = items.toArray(NONE);
        for (JsonValue v : a) {
            Objects.requireNonNull(v, "item");
        }
        return a.length == 0 ? EMPTY : new JsonArray(a, -1L);
    }

    /**
     * @param items the items
     * @return an array of them
     */
    public static JsonArray of(JsonValue... items) {
        return of(Arrays.asList(items));
    }

    /** @return the number of items */
    public int size() {
        return items.length;
    }

    /** @return whether there are no items */
    public boolean isEmpty() {
        return items.length == 0;
    }

    /**
     * @param i index
     * @return the i-th item
     */
    public JsonValue get(int i) {
        return items[i];
    }

    /** @return the items as an unmodifiable list */
    public List<JsonValue> items() {
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    @Override
    public Type type() {
        return Type.ARRAY;
    }

    @Override
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(SourcePosition.unpack(position));
    }

    @Override
    public List<Object> toJava() {
        List<Object> out = new ArrayList<>(items.length);
        for (JsonValue v : items) {
            out.add(v.toJava());
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof JsonArray a && a.hashCode() == hashCode() && Arrays.equals(a.items, items);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(items);
            h = h == 0 ? 1 : h;
            hash = h;
        }
        return h;
    }

    /** @return compact JSON text */
    @Override
    public String toString() {
        return JsonText.compact(this);
    }

    /** Collects items for a new {@link JsonArray}. */
    public static final class Builder {
        /** The largest storage {@link #clear()} keeps for the next array. */
        private static final int REUSED_CAPACITY = 1_024;
        private JsonValue[] items = new JsonValue[4];
        private int size;
        private long position = -1L;

        private Builder() {
        }

        /**
         * @param position where the array started, for arrays read from a file
         * @return this builder
         */
        public Builder position(SourcePosition position) {
            this.position = position == null ? -1L : position.pack();
            return this;
        }

        /**
         * @param value an item
         * @return this builder
         */
        public Builder add(JsonValue value) {
            Objects.requireNonNull(value, "value");
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
            return this;
        }

        /**
         * @param value an item, converted with {@link JsonValue#of(Object)}
         * @return this builder
         */
        public Builder add(Object value) {
            return add(JsonValue.of(value));
        }

        /** @return the number of items so far */
        public int size() {
            return size;
        }

        /**
         * Empties this builder, to collect the items of another array; the arrays built before are not affected.
         *
         * @return this builder
         */
        public Builder clear() {
            if (items.length > REUSED_CAPACITY) {
                items = new JsonValue[4];
            } else {
                Arrays.fill(items, 0, size, null);
            }
            size = 0;
            position = -1L;
            return this;
        }

        /** @return the array */
        public JsonArray build() {
            if (size == 0 && position < 0) {
                return EMPTY;
            }
            return new JsonArray(Arrays.copyOf(items, size), position);
        }
    }
}
