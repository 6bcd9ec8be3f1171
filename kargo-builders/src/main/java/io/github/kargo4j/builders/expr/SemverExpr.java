package io.github.kargo4j.builders.expr;

/**
 * A parsed semantic version, {@code semverParse(v)} (Kargo v1.9): read its parts or compute the next version.
 *
 * <pre>{@code
 * Expr.semverParse(Expr.chartFrom("oci://ghcr.io/org/charts/app").version()).incMinor().string()
 * // ${{ semverParse(chartFrom("oci://ghcr.io/org/charts/app").Version).IncMinor().String() }}
 * }</pre>
 */
public final class SemverExpr extends Expr {

    SemverExpr(String expression) {
        super(expression, true);
    }

    /** @return {@code .Major()} */
    public Expr major() {
        return method("Major");
    }

    /** @return {@code .Minor()} */
    public Expr minor() {
        return method("Minor");
    }

    /** @return {@code .Patch()} */
    public Expr patch() {
        return method("Patch");
    }

    /** @return {@code .Prerelease()} */
    public Expr prerelease() {
        return method("Prerelease");
    }

    /** @return {@code .Metadata()}: the build metadata */
    public Expr metadata() {
        return method("Metadata");
    }

    /** @return {@code .IncMajor()}: the next major version */
    public SemverExpr incMajor() {
        return new SemverExpr(expression() + ".IncMajor()");
    }

    /** @return {@code .IncMinor()}: the next minor version */
    public SemverExpr incMinor() {
        return new SemverExpr(expression() + ".IncMinor()");
    }

    /** @return {@code .IncPatch()}: the next patch version */
    public SemverExpr incPatch() {
        return new SemverExpr(expression() + ".IncPatch()");
    }

    /** @return {@code .String()}: the version as text, without a leading {@code v} */
    public Expr string() {
        return method("String");
    }

    private Expr method(String name) {
        return new Expr(expression() + "." + name + "()", true);
    }
}
