package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.migrate.Source.Doc;
import io.github.kargo4j.validation.migrate.YamlText.MapNode;
import io.github.kargo4j.validation.migrate.YamlText.Node;
import io.github.kargo4j.validation.migrate.YamlText.SeqNode;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The text of a file a fix creates ({@link Fix.CreateResource}). When the same fix removes a node that the new
 * resource takes over (a Project's {@code spec} that becomes a ProjectConfig's {@code spec}), the node's text moves
 * with its comments, edited only where the new value differs from the old one; otherwise the resource is written in
 * the style of the file it comes from. Either way the text is read back before anything is written.
 */
final class NewResources {

    private NewResources() {
    }

    /**
     * @param d    the document the fix is about
     * @param code the rule whose fix it is
     * @param fix  the fix
     * @param c    the resource to create
     * @return the text of the new file
     */
    static String text(Doc d, String code, Fix fix, Fix.CreateResource c) {
        Source s = d.src;
        String nl = s.yaml.newline();
        if (s.json) {
            return s.fragments.json(c.resource(), true, 0) + nl;
        }
        Moved moved = moved(d, fix, c);
        String movedKey = movedKey(fix);
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(movedKey != null ? "Moved" : "Written").append(" by kargo4j migrate from the ")
                .append(movedKey != null ? movedKey + " of " : "").append(d.describe()).append(" in ")
                .append(Path.of(s.name).getFileName()).append(" (").append(code).append(')')
                .append(nl);
        JsonObject r = c.resource();
        for (int i = 0; i < r.size(); i++) {
            String key = r.keyAt(i);
            if (moved != null && key.equals(moved.key)) {
                sb.append(moved.text);
            } else {
                sb.append(s.fragments.blockPair(key, r.valueAt(i), 0)).append(nl);
            }
        }
        return sb.toString();
    }

    private static String movedKey(Fix fix) {
        for (Fix.Edit e : fix.edits()) {
            if (e instanceof Fix.Remove remove && MigrationRun.movedKey(fix, remove) != null) {
                return MigrationRun.movedKey(fix, remove);
            }
        }
        return null;
    }

    /** A node's text moved into the new resource under {@code key}. */
    private record Moved(String key, String text) {
    }

    private static Moved moved(Doc d, Fix fix, Fix.CreateResource c) {
        for (Fix.Edit e : fix.edits()) {
            if (!(e instanceof Fix.Remove remove)) {
                continue;
            }
            String key = MigrationRun.movedKey(fix, remove);
            if (key == null || !(FixEdits.locate(d.root, remove.path().parent().orElseThrow()) instanceof MapNode map)) {
                continue;
            }
            int i = map.indexOf(remove.path().lastKey().orElseThrow());
            JsonValue old = remove.path().resolve(d.tree).orElse(null);
            if (i < 0 || old == null) {
                continue;
            }
            String text = pairText(d.src, map.keys.get(i), map.values.get(i), old, key, c.resource().getOrNull(key));
            if (text != null) {
                return new Moved(key, text);
            }
        }
        return null;
    }

    /**
     * @return {@code key:} and the node's block text at column 0 with the edits that make it read as the target, or
     *     null if the node is not a block mapping of its own lines or the edits cannot say the difference
     */
    private static String pairText(Source s, Node keyNode, Node valueNode, JsonValue old, String key,
                                   JsonValue target) {
        YamlText y = s.yaml;
        if (!(valueNode instanceof MapNode m) || m.flow || YamlText.hasYamlReferences(valueNode)
                || y.line(valueNode.start) <= y.line(keyNode.end)) {
            return null;
        }
        List<Edit> edits;
        try {
            edits = rewrite(s, valueNode, old, target);
        } catch (FixEdits.CannotEdit e) {
            return null;
        }
        String nl = y.newline();
        int keyCol = y.column(keyNode.start);
        int bodyStart = y.nextLineStart(keyNode.end);
        int bodyEnd = y.nextLineStart(TextEdits.contentEnd(s, valueNode.end) - 1);
        List<String> keyComments = y.comments(keyNode.end, bodyStart, valueNode);
        List<Edit> shifted = new ArrayList<>();
        for (Edit e : edits) {
            shifted.add(new Edit(e.start() - bodyStart, e.end() - bodyStart, e.text()));
        }
        String body = Edit.apply(s.text.substring(bodyStart, bodyEnd), shifted);
        StringBuilder sb = new StringBuilder(Fragments.scalar(io.github.kargo4j.model.json.JsonString.of(key)))
                .append(':');
        if (!keyComments.isEmpty()) {
            sb.append("  ").append(keyComments.get(0));
        }
        sb.append(nl);
        for (String line : UnifiedDiff.lines(body)) {
            int strip = 0;
            while (strip < keyCol && strip < line.length() && line.charAt(strip) == ' ') {
                strip++;
            }
            sb.append(line.substring(strip));
        }
        if (!body.endsWith("\n")) {
            sb.append(nl);
        }
        return sb.toString();
    }

    /**
     * The edits that make a block node read as another value, where the two differ only in pairs whose key changed
     * (each such pair is written anew) below mappings and sequences of the same shape.
     *
     * @throws FixEdits.CannotEdit if they differ in another way
     */
    private static List<Edit> rewrite(Source s, Node node, JsonValue old, JsonValue target)
            throws FixEdits.CannotEdit {
        List<Edit> out = new ArrayList<>();
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {node, old, target});
        while (!work.isEmpty()) {
            Object[] w = work.pop();
            Node n = (Node) w[0];
            JsonValue o = (JsonValue) w[1];
            JsonValue t = (JsonValue) w[2];
            if (o.equals(t)) {
                continue;
            }
            if (n instanceof MapNode m && !m.flow && o instanceof JsonObject oo && t instanceof JsonObject to
                    && oo.size() == to.size() && m.keys.size() == oo.size()) {
                for (int k = 0; k < oo.size(); k++) {
                    if (oo.keyAt(k).equals(to.keyAt(k))) {
                        work.push(new Object[] {m.values.get(k), oo.valueAt(k), to.valueAt(k)});
                    } else {
                        out.addAll(TextEdits.pairReplacement(s, m, k, to.keyAt(k), to.valueAt(k),
                                s.fragments.withRaw(FixEdits.raw(s, m.values.get(k), to.valueAt(k)))));
                    }
                }
            } else if (n instanceof SeqNode q && !q.flow && o instanceof JsonArray oa && t instanceof JsonArray ta
                    && oa.size() == ta.size() && q.items.size() == oa.size()) {
                for (int k = 0; k < oa.size(); k++) {
                    work.push(new Object[] {q.items.get(k), oa.get(k), ta.get(k)});
                }
            } else {
                throw new FixEdits.CannotEdit("the moved text differs from the new value");
            }
        }
        return out;
    }
}
