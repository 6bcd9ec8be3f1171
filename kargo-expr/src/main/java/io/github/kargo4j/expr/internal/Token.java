package io.github.kargo4j.expr.internal;

/** A token: kind, text and rune offsets, as expr-lang's lexer makes them. */
record Token(Kind kind, String value, int from, int to) {

    enum Kind { IDENTIFIER, NUMBER, STRING, BYTES, OPERATOR, BRACKET, EOF }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean is(Kind k, String v) {
        return kind == k && value.equals(v);
    }

    /** Go's {@code Token.String()}: {@code Kind("value")}, quoted with Go's %#v rules. */
    @Override
    public String toString() {
        String k = switch (kind) {
            case IDENTIFIER -> "Identifier";
            case NUMBER -> "Number";
            case STRING -> "String";
            case BYTES -> "Bytes";
            case OPERATOR -> "Operator";
            case BRACKET -> "Bracket";
            case EOF -> "EOF";
        };
        if (value.isEmpty()) {
            return k;
        }
        return k + "(" + GoFmt.quote(value) + ")";
    }
}
