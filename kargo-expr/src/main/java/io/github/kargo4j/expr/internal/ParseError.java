package io.github.kargo4j.expr.internal;

import io.github.kargo4j.expr.ExprException;

/** An error at a rune offset of the source, turned into an {@link ExprException} by {@link #bind}. */
final class ParseError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int pos;

    ParseError(String message, int pos) {
        super(message, null, false, false);
        this.pos = pos;
    }

    ExprException bind(String source, ExprException.Phase phase) {
        return bind(getMessage(), pos, source, phase);
    }

    /** Line, column and caret snippet after Go's {@code file.Error.Bind}. */
    static ExprException bind(String message, int from, String source, ExprException.Phase phase) {
        int[] cps = source.codePoints().toArray();
        int line = 1;
        int column = 0;
        int lineStart = 0;
        for (int i = 0; i < cps.length; i++) {
            if (i == from) {
                break;
            }
            if (cps[i] == '\n') {
                lineStart = i + 1;
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < cps.length && cps[lineEnd] != '\n') {
            lineEnd++;
        }
        if (lineStart == lineEnd) {
            return new ExprException(phase, message, line, column + 1, "");
        }
        StringBuilder snippet = new StringBuilder("\n | ");
        for (int i = lineStart; i < lineEnd; i++) {
            snippet.appendCodePoint(cps[i] == '\t' ? ' ' : cps[i]);
        }
        snippet.append("\n | ");
        snippet.append(".".repeat(column));
        snippet.append('^');
        return new ExprException(phase, message, line, column + 1, snippet.toString());
    }
}
