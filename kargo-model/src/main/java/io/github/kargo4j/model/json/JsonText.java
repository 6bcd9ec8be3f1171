package io.github.kargo4j.model.json;

import java.util.ArrayDeque;
import java.util.Deque;

/** Compact JSON text for {@code toString()}; iterative so that deep trees cannot overflow the stack. */
final class JsonText {

    private JsonText() {
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(s, sb);
        return sb.toString();
    }

    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    static String compact(JsonValue root) {
        StringBuilder sb = new StringBuilder();
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String literal) {
                sb.append(literal);
                continue;
            }
            JsonValue v = (JsonValue) item;
            if (v instanceof JsonObject o) {
                sb.append('{');
                work.push("}");
                for (int i = o.size() - 1; i >= 0; i--) {
                    work.push(o.valueAt(i));
                    StringBuilder key = new StringBuilder();
                    if (i > 0) {
                        key.append(',');
                    }
                    quote(o.keyAt(i), key);
                    key.append(':');
                    work.push(key.toString());
                }
            } else if (v instanceof JsonArray a) {
                sb.append('[');
                work.push("]");
                for (int i = a.size() - 1; i >= 0; i--) {
                    work.push(a.get(i));
                    if (i > 0) {
                        work.push(",");
                    }
                }
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
