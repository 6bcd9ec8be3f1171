package io.github.kargo4j.validation;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as one line of flow-style YAML ({@code {uses: git-clone, config: {repoURL: ...}}}), the form
 * replacements take in hints. Strings that YAML would read as something else are quoted: single quotes, or double
 * quotes when the string holds a single quote or a control character.
 */
public final class FlowYaml {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./@+-]*");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\.?[0-9][0-9_.:eE+-]*|0x[0-9a-fA-F_]+|"
            + "\\.inf|\\.nan)");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
            "~");

    private FlowYaml() {
    }

    public static String write(JsonValue v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(JsonValue v, StringBuilder sb) {
        if (v instanceof JsonObject o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : o.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                scalar(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof JsonArray a) {
            sb.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(a.get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof JsonString s) {
            scalar(s.value(), sb);
        } else {
            sb.append(v);
        }
    }

    /** Appends a string, plain when YAML reads it back as the same string, else single-quoted. */
    public static void scalar(String s, StringBuilder sb) {
        boolean plain = PLAIN.matcher(s).matches() && !NUMBER_LIKE.matcher(s).matches()
                && !RESERVED.contains(s.toLowerCase(Locale.ROOT));
        if (plain) {
            sb.append(s);
        } else if (s.indexOf('\'') < 0 && s.chars().noneMatch(Character::isISOControl)) {
            sb.append('\'').append(s).append('\'');
        } else {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    default -> {
                        if (Character.isISOControl(c)) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }

    /** @return the string as a YAML scalar */
    public static String scalar(String s) {
        StringBuilder sb = new StringBuilder();
        scalar(s, sb);
        return sb.toString();
    }
}
