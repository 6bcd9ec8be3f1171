package io.github.kargo4j.builders.expr;

/**
 * The Helm chart {@code chartFrom(...)} finds in the Freight being promoted; its accessors read the fields Kargo
 * exposes ({@code RepoURL}, {@code Name}, {@code Version}). {@link #nilSafe()} reads them with {@code ?.}, as
 * {@code chartFrom} returns {@code nil} when the Freight has no such chart.
 */
public final class ChartExpr extends Expr {

    private final boolean nilSafe;

    ChartExpr(String expression, boolean nilSafe) {
        super(expression, true);
        this.nilSafe = nilSafe;
    }

    /** @return the same chart, whose fields are read with {@code ?.} */
    public ChartExpr nilSafe() {
        return new ChartExpr(expression(), true);
    }

    /** @return {@code .Version} */
    public Expr version() {
        return member("Version", nilSafe);
    }

    /** @return {@code .Name} */
    public Expr name() {
        return member("Name", nilSafe);
    }

    /** @return {@code .RepoURL} */
    public Expr repoURL() {
        return member("RepoURL", nilSafe);
    }
}
