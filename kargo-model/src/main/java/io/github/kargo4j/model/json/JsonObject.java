package io.github.kargo4j.model.json;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON object whose keys keep their insertion order.
 *
 * <p>Equality ignores key order (as JSON does). Objects read from a file remember the position of the object and
 * of each key ({@link #keyPosition(String)}), so diagnostics can point at the exact line.
 */
public final class JsonObject implements JsonValue {

    private static final String[] NO_KEYS = new String[0];
    private static final JsonValue[] NO_VALUES = new JsonValue[0];
    private static final int INDEX_THRESHOLD = 8;

    /** The empty object (no position). */
    public static final JsonObject EMPTY = new JsonObject(NO_KEYS, NO_VALUES, null, -1L);

    private final String[] keys;
    private final JsonValue[] values;
    private final long[] keyPositions;
    private final long position;
    private Map<String, Integer> index;
    private int hash;

    private JsonObject(String[] keys, JsonValue[] values, long[] keyPositions, long position) {
        this.keys = keys;
        this.values = values;
        this.keyPositions = keyPositions;
        this.position = position;
    }

    /** @return a builder for a new object */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param entries the entries, in order
     * @return an object with those entries
     */
    public static JsonObject of(Map<String, ? extends JsonValue> entries) {
        Builder b = builder();
        entries.forEach(b::put);
        return b.build();
    }

    /**
     * @param key   the key
     * @param value the value, converted with {@link JsonValue#of(Object)}
     * @return an object with one entry
     */
    public static JsonObject of(String key, Object value) {
        return builder().put(key, JsonValue.of(value)).build();
    }

    /** @return the number of entries */
    public int size() {
        return keys.length;
    }

    /** @return whether the object has no entries */
    public boolean isEmpty() {
        return keys.length == 0;
    }

    private int indexOf(String key) {
        if (keys.length <= INDEX_THRESHOLD) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        Map<String, Integer> idx = index;
        if (idx == null) {
            idx = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                idx.put(keys[i], i);
            }
            index = idx;
        }
        Integer i = idx.get(key);
        return i == null ? -1 : i;
    }

    /**
     * @param key the key
     * @return whether the key is present
     */
    public boolean containsKey(String key) {
        return indexOf(key) >= 0;
    }

    /**
     * @param key the key
     * @return the value for that key
     */
    public Optional<JsonValue> get(String key) {
        int i = indexOf(key);
        return i < 0 ? Optional.empty() : Optional.of(values[i]);
    }

    /**
     * @param key the key
     * @return the value for that key, or {@code null}
     */
    public JsonValue getOrNull(String key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    /**
     * @param key the key
     * @return the string value for that key, if present and a string
     */
    public Optional<String> getString(String key) {
        JsonValue v = getOrNull(key);
        return v instanceof JsonString s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * @param key the key
     * @return where the key was written, if this object was read from a file
     */
    public Optional<SourcePosition> keyPosition(String key) {
        int i = indexOf(key);
        if (i < 0 || keyPositions == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(SourcePosition.unpack(keyPositions[i]));
    }

    /** @return the keys in order */
    public List<String> keys() {
        return Collections.unmodifiableList(Arrays.asList(keys));
    }

    /**
     * @param i index
     * @return the i-th key
     */
    public String keyAt(int i) {
        return keys[i];
    }

    /**
     * @param i index
     * @return the i-th value
     */
    public JsonValue valueAt(int i) {
        return values[i];
    }

    /** @return the entries in order, as an unmodifiable map view */
    public Map<String, JsonValue> asMap() {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return the entries in order */
    public List<Map.Entry<String, JsonValue>> entries() {
        List<Map.Entry<String, JsonValue>> out = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param key   the key
     * @param value the new value (replaces an existing one in place, else appended)
     * @return a copy with that entry
     */
    public JsonObject with(String key, JsonValue value) {
        Builder b = toBuilder();
        b.put(key, value);
        return b.build();
    }

    /**
     * @param key the key
     * @return a copy without that entry
     */
    public JsonObject without(String key) {
        int i = indexOf(key);
        if (i < 0) {
            return this;
        }
        Builder b = builder();
        for (int j = 0; j < keys.length; j++) {
            if (j != i) {
                b.put(keys[j], values[j], keyPositions == null ? -1L : keyPositions[j]);
            }
        }
        b.position = position;
        return b.build();
    }

    /** @return a builder holding this object's entries */
    public Builder toBuilder() {
        Builder b = builder();
        for (int j = 0; j < keys.length; j++) {
            b.put(keys[j], values[j], keyPositions == null ? -1L : keyPositions[j]);
        }
        b.position = position;
        return b;
    }

    @Override
    public Type type() {
        return Type.OBJECT;
    }

    @Override
    public Optional<SourcePosition> position() {
        return Optional.ofNullable(SourcePosition.unpack(position));
    }

    @Override
    public Map<String, Object> toJava() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            m.put(keys[i], values[i].toJava());
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JsonObject other) || other.keys.length != keys.length || other.hashCode() != hashCode()) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            JsonValue v = other.getOrNull(keys[i]);
            if (v == null || !v.equals(values[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < keys.length; i++) {
                h += keys[i].hashCode() ^ values[i].hashCode();
            }
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

    /** Collects entries for a new {@link JsonObject}. A key put twice keeps its first place and the last value. */
    public static final class Builder {
        /** The largest storage {@link #clear()} keeps for the next object. */
        private static final int REUSED_CAPACITY = 1_024;
        private String[] keys = new String[4];
        private JsonValue[] values = new JsonValue[4];
        private long[] keyPositions;
        private int size;
        private long position = -1L;
        private Map<String, Integer> index;
        /** A key the last look-up did not find, with no change since: a reader checks for duplicates, then puts. */
        private String absentKey;

        private Builder() {
        }

        /**
         * @param position where the object started, for objects read from a file
         * @return this builder
         */
        public Builder position(SourcePosition position) {
            this.position = position == null ? -1L : position.pack();
            return this;
        }

        /**
         * @param key   the key
         * @param value the value
         * @return this builder
         */
        public Builder put(String key, JsonValue value) {
            return put(key, value, -1L);
        }

        /**
         * @param key   the key
         * @param value the value, converted with {@link JsonValue#of(Object)}
         * @return this builder
         */
        public Builder put(String key, Object value) {
            return put(key, JsonValue.of(value), -1L);
        }

        /**
         * @param key         the key
         * @param value       the value
         * @param keyPosition where the key was written
         * @return this builder
         */
        public Builder put(String key, JsonValue value, SourcePosition keyPosition) {
            return put(key, value, keyPosition == null ? -1L : keyPosition.pack());
        }

        Builder put(String key, JsonValue value, long keyPosition) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            int existing = key == absentKey ? -1 : find(key);
            absentKey = null;
            if (existing >= 0) {
                values[existing] = value;
                if (keyPositions != null) {
                    keyPositions[existing] = keyPosition;
                }
                return this;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
                if (keyPositions != null) {
                    keyPositions = Arrays.copyOf(keyPositions, size * 2);
                }
            }
            if (keyPosition >= 0 && keyPositions == null) {
                keyPositions = new long[keys.length];
                Arrays.fill(keyPositions, 0, size, -1L);
            }
            keys[size] = key;
            values[size] = value;
            if (keyPositions != null) {
                keyPositions[size] = keyPosition;
            }
            if (index != null) {
                index.put(key, size);
            } else if (size >= INDEX_THRESHOLD) {
                index = new HashMap<>();
                for (int i = 0; i <= size; i++) {
                    index.put(keys[i], i);
                }
            }
            size++;
            return this;
        }

        /**
         * @param key the key
         * @return whether the key was put already
         */
        public boolean containsKey(String key) {
            return find(key) >= 0;
        }

        private int find(String key) {
            int found = -1;
            if (index != null) {
                Integer i = index.get(key);
                found = i == null ? -1 : i;
            } else {
                // a reader's keys are mostly shared strings with their hash cached: compare those first
                int h = key.hashCode();
                for (int i = 0; i < size; i++) {
                    String k = keys[i];
                    if (k == key || k.hashCode() == h && k.equals(key)) {
                        found = i;
                        break;
                    }
                }
            }
            if (found < 0) {
                absentKey = key;
            }
            return found;
        }

        /**
         * @param key the key
         * @return this builder without that key
         */
        public Builder remove(String key) {
            int i = find(key);
            if (i < 0) {
                return this;
            }
            absentKey = null;
            System.arraycopy(keys, i + 1, keys, i, size - i - 1);
            System.arraycopy(values, i + 1, values, i, size - i - 1);
            if (keyPositions != null) {
                System.arraycopy(keyPositions, i + 1, keyPositions, i, size - i - 1);
            }
            size--;
            keys[size] = null;
            values[size] = null;
            index = null;
            if (size > INDEX_THRESHOLD) {
                index = new HashMap<>();
                for (int j = 0; j < size; j++) {
                    index.put(keys[j], j);
                }
            }
            return this;
        }

        /**
         * @param key a key put earlier
         * @return where that key was written, if it was put with a position
         */
        public Optional<SourcePosition> keyPosition(String key) {
            int i = find(key);
            return i < 0 || keyPositions == null ? Optional.empty()
                    : Optional.ofNullable(SourcePosition.unpack(keyPositions[i]));
        }

        /** @return the number of entries so far */
        public int size() {
            return size;
        }

        /**
         * Empties this builder, to collect the entries of another object; the objects built before are not affected.
         *
         * @return this builder
         */
        public Builder clear() {
            if (keys.length > REUSED_CAPACITY) {
                keys = new String[4];
                values = new JsonValue[4];
                keyPositions = null;
            } else {
                Arrays.fill(keys, 0, size, null);
                Arrays.fill(values, 0, size, null);
            }
            size = 0;
            position = -1L;
            index = null;
            absentKey = null;
            return this;
        }

        /** @return the object */
        public JsonObject build() {
            if (size == 0 && position < 0) {
                return EMPTY;
            }
            return new JsonObject(Arrays.copyOf(keys, size), Arrays.copyOf(values, size),
                    keyPositions == null ? null : Arrays.copyOf(keyPositions, size), position);
        }
    }
}
