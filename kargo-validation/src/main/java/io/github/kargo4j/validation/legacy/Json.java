package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.List;

/** Null-tolerant readers of free-form JSON trees (step configs, removed fields), which may hold anything. */
final class Json {

    private Json() {
    }

    /** @return the resource as written: the manifest's tree, or for a resource built in code its JSON form */
    static JsonObject tree(io.github.kargo4j.validation.Entry e) {
        return e.manifest().isPresent() ? e.manifest().get().tree()
                : obj(io.github.kargo4j.model.io.KargoCodec.toTree(e.resource()));
    }

    /** @return the value as an object, or the empty object */
    static JsonObject obj(JsonValue v) {
        return v instanceof JsonObject o ? o : JsonObject.EMPTY;
    }

    /** @return the items of the value if it is a list, or none */
    static List<JsonValue> items(JsonValue v) {
        return v instanceof JsonArray a ? a.items() : List.of();
    }

    /** @return the string at {@code key}, or the empty string */
    static String str(JsonObject o, String key) {
        JsonValue v = o.getOrNull(key);
        return v instanceof JsonString s ? s.value() : "";
    }

    /** @return the value at {@code key} as display text: strings unquoted, others as JSON */
    static String text(JsonValue v) {
        if (v == null) {
            return "";
        }
        return v instanceof JsonString s ? s.value() : v.toString();
    }

    /** @return whether the value at {@code key} is the boolean true */
    static boolean isTrue(JsonObject o, String key) {
        return o.getOrNull(key) instanceof JsonBoolean b && b.value();
    }
}
