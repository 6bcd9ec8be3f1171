package io.github.kargo4j.expr.internal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Go's encoding/json as toJSON and fromJSON use it: MarshalIndent(v, "", "  ") and Unmarshal into any. */
final class GoJson {

    private GoJson() {
    }

    /** How deeply fromJSON may nest, as Go's decoder allows. Long texts are decoded on the helper thread. */
    static final int MAX_DEPTH = 10_000;

    // ---- encoding -----------------------------------------------------------------------------------------------

    static String marshalIndent(Object v) {
        return Deep.forValue(v, () -> marshalHere(v, true));
    }

    /** {@code json.Marshal(v)}: compact, map keys sorted, {@code <}, {@code >} and {@code &} escaped. */
    static String marshal(Object v) {
        return Deep.forValue(v, () -> marshalHere(v, false));
    }

    private static String marshalHere(Object v, boolean pretty) {
        StringBuilder b = new StringBuilder();
        write(b, v, pretty ? 0 : COMPACT);
        return b.toString();
    }

    /** The level that marks compact output; it stays negative through any nesting {@link #write} allows. */
    private static final int COMPACT = Integer.MIN_VALUE / 2;

    private static void indent(StringBuilder b, int level) {
        if (level < 0) {
            return;
        }
        b.append('\n');
        for (int i = 0; i < level; i++) {
            b.append("  ");
        }
    }

    private static void write(StringBuilder b, Object v, int level) {
        if ((level < 0 ? level - COMPACT : level) > Values.MAX_VALUE_DEPTH) {
            throw new EvalError("json: unsupported value: encountered a cycle or too deep a value");
        }
        if (v == null || v instanceof GoList g && g.nil) {
            b.append("null");
        } else if (v instanceof Boolean x) {
            b.append(x);
        } else if (v instanceof Long || v instanceof Short || v instanceof Integer || v instanceof Byte
                || v instanceof java.math.BigInteger) {
            b.append(v);
        } else if (v instanceof Float || v instanceof java.math.BigDecimal) {
            write(b, ((Number) v).doubleValue(), level);
        } else if (v instanceof java.time.Month || v instanceof java.time.DayOfWeek) {
            b.append(Values.namedInt(v));
        } else if (v instanceof Double x) {
            if (x.isNaN() || x.isInfinite()) {
                throw new EvalError("json: unsupported value: " + GoFmt.formatFloat(x, 'g'));
            }
            b.append(GoFmt.jsonFloat(x));
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Duration d) {
            b.append(d.toNanos());
        } else if (v instanceof ZonedDateTime t) {
            string(b, GoTime.format(t, "2006-01-02T15:04:05.999999999Z07:00"));
        } else if (v instanceof byte[] bytes) {
            string(b, Base64.getEncoder().encodeToString(bytes));
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                indent(b, level + 1);
                write(b, l.get(i), level + 1);
            }
            indent(b, level);
            b.append(']');
        } else if (v instanceof GoMap g) {
            throw new EvalError("json: unsupported type: " + g.goType);
        } else if (v instanceof GoTime.Location) {
            b.append("{}");
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            List<Map.Entry<String, Object>> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                entries.add(Map.entry(keyString(e.getKey()), e.getValue() == null ? NULL : e.getValue()));
            }
            entries.sort((x, y) -> Values.compareStrings(x.getKey(), y.getKey()));
            b.append('{');
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                indent(b, level + 1);
                string(b, entries.get(i).getKey());
                b.append(level < 0 ? ":" : ": ");
                Object val = entries.get(i).getValue();
                write(b, val == NULL ? null : val, level + 1);
            }
            indent(b, level);
            b.append('}');
        } else if (v instanceof Callable c) {
            throw new EvalError("json: unsupported type: " + c.goType());
        } else {
            throw new EvalError("json: unsupported type: " + GoFmt.typeName(v));
        }
    }

    private static final Object NULL = new Object();

    private static String keyString(Object k) {
        if (k instanceof String s) {
            return s;
        }
        if (k instanceof Long l) {
            return Long.toString(l);
        }
        if (k == null) {
            throw new EvalError("json: unsupported type: map[interface {}]interface {}");
        }
        throw new EvalError("json: unsupported type: map[interface {}]interface {}");
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> u(b, c);
                default -> {
                    if (c < 0x20) {
                        u(b, c);
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(i + 1));
                            i++;
                        } else {
                            b.append('\uFFFD');
                        }
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static void u(StringBuilder b, char c) {
        b.append("\\u00").append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
        if (c > 0xFF) {
            b.setLength(b.length() - 6);
            b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                    .append(HEX[c & 0xF]);
        }
    }

    // ---- decoding -------------------------------------------------------------------------------------------------

    static Object unmarshal(String text) {
        return Deep.forDepth(nesting(text), () -> unmarshalHere(text));
    }

    /** How deeply brackets nest in a JSON text, outside strings. */
    private static int nesting(String text) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return max;
    }

    private static Object unmarshalHere(String text) {
        Decoder d = new Decoder(text);
        d.skipSpace();
        if (d.pos >= d.s.length()) {
            throw new EvalError("unexpected end of JSON input");
        }
        Object v = d.value(0);
        d.skipSpace();
        if (d.pos < d.s.length()) {
            throw new EvalError("invalid character " + quoteChar(d.s.codePointAt(d.pos)) + " after top-level value");
        }
        return v;
    }

    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoFmt.quote(new String(Character.toChars(c)));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    private static final class Decoder {
        final String s;
        int pos;

        Decoder(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    break;
                }
            }
        }

        EvalError unexpected(String context) {
            if (pos >= s.length()) {
                return new EvalError("unexpected end of JSON input");
            }
            return new EvalError("invalid character " + quoteChar(s.codePointAt(pos)) + " " + context);
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new EvalError("exceeded max depth");
            }
            skipSpace();
            if (pos >= s.length()) {
                throw new EvalError("unexpected end of JSON input");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> {
                    pos++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == '}') {
                        pos++;
                        return m;
                    }
                    while (true) {
                        skipSpace();
                        if (pos >= s.length() || s.charAt(pos) != '"') {
                            throw unexpected("looking for beginning of object key string");
                        }
                        String key = string();
                        skipSpace();
                        if (pos >= s.length() || s.charAt(pos) != ':') {
                            throw unexpected("after object key");
                        }
                        pos++;
                        m.put(key, value(depth + 1));
                        skipSpace();
                        if (pos < s.length() && s.charAt(pos) == ',') {
                            pos++;
                            continue;
                        }
                        if (pos < s.length() && s.charAt(pos) == '}') {
                            pos++;
                            return m;
                        }
                        throw unexpected("after object key:value pair");
                    }
                }
                case '[' -> {
                    pos++;
                    List<Object> l = new ArrayList<>();
                    skipSpace();
                    if (pos < s.length() && s.charAt(pos) == ']') {
                        pos++;
                        return l;
                    }
                    while (true) {
                        l.add(value(depth + 1));
                        skipSpace();
                        if (pos < s.length() && s.charAt(pos) == ',') {
                            pos++;
                            continue;
                        }
                        if (pos < s.length() && s.charAt(pos) == ']') {
                            pos++;
                            return l;
                        }
                        throw unexpected("after array element");
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    return literal("true", Boolean.TRUE);
                }
                case 'f' -> {
                    return literal("false", Boolean.FALSE);
                }
                case 'n' -> {
                    return literal("null", null);
                }
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw unexpected("looking for beginning of value");
                }
            }
        }

        Object literal(String word, Object value) {
            for (int i = 0; i < word.length(); i++) {
                if (pos >= s.length()) {
                    throw new EvalError("unexpected end of JSON input");
                }
                if (s.charAt(pos) != word.charAt(i)) {
                    throw unexpected("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
                }
                pos++;
            }
            return value;
        }

        Object number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
                if (pos >= s.length()) {
                    throw new EvalError("unexpected end of JSON input");
                }
                if (!Character.isDigit(s.charAt(pos)) || s.charAt(pos) > '9') {
                    throw unexpected("in numeric literal");
                }
            }
            if (s.charAt(pos) == '0') {
                pos++;
            } else {
                while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    pos++;
                }
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                if (pos >= s.length()) {
                    throw new EvalError("unexpected end of JSON input");
                }
                if (!(s.charAt(pos) >= '0' && s.charAt(pos) <= '9')) {
                    throw unexpected("after decimal point in numeric literal");
                }
                while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    pos++;
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos >= s.length()) {
                    throw new EvalError("unexpected end of JSON input");
                }
                if (!(s.charAt(pos) >= '0' && s.charAt(pos) <= '9')) {
                    throw unexpected("in exponent of numeric literal");
                }
                while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    pos++;
                }
            }
            String text = s.substring(start, pos);
            double d = Double.parseDouble(text);
            if (Double.isInfinite(d)) {
                throw new EvalError("json: cannot unmarshal number " + text + " into Go value of type float64");
            }
            return d;
        }

        String string() {
            pos++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw new EvalError("unexpected end of JSON input");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return b.toString();
                }
                if (c < 0x20) {
                    throw unexpected("in string literal");
                }
                if (c == '\\') {
                    pos++;
                    if (pos >= s.length()) {
                        throw new EvalError("unexpected end of JSON input");
                    }
                    char e = s.charAt(pos);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            int cp = 0;
                            for (int i = 1; i <= 4; i++) {
                                if (pos + i >= s.length()) {
                                    throw new EvalError("unexpected end of JSON input");
                                }
                                int h = Character.digit(s.charAt(pos + i), 16);
                                if (h < 0 || s.charAt(pos + i) > 0x7F) {
                                    pos += i;
                                    throw unexpected("in \\u hexadecimal character escape");
                                }
                                cp = cp << 4 | h;
                            }
                            pos += 4;
                            b.append((char) cp);
                        }
                        default -> throw unexpected("in string escape code");
                    }
                    pos++;
                    continue;
                }
                b.append(c);
                pos++;
            }
        }
    }

    /** The offset of the first byte that is not in the base64 alphabet, or -1. */
    static int badBase64Offset(String s) {
        byte[] b = GoStrings.bytes(s);
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            char c = (char) (b[i] & 0xFF);
            if (c == '\r' || c == '\n') {
                continue;
            }
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || c == '=';
            if (!ok) {
                return i;
            }
            n++;
        }
        return -1;
    }
}
