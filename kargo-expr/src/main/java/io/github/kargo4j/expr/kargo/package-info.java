/**
 * Kargo's layer over expr-lang: how Kargo v1.11.2 evaluates {@code ${{ }}} and {@code ${% %}} templates in step
 * configs, vars and verification arguments ({@link io.github.kargo4j.expr.kargo.KargoTemplates}), with the template
 * functions {@code quote}, {@code unsafeQuote}, {@code asJSON} and {@code asYAML}.
 *
 * <p>The rules follow {@code pkg/expressions/json_templates.go}: a string without a delimiter is kept as written (so
 * {@code "42"} stays a string); otherwise each expression is evaluated (the first {@code }}} or {@code %}} after an
 * opening delimiter ends it) and the results are concatenated, non-string results written as compact JSON; one
 * trailing newline is set aside; a result wrapped in double quotes is a string without them; else it becomes a number
 * if Go's {@code strconv.ParseFloat} reads it, a boolean if {@code strconv.ParseBool} does, a JSON value if it is
 * JSON, and the string otherwise. Keys are never evaluated.
 */
package io.github.kargo4j.expr.kargo;
