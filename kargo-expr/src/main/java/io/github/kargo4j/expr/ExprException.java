package io.github.kargo4j.expr;

/**
 * An expression that does not compile or fails while it runs. The {@link #getMessage() message} has expr-lang's form:
 * the reason, the position as {@code (line:column)} and a two-line snippet with a caret under the column, so a user
 * who knows Kargo's error messages reads the same text. {@link #reason()} is the reason alone, {@link #snippet()} the
 * snippet alone, and {@link #line()}/{@link #column()} are 1-based positions inside the expression text.
 *
 * <p>Messages never quote environment values beyond what expr-lang itself would print (it prints the types of
 * operands, not their values, except for the index in an out-of-range access and the text given to {@code int()},
 * {@code float()}, {@code date()} and {@code duration()}).
 */
public final class ExprException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** When the error happened. */
    public enum Phase {
        /** While parsing and checking the expression ({@code expr.Compile} in Go). */
        COMPILE,
        /** While evaluating it against an environment ({@code expr.Run} in Go). */
        RUN
    }

    private final Phase phase;
    private final String reason;
    private final int line;
    private final int column;
    private final String snippet;

    /**
     * Creates an error.
     *
     * @param phase when it happened
     * @param reason expr-lang's message, without position
     * @param line 1-based line inside the expression, 0 when unknown
     * @param column 1-based column (in characters) inside the expression, 0 when unknown
     * @param snippet the caret snippet (starting with a line break), empty when there is none
     */
    public ExprException(Phase phase, String reason, int line, int column, String snippet) {
        super(format(reason, line, column, snippet), null, false, false);
        this.phase = phase;
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.snippet = snippet == null ? "" : snippet;
    }

    private static String format(String reason, int line, int column, String snippet) {
        if (snippet == null || snippet.isEmpty()) {
            return reason;
        }
        return reason + " (" + line + ":" + column + ")" + snippet;
    }

    /** @return compile or run */
    public Phase phase() {
        return phase;
    }

    /** @return the reason in expr-lang's wording, without the position and snippet */
    public String reason() {
        return reason;
    }

    /** @return the 1-based line inside the expression */
    public int line() {
        return line;
    }

    /** @return the 1-based column inside the expression, counted in characters (code points) */
    public int column() {
        return column;
    }

    /** @return expr-lang's snippet: a line break, {@code " | "} and the source line, then the caret line; or empty */
    public String snippet() {
        return snippet;
    }
}
