package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.migrate.Source;
import io.github.kargo4j.validation.migrate.YamlText.MapNode;
import io.github.kargo4j.validation.migrate.YamlText.Node;
import io.github.kargo4j.validation.migrate.YamlText.Scalar;
import org.snakeyaml.engine.v2.common.ScalarStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * The text edits of a migration: replacing, removing and renaming a pair of a mapping so that every character
 * outside the edited range stays as it was, comments inside the old pair are kept, and the new text is indented and
 * quoted the way the file is.
 */
final class TextEdits {

    private TextEdits() {
    }


    /**
     * Replaces the pair {@code i} of a mapping by {@code newKey: value}. In a block mapping the new pair is written in
     * block style at the old key's column; comments inside the old pair are kept above it (a comment after the old
     * value on its last line stays where it is, after the new value). In a flow mapping (and in JSON) the new value is
     * written as JSON.
     */
    static List<Edit> pairReplacement(Source s, MapNode map, int i, String newKey, JsonValue value,
                                              Fragments fragments) {
        YamlText y = s.yaml;
        Node k = map.keys.get(i);
        Node v = map.values.get(i);
        int end = contentEnd(s, Math.max(k.end, v.end));
        if (map.flow) {
            if (s.json) {
                boolean pretty = y.line(map.start) != y.line(map.end);
                return List.of(new Edit(k.start, end, Fragments.scalarJson(newKey) + ": "
                        + fragments.json(value, pretty, leadingSpaces(s, k.start))));
            }
            String key = k instanceof Scalar ks && ks.style == ScalarStyle.DOUBLE_QUOTED
                    ? Fragments.scalarJson(newKey) : Fragments.scalar(JsonString.of(newKey));
            return List.of(new Edit(k.start, end, key + ": " + fragments.flowText(value)));
        }
        int col = y.column(k.start);
        String nl = y.newline();
        boolean lineStart = y.startsLine(k.start);
        if (lineStart) {
            // a comment after the old value moves up with the others: it was about the old pair
            int lineEnd = y.lineEnd(end);
            String rest = s.text.substring(end, lineEnd).strip();
            if (rest.isEmpty() || rest.startsWith("#")) {
                end = lineEnd;
            }
        }
        List<String> comments = y.comments(k.end, end, v);
        StringBuilder sb = new StringBuilder();
        if (lineStart) {
            for (String c : comments) {
                sb.append(c).append(nl).append(" ".repeat(col));
            }
        }
        sb.append(fragments.blockPair(newKey, value, col));
        if (!lineStart) {
            for (String c : comments) {
                sb.append(nl).append(" ".repeat(col)).append(c);
            }
        }
        return List.of(new Edit(k.start, end, sb.toString()));
    }

    /** Removes the pair {@code i} of a mapping, whole lines in block style, keeping its comments if asked to. */
    static List<Edit> pairRemoval(Source s, MapNode map, int i, boolean keepComments) {
        YamlText y = s.yaml;
        Node k = map.keys.get(i);
        Node v = map.values.get(i);
        int end = contentEnd(s, Math.max(k.end, v.end));
        if (map.flow) {
            if (i + 1 < map.keys.size()) {
                return List.of(new Edit(k.start, map.keys.get(i + 1).start, ""));
            }
            if (i > 0) {
                return List.of(new Edit(contentEnd(s, map.values.get(i - 1).end), end, ""));
            }
            return List.of(new Edit(k.start, end, ""));
        }
        String nl = y.newline();
        int col = y.column(k.start);
        List<String> comments = keepComments ? y.comments(k.end, y.lineEnd(Math.max(end - 1, k.end)), v)
                : List.of();
        StringBuilder kept = new StringBuilder();
        for (String c : comments) {
            kept.append(" ".repeat(col)).append(c).append(nl);
        }
        if (y.startsLine(k.start)) {
            return List.of(new Edit(y.lineStart(k.start), y.nextLineStart(Math.max(end - 1, k.start)),
                    kept.toString()));
        }
        // the first key of a sequence item ("- key: value"): the next key moves up next to the dash
        List<Edit> out = new ArrayList<>();
        if (kept.length() > 0) {
            out.add(new Edit(y.lineStart(k.start), y.lineStart(k.start), kept.toString()));
        }
        if (i + 1 < map.keys.size()) {
            out.add(new Edit(k.start, map.keys.get(i + 1).start, ""));
        } else {
            out.add(new Edit(k.start, end, "{}"));
        }
        return out;
    }

    /**
     * Renames a key, keeping its quoting, its value and the column of a comment after a one-line value (the gap before
     * the comment grows by what the key lost).
     */
    static List<Edit> keyRename(Source s, MapNode map, int i, String newKey) {
        YamlText y = s.yaml;
        Scalar k = (Scalar) map.keys.get(i);
        Node v = map.values.get(i);
        String text = switch (k.style) {
            case DOUBLE_QUOTED -> Fragments.scalarJson(newKey);
            case SINGLE_QUOTED -> "'" + newKey.replace("'", "''") + "'";
            default -> s.json ? Fragments.scalarJson(newKey) : Fragments.scalar(JsonString.of(newKey));
        };
        List<Edit> out = new ArrayList<>();
        out.add(new Edit(k.start, k.end, text));
        int lost = (k.end - k.start) - text.length();
        if (!map.flow && lost > 0 && v instanceof Scalar && y.line(v.start) == y.line(k.start)
                && y.line(v.end) == y.line(k.start)) {
            int lineEnd = y.lineEnd(v.end);
            int hash = v.end;
            while (hash < lineEnd && (s.text.charAt(hash) == ' ' || s.text.charAt(hash) == '\t')) {
                hash++;
            }
            if (hash < lineEnd && hash > v.end && s.text.charAt(hash) == '#') {
                out.add(new Edit(hash, hash, " ".repeat(lost)));
            }
        }
        return out;
    }

    /** @return the end of a node's text without the line breaks a block scalar may end with */
    static int contentEnd(Source s, int end) {
        int e = end;
        while (e > 0 && (s.text.charAt(e - 1) == '\n' || s.text.charAt(e - 1) == '\r')) {
            e--;
        }
        return e;
    }

    private static int leadingSpaces(Source s, int index) {
        int start = s.yaml.lineStart(index);
        int i = start;
        while (i < s.text.length() && s.text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    /** @return the source text of a one-line plain or quoted scalar, or null */
    static String raw(Source s, Node n) {
        if (!(n instanceof Scalar sc) || n.anchor != null || n.tag != null) {
            return null;
        }
        if (sc.style != ScalarStyle.PLAIN && sc.style != ScalarStyle.SINGLE_QUOTED
                && sc.style != ScalarStyle.DOUBLE_QUOTED) {
            return null;
        }
        String text = s.text.substring(sc.start, sc.end);
        return text.isEmpty() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 ? null : text;
    }

}
