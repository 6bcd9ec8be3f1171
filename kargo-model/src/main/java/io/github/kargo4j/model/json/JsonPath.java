package io.github.kargo4j.model.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A path into a JSON document, such as {@code spec.requestedFreight[0].sources} or
 * {@code metadata.labels["kargo.akuity.io/project"]}. The empty path is the document root and prints as
 * {@code $}.
 *
 * <p>Immutable; {@link #key(String)} and {@link #index(int)} return extended copies.
 */
public final class JsonPath implements Comparable<JsonPath> {

    /** The document root. */
    public static final JsonPath ROOT = new JsonPath(null, null, -1, 0);

    private final JsonPath parent;
    private final String key;
    private final int index;
    private final int depth;

    private JsonPath(JsonPath parent, String key, int index, int depth) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.depth = depth;
    }

    /**
     * @param dotted a path such as {@code spec.steps[2].config} ({@code $} or the empty string for the root)
     * @return the parsed path
     * @throws IllegalArgumentException if the text is not a path
     */
    public static JsonPath parse(String dotted) {
        JsonPath p = ROOT;
        String s = dotted.startsWith("$") ? dotted.substring(1) : dotted;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            if (c == '[') {
                int close;
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    StringBuilder sb = new StringBuilder();
                    int j = i + 2;
                    while (j < s.length() && s.charAt(j) != '"') {
                        if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                            j++;
                        }
                        sb.append(s.charAt(j++));
                    }
                    close = s.indexOf(']', j);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed [ in path: " + dotted);
                    }
                    p = p.key(sb.toString());
                } else {
                    close = s.indexOf(']', i);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed [ in path: " + dotted);
                    }
                    p = p.index(Integer.parseInt(s.substring(i + 1, close)));
                }
                i = close + 1;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) != '.' && s.charAt(j) != '[') {
                j++;
            }
            p = p.key(s.substring(i, j));
            i = j;
        }
        return p;
    }

    /**
     * @param key an object key
     * @return this path extended by the key
     */
    public JsonPath key(String key) {
        return new JsonPath(this, Objects.requireNonNull(key, "key"), -1, depth + 1);
    }

    /**
     * @param index an array index
     * @return this path extended by the index
     */
    public JsonPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return new JsonPath(this, null, index, depth + 1);
    }

    /** @return the parent path, empty for the root */
    public Optional<JsonPath> parent() {
        return Optional.ofNullable(parent);
    }

    /** @return whether this is the root */
    public boolean isRoot() {
        return parent == null;
    }

    /** @return the number of segments */
    public int depth() {
        return depth;
    }

    /** @return the last segment's key, if it is a key */
    public Optional<String> lastKey() {
        return Optional.ofNullable(key);
    }

    /** @return the last segment's index, or -1 if it is a key or this is the root */
    public int lastIndex() {
        return index;
    }

    /** @return the segments from the root: {@code String} keys and {@code Integer} indexes */
    public List<Object> segments() {
        List<Object> out = new ArrayList<>(depth);
        for (JsonPath p = this; p.parent != null; p = p.parent) {
            out.add(p.key != null ? p.key : (Object) p.index);
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * @param root a document
     * @return the value at this path in that document
     */
    public Optional<JsonValue> resolve(JsonValue root) {
        JsonValue v = root;
        for (Object seg : segments()) {
            if (seg instanceof String k && v instanceof JsonObject o) {
                v = o.getOrNull(k);
            } else if (seg instanceof Integer i && v instanceof JsonArray a && i < a.size()) {
                v = a.get(i);
            } else {
                return Optional.empty();
            }
            if (v == null) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    /**
     * The position of the value at this path, or of the nearest ancestor that has one. For a key of an object the
     * position of the key is preferred, so that a message points at the line that names the field.
     *
     * @param root a document read from a file
     * @return the best position known for this path
     */
    public Optional<SourcePosition> locate(JsonValue root) {
        SourcePosition best = root.position().orElse(null);
        JsonValue v = root;
        for (Object seg : segments()) {
            JsonValue next = null;
            if (seg instanceof String k && v instanceof JsonObject o) {
                next = o.getOrNull(k);
                SourcePosition kp = o.keyPosition(k).orElse(null);
                if (kp != null) {
                    best = kp;
                }
            } else if (seg instanceof Integer i && v instanceof JsonArray a && i < a.size()) {
                next = a.get(i);
                SourcePosition ip = next.position().orElse(null);
                if (ip != null) {
                    best = ip;
                }
            }
            if (next == null) {
                break;
            }
            v = next;
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "$";
        }
        StringBuilder sb = new StringBuilder();
        for (Object seg : segments()) {
            if (seg instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                String k = (String) seg;
                if (isSimpleKey(k)) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(k);
                } else {
                    sb.append('[');
                    JsonText.quote(k, sb);
                    sb.append(']');
                }
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JsonPath p) || p.depth != depth) {
            return false;
        }
        JsonPath a = this;
        JsonPath b = p;
        while (a.parent != null) {
            if (a.index != b.index || !Objects.equals(a.key, b.key)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public int compareTo(JsonPath o) {
        return toString().compareTo(o.toString());
    }

    /** Whether a key is written plainly after a dot: {@code [A-Za-z_$][A-Za-z0-9_$-]*}, scanned without a regex. */
    private static boolean isSimpleKey(String k) {
        if (k.isEmpty()) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '$';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '-'))) {
                return false;
            }
        }
        return true;
    }
}
