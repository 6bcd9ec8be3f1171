/**
 * Kargo's templates: where the {@code ${{ ... }}} and {@code ${% ... %}} expressions are in a string value
 * ({@link io.github.kargo4j.model.template.ExpressionScanner}).
 */
package io.github.kargo4j.model.template;
