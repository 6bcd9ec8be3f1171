package io.github.kargo4j.expr.kargo;

import io.github.kargo4j.expr.ExprException;
import java.util.Optional;

/**
 * A Kargo template that cannot be evaluated. The {@link #getMessage() message} is the text Kargo v1.11.2 reports for
 * the same template (an expression's error in expr-lang's form with its line, column and caret, or one of the
 * template's own errors: an unclosed expression, a reserved environment key, a value JSON cannot encode).
 * {@link #path()} says where in the template the failing value is.
 */
public final class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String expression;

    TemplateException(String message, String path, String expression, ExprException cause) {
        super(message, cause, false, false);
        this.path = path;
        this.expression = expression;
    }

    /**
     * @return where the failing value is: {@code ""} for a whole template or a single string, else a path such as
     *         {@code updates[0].value}
     */
    public String path() {
        return path;
    }

    /** @return the expression that failed, when one did (without its delimiters) */
    public Optional<String> expression() {
        return Optional.ofNullable(expression);
    }

    /** @return the expression's error, when an expression failed */
    public Optional<ExprException> exprError() {
        return Optional.ofNullable((ExprException) getCause());
    }
}
