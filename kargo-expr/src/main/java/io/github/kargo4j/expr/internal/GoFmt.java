package io.github.kargo4j.expr.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Go's formatting of values: {@code %v}, {@code %T}, {@code %q}, {@code %#U} and strconv's float formats. */
final class GoFmt {

    private GoFmt() {
    }

    /** Go's {@code strconv.Quote}. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 7 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case 0x0B -> b.append("\\v");
                default -> {
                    if (c == 0xFFFD) {
                        b.appendCodePoint(c);
                    } else if (c < 0x20 || c == 0x7F) {
                        b.append(String.format("\\x%02x", c));
                    } else if (isPrint(c)) {
                        b.appendCodePoint(c);
                    } else if (c < 0x10000) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.append(String.format("\\U%08x", c));
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    private static boolean isPrint(int c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        int t = Character.getType(c);
        return t != Character.CONTROL && t != Character.FORMAT && t != Character.UNASSIGNED
                && t != Character.PRIVATE_USE && t != Character.SURROGATE && t != Character.LINE_SEPARATOR
                && t != Character.PARAGRAPH_SEPARATOR && (t != Character.SPACE_SEPARATOR || c == 0x20);
    }

    /** Go's {@code %#U}: {@code U+0040 '@'}. */
    static String unicodeHash(int r) {
        String hex = String.format("U+%04X", r);
        if (isPrint(r)) {
            return hex + " '" + new String(Character.toChars(r)) + "'";
        }
        return hex;
    }

    /** Shortest decimal digits and exponent that read back as {@code d}: {digits, decimal point position}. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) {
                return r.stripTrailingZeros();
            }
        }
        return exact.round(MathContext.DECIMAL64).stripTrailingZeros();
    }

    /** Go's {@code strconv.FormatFloat(d, fmt, -1, 64)} for fmt 'g' (threshold 6 as fmt's %v) , 'e' or 'f'. */
    static String formatFloat(double d, char fmt) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        if (d == 0) {
            boolean neg = 1 / d < 0;
            String z = switch (fmt) {
                case 'e' -> "0e+00";
                default -> "0";
            };
            return neg ? "-" + z : z;
        }
        BigDecimal s = shortest(Math.abs(d));
        String digits = s.unscaledValue().toString();
        int nd = digits.length();
        int dp = nd - s.scale(); // decimal point position: value = 0.digits * 10^dp
        String sign = d < 0 ? "-" : "";
        char f = fmt;
        if (fmt == 'g') {
            // strconv's shortest %g (fmt's %v): exponent form below 1e-4 and from 1e6 on
            int exp = dp - 1;
            f = exp < -4 || exp >= 6 ? 'e' : 'f';
        }
        if (f == 'e') {
            StringBuilder b = new StringBuilder(sign);
            b.append(digits.charAt(0));
            if (nd > 1) {
                b.append('.').append(digits, 1, nd);
            }
            int exp = dp - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                b.append('0');
            }
            b.append(ae);
            return b.toString();
        }
        StringBuilder b = new StringBuilder(sign);
        if (dp <= 0) {
            b.append("0.").append("0".repeat(-dp)).append(digits);
        } else if (dp >= nd) {
            b.append(digits).append("0".repeat(dp - nd));
        } else {
            b.append(digits, 0, dp).append('.').append(digits, dp, nd);
        }
        return b.toString();
    }

    /** encoding/json's float64 encoding. */
    static String jsonFloat(double d) {
        double abs = Math.abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            String s = formatFloat(d, 'e');
            int n = s.length();
            if (n >= 4 && s.charAt(n - 4) == 'e' && s.charAt(n - 3) == '-' && s.charAt(n - 2) == '0') {
                s = s.substring(0, n - 2) + s.charAt(n - 1);
            }
            return s;
        }
        return formatFloat(d, 'f');
    }

    /** Go's {@code %T} of a value in the value model. */
    static String typeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof io.github.kargo4j.expr.ExprObject o) {
            return o.goType();
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Short) {
            return "uint8";
        }
        if (v instanceof java.time.Month) {
            return "time.Month";
        }
        if (v instanceof java.time.DayOfWeek) {
            return "time.Weekday";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof GoList l) {
            return l.goType;
        }
        if (v instanceof GoMap m) {
            return m.goType;
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof Duration) {
            return "time.Duration";
        }
        if (v instanceof ZonedDateTime) {
            return "time.Time";
        }
        if (v instanceof byte[]) {
            return "[]uint8";
        }
        if (v instanceof GoTime.Location) {
            return "*time.Location";
        }
        if (v instanceof Callable c) {
            return c.goType();
        }
        return v.getClass().getSimpleName();
    }

    /** fmt's order of map keys: numbers by value, strings by bytes, other types by type. */
    private static int compareKeys(Object a, Object b, String va, String vb) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if ((a instanceof Long || a instanceof Double) && (b instanceof Long || b instanceof Double)) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        return Values.compareStrings(va, vb);
    }

    /** Go's {@code %v} of a value in the value model. */
    static String v(Object v) {
        if (v instanceof List || v instanceof Map) {
            return Deep.forValue(v, () -> vHere(v));
        }
        return vHere(v);
    }

    private static String vHere(Object v) {
        StringBuilder b = new StringBuilder();
        // iterative over nested containers would be nicer; values here are bounded by the evaluator's limits
        appendV(b, v, 0);
        return b.toString();
    }

    private static void appendV(StringBuilder b, Object v, int depth) {
        if (depth > Values.MAX_VALUE_DEPTH) {
            throw new EvalError("value is nested too deeply");
        }
        if (v == null) {
            b.append("<nil>");
        } else if (v instanceof Double d) {
            b.append(formatFloat(d, 'g'));
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                appendV(b, l.get(i), depth + 1);
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> m) {
            b.append("map[");
            List<Object[]> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                entries.add(new Object[] {e.getKey(), v(e.getKey()), e.getValue()});
            }
            entries.sort((x, y) -> compareKeys(x[0], y[0], (String) x[1], (String) y[1]));
            boolean first = true;
            for (Object[] e : entries) {
                if (!first) {
                    b.append(' ');
                }
                first = false;
                b.append((String) e[1]).append(':');
                appendV(b, e[2], depth + 1);
            }
            b.append(']');
        } else if (v instanceof Duration d) {
            b.append(GoTime.durationString(d));
        } else if (v instanceof ZonedDateTime t) {
            b.append(GoTime.timeString(t));
        } else if (v instanceof byte[] bytes) {
            b.append('[');
            for (int i = 0; i < bytes.length; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(bytes[i] & 0xFF);
            }
            b.append(']');
        } else if (v instanceof GoTime.Location loc) {
            b.append(loc.name());
        } else if (v instanceof java.time.Month m) {
            b.append(m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        } else if (v instanceof java.time.DayOfWeek d) {
            b.append(d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        } else {
            b.append(v);
        }
    }
}
