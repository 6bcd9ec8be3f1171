/**
 * Kargo expressions ({@code ${{ … }}}, expr-lang) built from typed helpers instead of hand-written strings:
 * {@link io.github.kargo4j.builders.expr.Expr} is the entry point.
 *
 * <pre>{@code
 * Expr appCommit = Expr.commitFrom(Expr.vars("appRepo")).id();
 * // appCommit.toString() is ${{ commitFrom(vars.appRepo).ID }}
 * ExpressionVariable commit = ExpressionVariable.of("commit", appCommit);  // no toString() needed
 * PromotionStep clone = Steps.gitClone(c -> c.repoURL(Expr.vars("repo"))
 *         .addCheckout(co -> co.branch("main").path("./out")));
 * String msg = Expr.template("Update %s to %s", Expr.ctx().stage(), appCommit);
 * String cond = Expr.success().and(Expr.status("push").eq("Succeeded")).toString();
 * }</pre>
 */
package io.github.kargo4j.builders.expr;
