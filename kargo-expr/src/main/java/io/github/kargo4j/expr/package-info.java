/**
 * expr-lang for the JVM: the expression language Kargo v1.11 evaluates inside {@code ${{ }}} (expr-lang v1.17.8),
 * parsed, checked and run with Go's semantics. {@link io.github.kargo4j.expr.ExprLang} compiles,
 * {@link io.github.kargo4j.expr.Program} runs, {@link io.github.kargo4j.expr.ExprException} reports with expr-lang's
 * wording, line, column and caret snippet. This package knows nothing of Kargo's resources; Kargo's functions
 * ({@code quote}, {@code commitFrom}, ...) are added on top with
 * {@link io.github.kargo4j.expr.ExprLang.Builder#function(String, ExprFunction)}.
 *
 * <h2>Value model</h2>
 * <table>
 * <caption>Go types and their Java form</caption>
 * <tr><th>Go</th><th>Java</th></tr>
 * <tr><td>{@code int}</td><td>{@code Long} (arithmetic wraps as int64 does)</td></tr>
 * <tr><td>{@code float64}</td><td>{@code Double}</td></tr>
 * <tr><td>{@code string}</td><td>{@code String} (lengths and indexes of {@code len}, slicing and indexing follow Go:
 * {@code len} counts runes, {@code s[i]} and {@code s[a:b]} use UTF-8 bytes)</td></tr>
 * <tr><td>{@code uint8} (a byte of a string: {@code s[0]})</td><td>{@code Short} (0 to 255)</td></tr>
 * <tr><td>{@code bool}</td><td>{@code Boolean}</td></tr>
 * <tr><td>{@code nil}</td><td>{@code null}</td></tr>
 * <tr><td>{@code []any}, {@code []string}, {@code []int}</td><td>{@code List<Object>}</td></tr>
 * <tr><td>{@code map[string]any}</td><td>{@code Map<String, Object>} (groupBy and fromPairs give other keys)</td></tr>
 * <tr><td>{@code time.Duration}</td><td>{@code java.time.Duration} (nanoseconds)</td></tr>
 * <tr><td>{@code time.Time}</td><td>{@code java.time.ZonedDateTime}</td></tr>
 * <tr><td>{@code time.Month}, {@code time.Weekday}</td><td>{@code java.time.Month}, {@code java.time.DayOfWeek}</td></tr>
 * </table>
 *
 * <p>Environment values are normalised on the way in: {@code Integer}, {@code Short}, {@code Byte} and
 * {@code BigInteger} (within int64) become {@code Long}; {@code Float}, {@code BigDecimal} and other numbers become
 * {@code Double}; arrays and collections become lists; {@code Instant}/{@code OffsetDateTime} become
 * {@code ZonedDateTime}; an {@link io.github.kargo4j.expr.ExprFunction} becomes a callable function. The caller's
 * maps and lists are copied, never changed.
 *
 * <h2>Semantics kept from Go</h2>
 * {@code /} always gives a float; {@code %} takes integers only (a float is an error) and {@code n % 0} is an error;
 * {@code **} gives a float; ints and floats compare and are equal by value; strings compare by bytes; {@code ==}
 * between different types is false, never an error; member access on {@code nil} is an error unless written
 * {@code ?.}; a missing map key gives {@code nil}; ranges, array and map literals and the array-copying functions
 * share expr-lang's memory budget of one million elements.
 *
 * <h2>Limits</h2>
 * expr-lang's node limit (10,000) applies, and a nesting limit ({@link io.github.kargo4j.expr.ExprLang#DEFAULT_MAX_DEPTH})
 * that Go does not need: the parser, checker and evaluator recurse at most that deep, and deep expressions and values
 * are processed on a helper thread with a stack sized for the limits, so no input throws a
 * {@code StackOverflowError}, whatever the caller's stack. Evaluation also stops after a fixed number of steps.
 */
package io.github.kargo4j.expr;
