package io.github.kargo4j.expr.internal;

/** A run-time error with expr-lang's wording; the interpreter adds the position of the node that raised it. */
final class EvalError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EvalError(String message) {
        super(message, null, false, false);
    }
}
