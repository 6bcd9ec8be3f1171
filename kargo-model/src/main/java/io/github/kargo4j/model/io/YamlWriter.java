package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Writes {@link JsonValue} trees as block-style YAML the way a person writes Kubernetes manifests: two-space
 * indentation, sequences indented under their key, plain scalars wherever that is safe, and quotes around every
 * string that a YAML 1.1 or 1.2 reader would otherwise take for something else ({@code "yes"}, {@code "0777"},
 * {@code "2026-01-01"}, ...). Multi-line strings become literal blocks ({@code |}).
 */
final class YamlWriter {

    /** Deeper trees than this are refused rather than risking the stack. */
    static final int MAX_DEPTH = 2_000;

    /** A key written longer than this becomes an explicit key ({@code ? key} and {@code : value} lines). */
    static final int MAX_SIMPLE_KEY = 1_000;

    private final StringBuilder out;

    /**
     * Where each node starts, as offsets into {@code out}, in the order {@link WrittenYaml} walks a tree (a node
     * before its children; an object's key before its value); {@code null} unless positions are recorded.
     */
    private final Marks marks;

    YamlWriter(StringBuilder out) {
        this(out, null);
    }

    YamlWriter(StringBuilder out, Marks marks) {
        this.out = out;
        this.marks = marks;
    }

    /** A growable list of offsets into the text being written. */
    static final class Marks {
        private int[] offsets = new int[64];
        private int size;

        void add(int offset) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            offsets[size++] = offset;
        }

        void shiftLast(int by) {
            offsets[size - 1] += by;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return offsets[i];
        }
    }

    private void mark() {
        if (marks != null) {
            marks.add(out.length());
        }
    }

    /** Writes one document (without a separator). */
    void writeDocument(JsonValue root) {
        if (root instanceof JsonObject o && !o.isEmpty()) {
            writeObjectBody(o, 0, false, 0);
        } else if (root instanceof JsonArray a && !a.isEmpty()) {
            writeArrayBody(a, 0, false, 0);
        } else {
            mark();
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
            int start = out.length();
            if (i == 0) {
                mark();   // the object starts where its first key (or the '?' before it) does
            }
            mark();
            writeKey(o.keyAt(i));
            if (out.length() - start > MAX_SIMPLE_KEY) {
                // YAML readers (go-yaml, snakeyaml) look no further than 1024 characters for the ':' of a key
                out.insert(start, "? ");
                if (marks != null) {
                    marks.shiftLast(2);
                }
                out.append('\n');
                indent(indent);
            }
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
            mark();
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
            if (i == 0) {
                mark();   // a block sequence starts at the '-' of its first item
            }
            out.append("- ");
            JsonValue v = a.get(i);
            if (v instanceof JsonObject o && !o.isEmpty()) {
                writeObjectBody(o, indent + 2, true, depth + 1);
            } else if (v instanceof JsonArray inner && !inner.isEmpty()) {
                writeArrayBody(inner, indent + 2, true, depth + 1);
            } else {
                mark();
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
            writeQuoted(key, -1);
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
        } else if (v instanceof JsonNumber n && beyondDouble(n)) {
            // go-yaml cannot parse it as a float and would read the plain text as a string: the tag makes kubectl
            // (and this codec) refuse it instead, with the number kept as written
            out.append("!!float ").append(n);
        } else {
            out.append(v.toString());
        }
    }

    /**
     * Whether a number is too large for a 64-bit float (beyond about 1.8e308). kubectl reads numbers as int64,
     * uint64 or float64: a larger whole number becomes the nearest float64, from YAML and JSON alike, but a number
     * beyond the float64 range has no value at all (Go's JSON decoder refuses it; go-yaml keeps it as text).
     */
    static boolean beyondDouble(JsonNumber n) {
        if (n.value() instanceof Long || n.value() instanceof Double) {
            return false;
        }
        BigDecimal d = n.toBigDecimal();
        long magnitude = (long) d.precision() - d.scale();   // digits before the decimal point
        if (magnitude < 308) {
            return false;
        }
        return magnitude > 310 || Double.isInfinite(d.doubleValue());
    }

    private void writeString(String s, int blockIndent) {
        if (s.indexOf('\n') >= 0) {
            if (canUseLiteralBlock(s)) {
                writeLiteralBlock(s, blockIndent);
            } else {
                writeDoubleQuoted(s, blockIndent);
            }
        } else if (isPlainSafe(s)) {
            out.append(s);
        } else {
            writeQuoted(s, blockIndent);
        }
    }

    private static boolean canUseLiteralBlock(String s) {
        if (s.isBlank() || s.indexOf('\r') >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && !isSafeAt(s, i)) {
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
        if (firstContent < s.length() && (s.charAt(firstContent) == ' ' || s.charAt(firstContent) == '\t')) {
            // go-yaml v2 also refuses a tab where it guesses the indentation
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
            if (!isSafeAt(s, i)) {
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

    /**
     * Whether a code point can stand as itself inside a plain, single-quoted or literal scalar and mean the same to
     * every reader: printable by YAML 1.1 (which go-yaml v2, and so kubectl, enforces on the whole file) and YAML 1.2,
     * and not a line break. YAML 1.1 breaks lines at NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
     * (U+2029) as well as at LF and CR, so an unescaped U+2028 in a plain value ends the line for kubectl; the byte
     * order mark (U+FEFF) is dropped by some readers; DEL, the C0 and C1 controls, U+FFFE and U+FFFF are not
     * allowed in a YAML file at all; an unpaired surrogate has no UTF-8 form. Tab is safe only where the caller
     * says so.
     */
    static boolean isSafeCodePoint(int cp) {
        return cp >= 0x20 && cp <= 0x7e
                || cp >= 0xa0 && cp <= 0xd7ff && cp != 0x2028 && cp != 0x2029
                || cp >= 0xe000 && cp <= 0xfffd && cp != 0xfeff
                || cp >= 0x10000 && cp <= 0x10ffff;
    }

    /** {@link #isSafeCodePoint} for the character at {@code i}, a surrogate being safe only as half of a pair. */
    private static boolean isSafeAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return isSafeCodePoint(c);
    }

    /** Quotes a string; {@code indent} is where continuation lines of a long value go, -1 for a key (one line). */
    private void writeQuoted(String s, int indent) {
        boolean allPrintable = s.length() <= WRAP;
        for (int i = 0; i < s.length(); i++) {
            if (!isSafeAt(s, i)) {
                allPrintable = false;
                break;
            }
        }
        if (allPrintable && (s.indexOf('\\') >= 0 || s.indexOf('"') >= 0) && s.indexOf('\'') < 0) {
            out.append('\'').append(s).append('\'');
        } else {
            writeDoubleQuoted(s, indent);
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * A double-quoted value longer than this many characters on a line goes on over several lines, each ending in an
     * escaped line break (a backslash), which every reader joins without a space: escapes can make a line six times
     * as long as the value, and a line must stay within the reader's line limit.
     */
    static final int WRAP = 8_192;

    private void writeDoubleQuoted(String s, int indent) {
        out.append('"');
        int lineStart = out.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (indent >= 0 && out.length() - lineStart >= WRAP && !Character.isLowSurrogate(c)) {
                out.append("\\\n");
                indent(Math.max(indent, 1));
                lineStart = out.length();
                if (c == ' ') {
                    // leading white space of a continuation line is dropped: escape it
                    out.append("\\x20");
                    continue;
                }
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\0' -> out.append("\\0");
                default -> {
                    if (isSafeAt(s, i)) {
                        out.append(c);
                    } else {
                        // NEL, LS and PS too: go-yaml v2 folds a raw one in some places (YAML 1.1 line breaks)
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * @return one line of flow-style YAML ({@code {uses: git-clone, config: {repoURL: ...}}}) for messages and
     *     hints, with the quoting rules of the block writer (a scalar is plain only where it would be plain there and
     *     holds none of the flow indicators {@code , [ ] { }} and no colon)
     */
    static String toFlowString(JsonValue root) {
        StringBuilder sb = new StringBuilder();
        new YamlWriter(sb).writeFlow(root, 0);
        return sb.toString();
    }

    private void writeFlow(JsonValue v, int depth) {
        checkDepth(depth);
        if (v instanceof JsonObject o) {
            out.append('{');
            for (int i = 0; i < o.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                writeFlowString(o.keyAt(i));
                out.append(": ");
                writeFlow(o.valueAt(i), depth + 1);
            }
            out.append('}');
        } else if (v instanceof JsonArray a) {
            out.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                writeFlow(a.get(i), depth + 1);
            }
            out.append(']');
        } else if (v instanceof JsonString str) {
            writeFlowString(str.value());
        } else {
            out.append(v);
        }
    }

    private void writeFlowString(String s) {
        boolean plain = isPlainSafe(s);
        for (int i = 0; plain && i < s.length(); i++) {
            // a colon too: YAML 1.1 readers (SnakeYAML 1.x) refuse one inside a plain scalar in flow context
            plain = ",[]{}:".indexOf(s.charAt(i)) < 0;
        }
        if (plain) {
            out.append(s);
        } else {
            writeQuoted(s, -1);
        }
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
