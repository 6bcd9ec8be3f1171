package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.ExprException;

/**
 * Where an expression sits in the text of its field, to turn a position inside the expression (expr-lang's line and
 * column) into words.
 *
 * @param text  the field's text
 * @param start the offset of the expression in it
 */
record ExprPosition(String text, int start) {

    /** @return the position of an expr-lang error inside the expression, in words */
    String describe(ExprException e) {
        if (e.line() < 1 || e.column() < 1) {
            return "in the expression";
        }
        return (e.line() > 1 ? "line " + e.line() + ", " : "") + "column " + e.column() + " of the expression";
    }
}
