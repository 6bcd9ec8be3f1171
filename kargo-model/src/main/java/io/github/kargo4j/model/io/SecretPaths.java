package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.List;
import java.util.Set;

/**
 * Keeps the keys of a Secret out of error messages. Everything under a Secret is secret, keys included: a value that
 * lost its colon ({@code password ghp_...:}) or sits in a flow mapping ({@code {password ghp_...}}) becomes a key.
 * So the path of a problem inside an object whose {@code kind} is {@code Secret} (any apiVersion, also as an item
 * of a {@code List}) stops at that object's field, such as {@code stringData}, and at the object itself when the
 * key is no well-known field name; the line and column still point at the exact spot. While a document is still
 * being read, an object whose kind has not been seen yet counts as a Secret (kubectl writes {@code data} before
 * {@code kind}).
 */
final class SecretPaths {

    static final String SECRET = "Secret";

    /** Keys shown at the top of a Secret (or of an object of unknown kind): field names, never secret. */
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "metadata", "type", "immutable", "data",
            "stringData", "spec", "status", "items");

    private SecretPaths() {
    }

    /**
     * @param path  a path, or {@code null}
     * @param depth the depth of the Secret object on the path, or -1 if there is none
     * @return the path cut to that object's field
     */
    static JsonPath cut(JsonPath path, int depth) {
        if (path == null || depth < 0) {
            return path;
        }
        JsonPath p = path;
        while (p.depth() > depth + 1) {
            p = p.parent().orElseThrow();
        }
        if (p.depth() == depth + 1 && !p.lastKey().map(FIELDS::contains).orElse(true)) {
            p = p.parent().orElseThrow();
        }
        return p;
    }

    /**
     * @param root a whole document
     * @param path a path in it, or {@code null}
     * @return the path, cut below the first object on it whose kind is Secret
     */
    static JsonPath inTree(JsonValue root, JsonPath path) {
        if (path == null) {
            return null;
        }
        JsonValue v = root;
        List<Object> segments = path.segments();
        for (int depth = 0; depth < segments.size() && v != null; depth++) {
            if (v instanceof JsonObject o) {
                if (isSecret(o)) {
                    return cut(path, depth);
                }
                v = segments.get(depth) instanceof String k ? o.getOrNull(k) : null;
            } else if (v instanceof JsonArray a
                    && segments.get(depth) instanceof Integer i && i < a.size()) {
                v = a.get(i);
            } else {
                v = null;
            }
        }
        return path;
    }

    /**
     * @param o an object
     * @return whether its kind is Secret
     */
    static boolean isSecret(JsonObject o) {
        return o.getOrNull("kind") instanceof JsonString s && SECRET.equals(s.value());
    }
}
