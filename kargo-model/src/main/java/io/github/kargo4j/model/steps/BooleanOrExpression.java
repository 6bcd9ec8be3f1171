package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.util.Objects;
import java.util.Optional;

/**
 * A boolean step property: either {@code true} / {@code false}, or a {@code ${{ }}} expression that Kargo evaluates
 * to a boolean before it checks the step's configuration, such as {@code ${{ ctx.meta.promotion.rollback }}}.
 * A plain string such as {@code "true"} is neither, and is rejected.
 */
public final class BooleanOrExpression {

    private static final BooleanOrExpression TRUE = new BooleanOrExpression(true, null);
    private static final BooleanOrExpression FALSE = new BooleanOrExpression(false, null);

    private final Boolean value;
    private final String expression;

    private BooleanOrExpression(Boolean value, String expression) {
        this.value = value;
        this.expression = expression;
    }

    /**
     * @param value a boolean
     * @return the value, written as a JSON boolean
     */
    public static BooleanOrExpression of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * @param expression a string holding a {@code ${{ }}} (or {@code ${% %}}) expression
     * @return the value, written as a JSON string
     * @throws IllegalArgumentException if the string holds no expression
     */
    public static BooleanOrExpression expression(String expression) {
        Objects.requireNonNull(expression, "expression");
        if (!StepValues.isExpression(expression)) {
            throw new IllegalArgumentException("expected true, false or a ${{ }} expression, found \""
                    + expression + "\"");
        }
        return new BooleanOrExpression(null, expression);
    }

    /**
     * Reads the JSON form (the codec's hook).
     *
     * @param json a JSON boolean or a string holding an expression
     * @return the value
     * @throws IllegalArgumentException for any other JSON value
     */
    public static BooleanOrExpression fromJson(JsonValue json) {
        if (json instanceof JsonBoolean b) {
            return of(b.value());
        }
        if (json instanceof JsonString s) {
            if (!StepValues.isExpression(s.value())) {
                // the value is not quoted: what a manifest holds never goes into a message
                throw new IllegalArgumentException("expected true, false or a ${{ }} expression, found a string"
                        + " without an expression");
            }
            return expression(s.value());
        }
        throw new IllegalArgumentException("expected true, false or a ${{ }} expression, found "
                + (json == null ? "nothing" : json.describeType()));
    }

    /** @return the JSON form: a boolean, or the expression string (the codec's hook) */
    public JsonValue toJson() {
        return value != null ? JsonBoolean.of(value) : JsonString.of(expression);
    }

    /** @return whether this is an expression, known only when the promotion runs */
    public boolean isExpression() {
        return expression != null;
    }

    /** @return the boolean, or empty for an expression */
    public Optional<Boolean> value() {
        return Optional.ofNullable(value);
    }

    /** @return the expression, or empty for a plain boolean */
    public Optional<String> expression() {
        return Optional.ofNullable(expression);
    }

    /** @return whether this is the plain value {@code true} (an expression is not) */
    public boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    /** @return whether this is the plain value {@code false} (an expression is not) */
    public boolean isFalse() {
        return Boolean.FALSE.equals(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BooleanOrExpression other
                && Objects.equals(value, other.value) && Objects.equals(expression, other.expression);
    }

    @Override
    public int hashCode() {
        return value != null ? value.hashCode() : 31 * expression.hashCode() + 1;
    }

    /** @return the JSON text, such as {@code true} or {@code "${{ vars.skip }}"} */
    @Override
    public String toString() {
        return toJson().toString();
    }
}
