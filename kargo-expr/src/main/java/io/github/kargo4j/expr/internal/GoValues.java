package io.github.kargo4j.expr.internal;

/**
 * Go's encodings of expression values, for the Kargo layer ({@code io.github.kargo4j.expr.kargo}): not API, may change
 * in any release. Every method throws {@link IllegalArgumentException} with Go's error text where Go returns an error.
 */
public final class GoValues {

    private GoValues() {
    }

    /**
     * {@code json.Marshal(v)}.
     *
     * @param value a value of the evaluator's model (see {@link #fromJava})
     * @return compact JSON, map keys sorted, HTML characters escaped as Go does
     * @throws IllegalArgumentException as Go's "json: unsupported value/type" errors
     */
    public static String marshal(Object value) {
        try {
            return GoJson.marshal(value);
        } catch (EvalError e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /**
     * {@code json.MarshalIndent(v, "", "  ")}.
     *
     * @param value a value of the evaluator's model
     * @return indented JSON
     * @throws IllegalArgumentException as Go's errors
     */
    public static String marshalIndent(Object value) {
        try {
            return GoJson.marshalIndent(value);
        } catch (EvalError e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /**
     * Copies a Java value into the evaluator's model ({@code Integer} to {@code Long}, collections to lists, ...).
     *
     * @param value a value
     * @return the value in the model
     */
    public static Object fromJava(Object value) {
        return Values.normalize(value);
    }

    /**
     * {@code json.Unmarshal} into {@code any}: objects become maps (the last of duplicate keys wins), every number a
     * {@code Double}.
     *
     * @param json JSON text
     * @return the value
     * @throws IllegalArgumentException as Go's syntax errors
     */
    public static Object unmarshal(String json) {
        try {
            return GoJson.unmarshal(json);
        } catch (EvalError e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /**
     * {@code fmt.Sprintf("%q", s)}, which is {@code strconv.Quote(s)}.
     *
     * @param s a string
     * @return it quoted with Go's escapes
     */
    public static String quote(String s) {
        return GoFmt.quote(s);
    }

    /**
     * {@code strconv.ParseFloat(s, 64)} where it succeeds.
     *
     * @param s text
     * @return the number, or {@code null} where Go returns an error (syntax, or a value out of range)
     */
    public static Double parseFloat(String s) {
        Double special = special(s);
        if (special != null) {
            return special;
        }
        String digits = floatSyntax(s);
        if (digits == null) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
        return Double.isInfinite(d) ? null : d;
    }

    /** Go's {@code special}: the whole text is inf, infinity (signed or not) or nan, in any case. */
    private static Double special(String s) {
        String t = s;
        int sign = 1;
        boolean signed = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            sign = t.charAt(0) == '-' ? -1 : 1;
            signed = true;
            t = t.substring(1);
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return sign < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!signed && t.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        return null;
    }

    /**
     * Checks the text against Go's {@code readFloat} grammar (which must consume all of it) and returns it without
     * underscores, in a form {@link Double#parseDouble} reads with the same rounding; {@code null} when Go rejects it.
     */
    private static String floatSyntax(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        boolean hex = false;
        if (i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            hex = true;
            i += 2;
        }
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
            } else if (c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                sawDigits = true;
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return null;
        }
        char expChar = hex ? 'p' : 'e';
        if (i < n && Character.toLowerCase(s.charAt(i)) == expChar) {
            i++;
            if (i >= n) {
                return null;
            }
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                i++;
            }
            if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
            for (; i < n && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') {
                    underscores = true;
                }
            }
        } else if (hex) {
            return null;
        }
        if (i != n || underscores && !underscoreOk(s)) {
            return null;
        }
        return underscores ? s.replace("_", "") : s;
    }

    /** Go's {@code underscoreOK}: underscores only between digits, or between a base prefix and a digit. */
    static boolean underscoreOk(String text) {
        String s = text;
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            if (p == 'b' || p == 'o' || p == 'x') {
                i = 2;
                saw = '0';
                hex = p == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            if (c >= '0' && c <= '9' || hex && lower >= 'a' && lower <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /**
     * {@code strconv.ParseBool(s)} where it succeeds.
     *
     * @param s text
     * @return the boolean, or {@code null} where Go returns an error
     */
    public static Boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "true", "TRUE", "True" -> Boolean.TRUE;
            case "0", "f", "F", "false", "FALSE", "False" -> Boolean.FALSE;
            default -> null;
        };
    }
}
