package io.github.kargo4j.builders.expr;

/**
 * A Freight origin, {@code warehouse("name")}: the optional last argument of {@code commitFrom}, {@code imageFrom},
 * {@code chartFrom} and {@code artifactFrom}, needed when a Stage requests Freight from several Warehouses that
 * carry the same repository.
 *
 * <pre>{@code
 * Expr.commitFrom("https://github.com/org/app.git", Expr.warehouse("app")).id()
 * // ${{ commitFrom("https://github.com/org/app.git", warehouse("app")).ID }}
 * }</pre>
 */
public final class OriginExpr extends Expr {

    OriginExpr(String expression) {
        super(expression, true);
    }

    /** @return {@code .Kind}: {@code Warehouse} */
    public Expr kind() {
        return member("Kind", false);
    }

    /** @return {@code .Name}: the Warehouse name */
    public Expr name() {
        return member("Name", false);
    }
}
