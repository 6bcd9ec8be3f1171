package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;

import java.util.List;
import java.util.Optional;

/**
 * Where an expression sits in the text of its field, to turn a position inside the expression (expr-lang's line and
 * column) into words and, where the document was read from a file, into the file's line and column.
 *
 * <p>The model knows where a scalar starts, not how it is written; the file's line is read to tell a plain scalar
 * from a quoted or literal block one, and a position is given only when the file's text at it is the expression's
 * text (never a guess: folded scalars and escapes before the position give none).
 *
 * @param text  the field's text
 * @param start the offset of the expression in it
 */
record ExprPosition(String text, int start) {

    /** @return the position of an expr-lang error inside the expression, in words */
    String describe(ExprException e) {
        if (e.line() < 1 || e.column() < 1) {
            return "in the expression";
        }
        return (e.line() > 1 ? "line " + e.line() + ", " : "") + "column " + e.column() + " of the expression";
    }

    /** @return {@link #describe} and, when known, the position in the file */
    String describe(ExprException e, CheckContext c, JsonPath path) {
        return describe(e) + inFile(e, c, path).map(p -> "; line " + p.line() + ", column " + p.column()
                + " of the file").orElse("");
    }

    /** @return the line and column in the file of the error's position, when it can be known for sure */
    Optional<SourcePosition> inFile(ExprException e, CheckContext c, JsonPath path) {
        if (e.line() < 1 || e.column() < 1 || c.entry.manifest().isEmpty()) {
            return Optional.empty();
        }
        Manifest m = c.entry.manifest().get();
        // the scalar's own position (locate prefers the key's)
        Optional<SourcePosition> node = path.resolve(m.tree()).flatMap(v -> v.position());
        Optional<List<String>> lines = m.location().file().flatMap(c::lines);
        if (node.isEmpty() || lines.isEmpty()) {
            return Optional.empty();
        }
        int offset = offsetInText(e.line(), e.column());
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        return locate(lines.get(), node.get(), offset);
    }

    /** @return the index in {@link #text} of a 1-based line and column (in code points) of the expression */
    private int offsetInText(int line, int column) {
        int i = start;
        for (int l = 1; l < line; l++) {
            i = text.indexOf('\n', i);
            if (i < 0) {
                return -1;
            }
            i++;
        }
        for (int k = 1; k < column && i < text.length(); k++) {
            if (text.charAt(i) == '\n') {
                return -1;
            }
            i = text.offsetByCodePoints(i, 1);
        }
        return i;
    }

    private Optional<SourcePosition> locate(List<String> lines, SourcePosition node, int offset) {
        if (node.line() > lines.size()) {
            return Optional.empty();
        }
        String raw = lines.get(node.line() - 1);
        int col = node.column() - 1;
        if (col >= raw.length()) {
            return Optional.empty();
        }
        char style = raw.charAt(col);
        SourcePosition found;
        if (style == '|') {
            found = inLiteralBlock(lines, node.line(), offset);
        } else if (text.indexOf('\n') >= 0 || style == '>') {
            return Optional.empty();
        } else if (style == '\'' || style == '"') {
            found = inQuoted(raw, node.line(), col + 1, style, offset);
        } else {
            found = new SourcePosition(node.line(), col + 1 + offset);
        }
        return Optional.ofNullable(found).filter(p -> matches(lines, p, offset));
    }

    private SourcePosition inQuoted(String raw, int line, int from, char quote, int offset) {
        int r = from;
        for (int v = 0; v < offset; v++) {
            if (r >= raw.length()) {
                return null;
            }
            char ch = raw.charAt(r);
            if (quote == '\'' && ch == '\'' && r + 1 < raw.length() && raw.charAt(r + 1) == '\'') {
                r += 2;
            } else if (quote == '"' && ch == '\\') {
                return null;
            } else {
                r++;
            }
        }
        return new SourcePosition(line, r + 1);
    }

    private SourcePosition inLiteralBlock(List<String> lines, int headerLine, int offset) {
        int valueLine = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                valueLine++;
                lineStart = i + 1;
            }
        }
        int fileLine = headerLine + 1 + valueLine;
        if (fileLine > lines.size()) {
            return null;
        }
        // the block's indentation is that of its first line that is not blank
        int first = headerLine;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size()) {
            return null;
        }
        String raw = lines.get(first);
        int indent = 0;
        while (indent < raw.length() && raw.charAt(indent) == ' ') {
            indent++;
        }
        return new SourcePosition(fileLine, indent + (offset - lineStart) + 1);
    }

    /** @return whether the file holds the field's text at {@code p} (up to the end of its line, or a quote) */
    private boolean matches(List<String> lines, SourcePosition p, int offset) {
        String raw = lines.get(p.line() - 1);
        int r = p.column() - 1;
        if (r < 0 || r >= raw.length() || raw.charAt(r) != text.charAt(offset)) {
            return false;
        }
        int end = text.indexOf('\n', offset);
        String want = text.substring(offset, end < 0 ? text.length() : end);
        int quote = Math.min(cut(want, '\''), cut(want, '"'));
        want = want.substring(0, Math.min(quote, 12));
        return raw.startsWith(want, r);
    }

    private static int cut(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? s.length() : i;
    }
}
