package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.ExprFunction;

/** A function value: a registered {@link ExprFunction} or one found in the environment. */
record Callable(String name, ExprFunction fn) {
}
