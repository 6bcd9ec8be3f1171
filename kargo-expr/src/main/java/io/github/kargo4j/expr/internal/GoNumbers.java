package io.github.kargo4j.expr.internal;

/** Go's strconv number parsing where Java's differs. */
final class GoNumbers {

    private GoNumbers() {
    }

    /** strconv.ParseFloat for the literals the lexer accepts (digits, '.', exponent). */
    static double parseFloat(String s) {
        if (!s.matches("[0-9]*\\.?[0-9]*([eE][+-]?[0-9]+)?") || !s.matches(".*[0-9].*")
                || s.matches("[eE].*|\\.[eE].*")) {
            throw new NumberFormatException("invalid syntax");
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d)) {
            throw new NumberFormatException("value out of range");
        }
        return d;
    }

    /** strconv.ParseFloat(s, 64) for float(): also signs, inf, nan, hex floats and underscores after a prefix. */
    static double parseFloatLenient(String s) {
        String t = s;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan") && !lower.startsWith("+") && !lower.startsWith("-")) {
            return Double.NaN;
        }
        if (body.startsWith("0x")) {
            if (!body.contains("p")) {
                throw new NumberFormatException("invalid syntax");
            }
            double d = Double.parseDouble((neg ? "-" : "") + body);
            if (Double.isInfinite(d)) {
                throw new NumberFormatException("value out of range");
            }
            return d;
        }
        if (!body.matches("[0-9]*\\.?[0-9]*(e[+-]?[0-9]+)?") || !body.matches("[0-9]*\\.?[0-9]+.*|[0-9]+\\..*")) {
            throw new NumberFormatException("invalid syntax");
        }
        double d = Double.parseDouble(t);
        if (Double.isInfinite(d)) {
            throw new NumberFormatException("value out of range");
        }
        return d;
    }

    /** strconv.Atoi: optional sign and decimal digits, int64 range; null when invalid. */
    static Long atoi(String s) {
        if (!s.matches("[+-]?[0-9]+")) {
            return null;
        }
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
