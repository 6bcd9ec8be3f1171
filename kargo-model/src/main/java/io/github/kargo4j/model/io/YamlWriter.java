package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

/**
 * Writes {@link JsonValue} trees as block-style YAML the way a person writes Kubernetes manifests: two-space
 * indentation, sequences indented under their key, plain scalars wherever that is safe, and quotes around every
 * string that a YAML 1.1 or 1.2 reader would otherwise take for something else ({@code "yes"}, {@code "0777"},
 * {@code "2026-01-01"}, ...). Multi-line strings become literal blocks ({@code |}).
 */
final class YamlWriter {

    /** Deeper trees than this are refused rather than risking the stack. */
    static final int MAX_DEPTH = 2_000;

    private final StringBuilder out;

    YamlWriter(StringBuilder out) {
        this.out = out;
    }

    /** Writes one document (without a separator). */
    void writeDocument(JsonValue root) {
        if (root instanceof JsonObject o && !o.isEmpty()) {
            writeObjectBody(o, 0, false, 0);
        } else if (root instanceof JsonArray a && !a.isEmpty()) {
            writeArrayBody(a, 0, false, 0);
        } else {
            writeScalarOrEmpty(root, 0);
            out.append('\n');
        }
    }

    private void indent(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    /** Writes the entries of a non-empty object; the first key goes on the current line when {@code inline}. */
    private void writeObjectBody(JsonObject o, int indent, boolean inline, int depth) {
        checkDepth(depth);
        for (int i = 0; i < o.size(); i++) {
            if (i > 0 || !inline) {
                indent(indent);
            }
            writeKey(o.keyAt(i));
            out.append(':');
            writeValueAfterKey(o.valueAt(i), indent, depth);
        }
    }

    private void writeValueAfterKey(JsonValue v, int indent, int depth) {
        if (v instanceof JsonObject child && !child.isEmpty()) {
            out.append('\n');
            writeObjectBody(child, indent + 2, false, depth + 1);
        } else if (v instanceof JsonArray arr && !arr.isEmpty()) {
            out.append('\n');
            writeArrayBody(arr, indent + 2, false, depth + 1);
        } else {
            out.append(' ');
            writeScalarOrEmpty(v, indent + 2);
            out.append('\n');
        }
    }

    private void writeArrayBody(JsonArray a, int indent, boolean inline, int depth) {
        checkDepth(depth);
        for (int i = 0; i < a.size(); i++) {
            if (i > 0 || !inline) {
                indent(indent);
            }
            out.append("- ");
            JsonValue v = a.get(i);
            if (v instanceof JsonObject o && !o.isEmpty()) {
                writeObjectBody(o, indent + 2, true, depth + 1);
            } else if (v instanceof JsonArray inner && !inner.isEmpty()) {
                writeArrayBody(inner, indent + 2, true, depth + 1);
            } else {
                writeScalarOrEmpty(v, indent + 2);
                out.append('\n');
            }
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("tree nested deeper than " + MAX_DEPTH + " levels cannot be written");
        }
    }

    private void writeKey(String key) {
        if (key.indexOf('\n') >= 0 || !isPlainSafe(key)) {
            writeQuoted(key);
        } else {
            out.append(key);
        }
    }

    private void writeScalarOrEmpty(JsonValue v, int blockIndent) {
        if (v instanceof JsonObject) {
            out.append("{}");
        } else if (v instanceof JsonArray) {
            out.append("[]");
        } else if (v instanceof JsonString s) {
            writeString(s.value(), blockIndent);
        } else {
            out.append(v.toString());
        }
    }

    private void writeString(String s, int blockIndent) {
        if (s.indexOf('\n') >= 0) {
            if (canUseLiteralBlock(s)) {
                writeLiteralBlock(s, blockIndent);
            } else {
                writeDoubleQuoted(s);
            }
        } else if (isPlainSafe(s)) {
            out.append(s);
        } else {
            writeQuoted(s);
        }
    }

    private static boolean canUseLiteralBlock(String s) {
        if (s.isBlank() || s.indexOf('\r') >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && !isPrintable(c)) {
                return false;
            }
        }
        // a line of only spaces before the first content line confuses indentation detection
        int firstContent = 0;
        while (firstContent < s.length() && s.charAt(firstContent) == '\n') {
            firstContent++;
        }
        for (int i = firstContent; i < s.length() && s.charAt(i) != '\n'; i++) {
            if (s.charAt(i) != ' ') {
                return true;
            }
        }
        return false;
    }

    private void writeLiteralBlock(String s, int blockIndent) {
        int trailing = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\n'; i--) {
            trailing++;
        }
        out.append('|');
        int firstContent = 0;
        while (firstContent < s.length() && s.charAt(firstContent) == '\n') {
            firstContent++;
        }
        if (firstContent < s.length() && s.charAt(firstContent) == ' ') {
            out.append(2);
        }
        out.append(trailing == 0 ? "-" : trailing == 1 ? "" : "+");
        out.append('\n');
        String body = s.substring(0, s.length() - trailing);
        int start = 0;
        while (true) {
            int nl = body.indexOf('\n', start);
            String line = nl < 0 ? body.substring(start) : body.substring(start, nl);
            if (!line.isEmpty()) {
                indent(blockIndent);
                out.append(line);
            }
            out.append('\n');
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        for (int i = 1; i < trailing; i++) {
            out.append('\n');
        }
        // the caller appends the newline after a scalar; a literal block already ended its last line
        out.setLength(out.length() - 1);
    }

    /** Whether {@code s} can be written as a plain scalar in block context and read back as this string. */
    static boolean isPlainSafe(String s) {
        if (s.isEmpty() || YamlScalars.resolvesToNonString(s)) {
            return false;
        }
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (first == ' ' || last == ' ' || last == ':') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || !isPrintable(c)) {
                return false;
            }
            if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return false;
            }
            if (c == '#' && i > 0 && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return !(s.startsWith("---") || s.startsWith("..."));
    }

    private static boolean isPrintable(char c) {
        return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && c != '\ufeff' && c != '\ufffe'
                && c != '\uffff';
    }

    private void writeQuoted(String s) {
        boolean allPrintable = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r' || !isPrintable(c)) {
                allPrintable = false;
                break;
            }
        }
        if (allPrintable && (s.indexOf('\\') >= 0 || s.indexOf('"') >= 0) && s.indexOf('\'') < 0) {
            out.append('\'').append(s).append('\'');
        } else {
            writeDoubleQuoted(s);
        }
    }

    private void writeDoubleQuoted(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> out.append("\\0");
                default -> {
                    if (!isPrintable(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static String toYamlString(JsonValue root) {
        StringBuilder sb = new StringBuilder();
        new YamlWriter(sb).writeDocument(root);
        return sb.toString();
    }

    static boolean isStringScalar(JsonValue v) {
        return v instanceof JsonString;
    }
}
