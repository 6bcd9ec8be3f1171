package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.ExprFunction;

/**
 * A function value: a registered {@link ExprFunction}, one found in the environment, or a method of a value named
 * without a call ({@code date(s).Year}); {@code goType} is its Go type.
 */
record Callable(String name, ExprFunction fn, String goType) {

    static final String ANY_FUNCTION = "func(...interface {}) (interface {}, error)";

    Callable(String name, ExprFunction fn) {
        this(name, fn, ANY_FUNCTION);
    }

    @Override
    public String toString() {
        return goType;
    }
}
