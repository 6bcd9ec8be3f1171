package io.github.kargo4j.expr;

import java.util.List;

/**
 * A function callable from expressions, registered with {@link ExprLang.Builder#function(String, ExprFunction)} or
 * passed as a value of the environment. It receives the evaluated arguments in the value model described in
 * {@linkplain io.github.kargo4j.expr the package documentation} and returns a value of the same model (other numbers
 * are normalised: {@code Integer} to {@code Long}, {@code Float}/{@code BigDecimal} to {@code Double}).
 *
 * <p>Like a Go function registered with {@code expr.Function(name, fn)} without types, it accepts any number of
 * arguments of any type; it checks them itself and reports a problem by throwing {@link IllegalArgumentException},
 * whose message becomes the run-time error's reason.
 */
@FunctionalInterface
public interface ExprFunction {

    /**
     * Calls the function.
     *
     * @param args the evaluated arguments, unmodifiable
     * @return the result, possibly {@code null} (expr-lang's {@code nil})
     */
    Object call(List<Object> args);
}
