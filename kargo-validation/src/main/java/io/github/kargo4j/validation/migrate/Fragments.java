package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the YAML text that a migration splices into a file: block style indented the way the file is, or flow
 * style (JSON) inside flow collections and JSON files. Scalars are quoted exactly when {@link KargoCodec} would quote
 * them, so a string never turns into a boolean, number or date.
 */
final class Fragments {

    private static final KargoCodec CODEC = KargoCodec.create();

    private final YamlText.Style style;
    private final Map<JsonValue, String> raw;

    Fragments(YamlText.Style style) {
        this(style, Map.of());
    }

    private Fragments(YamlText.Style style, Map<JsonValue, String> raw) {
        this.style = style;
        this.raw = raw;
    }

    /**
     * @param raw scalars (by identity) to write as the given source text, so that a value moved from one place to
     *            another keeps the quoting the user gave it
     * @return fragments that write those scalars as given
     */
    Fragments withRaw(IdentityHashMap<JsonValue, String> raw) {
        return new Fragments(style, raw);
    }

    /** @return the file's indentation style */
    YamlText.Style style() {
        return style;
    }

    /**
     * A block-style {@code key: value} pair whose key stands at column {@code col}. The text starts with the key (the
     * caller's text already holds the indentation of the first line) and ends without a line break.
     */
    String blockPair(String key, JsonValue value, int col) {
        StringBuilder sb = new StringBuilder();
        pair(sb, key, value, col);
        return sb.toString();
    }

    private void pair(StringBuilder sb, String key, JsonValue v, int col) {
        sb.append(scalar(JsonString.of(key))).append(':');
        if (v instanceof JsonObject o && !o.isEmpty()) {
            mapBody(sb, o, col + style.mapIndent(), false);
        } else if (v instanceof JsonArray a && !a.isEmpty()) {
            seqBody(sb, a, col + style.seqOffset(), false);
        } else {
            sb.append(' ').append(value(v));
        }
    }

    /**
     * The text of a block sequence item after its {@code "- "}, for an item whose dash stands at column
     * {@code col - 2}: a mapping's pairs at column {@code col}, or a scalar.
     */
    String blockItem(JsonValue v, int col) {
        StringBuilder sb = new StringBuilder();
        if (v instanceof JsonObject o && !o.isEmpty()) {
            mapBody(sb, o, col, true);
        } else if (v instanceof JsonArray a && !a.isEmpty()) {
            seqBody(sb, a, col, true);
        } else {
            sb.append(value(v));
        }
        return sb.toString();
    }

    private String value(JsonValue v) {
        String r = raw.get(v);
        return r != null ? r : scalar(v);
    }

    private void mapBody(StringBuilder sb, JsonObject o, int col, boolean inline) {
        for (int i = 0; i < o.size(); i++) {
            if (i > 0 || !inline) {
                newline(sb, col);
            }
            pair(sb, o.keyAt(i), o.valueAt(i), col);
        }
    }

    private void seqBody(StringBuilder sb, JsonArray a, int dashCol, boolean inline) {
        for (int i = 0; i < a.size(); i++) {
            if (i > 0 || !inline) {
                newline(sb, dashCol);
            }
            sb.append("- ");
            JsonValue v = a.get(i);
            if (v instanceof JsonObject o && !o.isEmpty()) {
                mapBody(sb, o, dashCol + 2, true);
            } else if (v instanceof JsonArray inner && !inner.isEmpty()) {
                seqBody(sb, inner, dashCol + 2, true);
            } else {
                sb.append(value(v));
            }
        }
    }

    private void newline(StringBuilder sb, int col) {
        sb.append(style.newline()).append(" ".repeat(col));
    }

    /** @return a scalar (or empty collection) on one line: plain when safe, else quoted */
    static String scalar(JsonValue v) {
        if (v instanceof JsonObject) {
            return "{}";
        }
        if (v instanceof JsonArray) {
            return "[]";
        }
        if (v instanceof JsonString s && s.value().indexOf('\n') < 0 && s.value().indexOf('\r') < 0) {
            String yaml = CODEC.treeToYaml(s);
            return yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
        }
        return CODEC.treeToJson(v, false);
    }

    /** @return the string as a JSON string literal (also a double-quoted YAML scalar) */
    static String scalarJson(String s) {
        return CODEC.treeToJson(JsonString.of(s), false);
    }

    /**
     * JSON text, which is also flow-style YAML: compact on one line, or pretty-printed with every line after the first
     * indented by {@code indent} columns.
     */
    String json(JsonValue v, boolean pretty, int indent) {
        String json = CODEC.treeToJson(v, pretty);
        if (!pretty) {
            return json;
        }
        return json.replace("\r\n", "\n").replace("\n", style.newline() + " ".repeat(indent));
    }

    /** @return the value in YAML flow style for messages: {@code {origin: {kind: Warehouse, name: w}}} */
    static String flow(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        flow(sb, v, Map.of());
        return sb.toString();
    }

    /**
     * @return the value in YAML flow style, to splice into a flow collection; quoted scalars with a known source text
     *     keep it
     */
    String flowText(JsonValue v) {
        Map<JsonValue, String> quoted = new IdentityHashMap<>();
        raw.forEach((value, text) -> {
            if (text.startsWith("'") || text.startsWith("\"")) {
                quoted.put(value, text);
            }
        });
        StringBuilder sb = new StringBuilder();
        flow(sb, v, quoted);
        return sb.toString();
    }

    private static void flow(StringBuilder sb, JsonValue v, Map<JsonValue, String> raw) {
        if (v instanceof JsonObject o) {
            sb.append('{');
            for (int i = 0; i < o.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                flowScalar(sb, JsonString.of(o.keyAt(i)));
                sb.append(": ");
                flow(sb, o.valueAt(i), raw);
            }
            sb.append('}');
        } else if (v instanceof JsonArray a) {
            sb.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                flow(sb, a.get(i), raw);
            }
            sb.append(']');
        } else if (raw.containsKey(v)) {
            sb.append(raw.get(v));
        } else {
            flowScalar(sb, v);
        }
    }

    private static void flowScalar(StringBuilder sb, JsonValue v) {
        String s = scalar(v);
        if (v instanceof JsonString str && s.equals(str.value())
                && (s.indexOf(',') >= 0 || s.indexOf('[') >= 0 || s.indexOf(']') >= 0 || s.indexOf('{') >= 0
                || s.indexOf('}') >= 0)) {
            s = CODEC.treeToJson(v, false);
        }
        sb.append(s);
    }
}
