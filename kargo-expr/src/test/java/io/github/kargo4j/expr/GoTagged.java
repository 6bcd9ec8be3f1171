package io.github.kargo4j.expr;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The tagged form of a value used by the expr-lang vectors ({@code src/test/go/expr-vectors}): {@code {"int":"3"}},
 * {@code {"float":"2.5"}}, {@code {"array":[...]}}, {@code {"map":{...}}}, ... so a Java result can be compared with
 * what Go returned, type included.
 */
final class GoTagged {

    private GoTagged() {
    }

    /** An environment from the vectors' JSON, decoded as Go's encoding/json does into any: numbers are float64. */
    static Object env(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                m.put(e.getKey(), env(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode k : n) {
                l.add(env(k));
            }
            return l;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.stringValue();
    }

    /** A JSON tree as plain Java values (numbers kept as text-free Java numbers). */
    static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                m.put(e.getKey(), plain(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            for (JsonNode k : n) {
                l.add(plain(k));
            }
            return l;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.asString();
        }
        return n.stringValue();
    }

    /** The tagged form of a result in kargo-expr's value model. */
    static Object encode(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return tag("bool", b);
        }
        if (v instanceof Long l) {
            return tag("int", Long.toString(l));
        }
        if (v instanceof java.time.Month || v instanceof java.time.DayOfWeek) {
            long n = v instanceof java.time.Month m ? m.getValue() : ((java.time.DayOfWeek) v).getValue() % 7;
            Map<String, Object> m = tag("int", Long.toString(n));
            m.put("goType", ExprLang.goType(v));
            return m;
        }
        if (v instanceof Short b) {
            Map<String, Object> m = tag("int", Short.toString(b));
            m.put("goType", "uint8");
            return m;
        }
        if (v instanceof Double d) {
            return tag("float", formatG(d));
        }
        if (v instanceof String s) {
            return tag("string", s);
        }
        if (v instanceof Duration d) {
            return tag("duration", Long.toString(d.toNanos()));
        }
        if (v instanceof ZonedDateTime t) {
            Map<String, Object> m = new TreeMap<>();
            m.put("time", rfc3339Nano(t));
            m.put("zone", t.getZone() instanceof ZoneOffset o && !o.equals(ZoneOffset.UTC) ? ""
                    : t.getZone().equals(ZoneOffset.UTC) ? "UTC" : t.getZone().getId());
            return m;
        }
        if (v instanceof byte[] b) {
            List<Object> items = new ArrayList<>();
            for (byte x : b) {
                Map<String, Object> m = tag("int", Integer.toString(x & 0xFF));
                m.put("goType", "uint8");
                items.add(m);
            }
            Map<String, Object> m = tag("array", items);
            m.put("goType", "[]uint8");
            return m;
        }
        if (v instanceof List<?> l) {
            List<Object> items = new ArrayList<>();
            for (Object o : l) {
                items.add(encode(o));
            }
            return goType(tag("array", items), v, "[]interface {}");
        }
        if (v instanceof Map<?, ?> m) {
            boolean strings = m.keySet().stream().allMatch(k -> k instanceof String);
            if (strings) {
                Map<String, Object> out = new TreeMap<>();
                m.forEach((k, val) -> out.put((String) k, encode(val)));
                return goType(tag("map", out), v, "map[string]interface {}");
            }
            List<Object[]> entries = new ArrayList<>();
            m.forEach((k, val) -> entries.add(new Object[] {encode(k), encode(val)}));
            entries.sort((a, b) -> json(a[0]).compareTo(json(b[0])));
            List<Object> out = new ArrayList<>();
            for (Object[] e : entries) {
                Map<String, Object> kv = new TreeMap<>();
                kv.put("key", e[0]);
                kv.put("value", e[1]);
                out.add(kv);
            }
            return goType(tag("entries", out), v, "map[string]interface {}");
        }
        Map<String, Object> other = new TreeMap<>();
        other.put("go", ExprLang.goType(v));
        if (!ExprLang.goType(v).startsWith("func(")) {
            // Go's %v of a function is its address: the vectors leave it out
            other.put("text", v.toString());
        }
        return other;
    }

    private static Map<String, Object> goType(Map<String, Object> m, Object v, String usual) {
        String t = ExprLang.goType(v);
        if (!t.equals(usual)) {
            m.put("goType", t);
        }
        return m;
    }

    private static String json(Object o) {
        return String.valueOf(o);
    }

    private static Map<String, Object> tag(String t, Object v) {
        Map<String, Object> m = new TreeMap<>();
        m.put(t, v);
        return m;
    }

    /** Removes every "goType" entry: the value model keeps Go's value, not all of its static types. */
    @SuppressWarnings("unchecked")
    static Object withoutGoTypes(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> {
                if (!"goType".equals(k)) {
                    out.put((String) k, withoutGoTypes(v));
                }
            });
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                out.add(withoutGoTypes(x));
            }
            return out;
        }
        return o;
    }

    static String rfc3339Nano(ZonedDateTime t) {
        String base = t.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
        String frac = "";
        if (t.getNano() != 0) {
            frac = "." + String.format("%09d", t.getNano()).replaceAll("0+$", "");
        }
        int off = t.getOffset().getTotalSeconds();
        String zone = off == 0 ? "Z" : String.format("%c%02d:%02d", off < 0 ? '-' : '+', Math.abs(off) / 3600,
                Math.abs(off) / 60 % 60);
        return base + frac + zone;
    }

    /** strconv.FormatFloat(d, 'g', -1, 64). */
    static String formatG(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(Math.abs(d));
        java.math.BigDecimal s = null;
        for (int p = 1; p <= 17; p++) {
            java.math.BigDecimal r = exact.round(new java.math.MathContext(p, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == Math.abs(d)) {
                s = r.stripTrailingZeros();
                break;
            }
        }
        String digits = s.unscaledValue().toString();
        int nd = digits.length();
        int dp = nd - s.scale();
        int exp = dp - 1;
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 6) {
            StringBuilder b = new StringBuilder(sign).append(digits.charAt(0));
            if (nd > 1) {
                b.append('.').append(digits, 1, nd);
            }
            b.append('e').append(exp < 0 ? '-' : '+');
            if (Math.abs(exp) < 10) {
                b.append('0');
            }
            return b.append(Math.abs(exp)).toString();
        }
        if (dp <= 0) {
            return sign + "0." + "0".repeat(-dp) + digits;
        }
        if (dp >= nd) {
            return sign + digits + "0".repeat(dp - nd);
        }
        return sign + digits.substring(0, dp) + "." + digits.substring(dp);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
