package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.Objects;
import java.util.Optional;

/**
 * A whole-number step property: either a number, or a {@code ${{ }}} expression that Kargo evaluates to a number
 * before it checks the step's configuration, such as {@code ${{ outputs['open-pr'].pr.id }}}. A plain string such
 * as {@code "42"} is neither, and is rejected (Kargo does not turn it into a number).
 */
public final class IntegerOrExpression {

    private final Long value;
    private final String expression;

    private IntegerOrExpression(Long value, String expression) {
        this.value = value;
        this.expression = expression;
    }

    /**
     * @param value a whole number
     * @return the value, written as a JSON number
     */
    public static IntegerOrExpression of(long value) {
        return new IntegerOrExpression(value, null);
    }

    /**
     * @param expression a string holding a {@code ${{ }}} (or {@code ${% %}}) expression
     * @return the value, written as a JSON string
     * @throws IllegalArgumentException if the string holds no expression
     */
    public static IntegerOrExpression expression(String expression) {
        Objects.requireNonNull(expression, "expression");
        if (!StepValues.isExpression(expression)) {
            throw new IllegalArgumentException("expected a whole number or a ${{ }} expression, found \""
                    + expression + "\"");
        }
        return new IntegerOrExpression(null, expression);
    }

    /**
     * Reads the JSON form (the codec's hook).
     *
     * @param json a whole JSON number or a string holding an expression
     * @return the value
     * @throws IllegalArgumentException for any other JSON value
     */
    public static IntegerOrExpression fromJson(JsonValue json) {
        if (json instanceof JsonNumber n) {
            if (n.isLong()) {
                return of(n.longValueExact());
            }
            throw new IllegalArgumentException("expected a whole number or a ${{ }} expression, found a number"
                    + " that is not a whole number");
        }
        if (json instanceof JsonString s) {
            if (!StepValues.isExpression(s.value())) {
                // the value is not quoted: what a manifest holds never goes into a message
                throw new IllegalArgumentException("expected a whole number or a ${{ }} expression, found a string"
                        + " without an expression");
            }
            return expression(s.value());
        }
        throw new IllegalArgumentException("expected a whole number or a ${{ }} expression, found "
                + (json == null ? "nothing" : json.describeType()));
    }

    /** @return the JSON form: a number, or the expression string (the codec's hook) */
    public JsonValue toJson() {
        return value != null ? JsonNumber.of(value) : JsonString.of(expression);
    }

    /** @return whether this is an expression, known only when the promotion runs */
    public boolean isExpression() {
        return expression != null;
    }

    /** @return the number, or empty for an expression */
    public Optional<Long> value() {
        return Optional.ofNullable(value);
    }

    /** @return the expression, or empty for a plain number */
    public Optional<String> expression() {
        return Optional.ofNullable(expression);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerOrExpression other
                && Objects.equals(value, other.value) && Objects.equals(expression, other.expression);
    }

    @Override
    public int hashCode() {
        return value != null ? value.hashCode() : 31 * expression.hashCode() + 1;
    }

    /** @return the JSON text, such as {@code 3} or {@code "${{ vars.attempts }}"} */
    @Override
    public String toString() {
        return toJson().toString();
    }
}
