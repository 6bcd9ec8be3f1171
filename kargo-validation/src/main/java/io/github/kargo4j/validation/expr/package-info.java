/**
 * Expression rules ({@code KE...}): {@link io.github.kargo4j.validation.expr.ExpressionCheck} finds the
 * {@code ${{ ... }}} expressions of a pipeline with {@link io.github.kargo4j.model.template.ExpressionScanner},
 * compiles each with the language of its place (kargo-expr's {@code EvaluationPlace}), evaluates the constant ones,
 * and judges what they refer to (delimiters, step {@code if}, step outputs, variables, functions and the
 * repositories of {@code commitFrom}, {@code imageFrom} and {@code chartFrom}).
 */
package io.github.kargo4j.validation.expr;
