package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.migrate.Source;
import io.github.kargo4j.validation.migrate.YamlText.MapNode;
import io.github.kargo4j.validation.migrate.YamlText.Node;
import io.github.kargo4j.validation.migrate.YamlText.Scalar;
import io.github.kargo4j.validation.migrate.YamlText.SeqNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the edits of a {@link Fix} into text edits of one document, and into the tree the edited document must read
 * back as. A node that cannot be edited in place (it comes from a YAML alias or merge key, or defines an anchor) is
 * reported, not guessed at.
 */
final class FixEdits {

    private FixEdits() {
    }

    /** Why an edit cannot be made in the text. */
    static final class CannotEdit extends Exception {
        private static final long serialVersionUID = 1L;

        CannotEdit(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param s    the file
     * @param root the document's root mapping
     * @param edit the edit
     * @return the text edits
     * @throws CannotEdit if the node cannot be edited in place
     */
    static List<Edit> text(Source s, MapNode root, Fix.Edit edit) throws CannotEdit {
        return text(s, root, edit, false);
    }

    /**
     * @param s         the file
     * @param root      the document's root mapping
     * @param edit      the edit
     * @param movedAway whether a removed node moves into a new resource: its comments go with it
     * @return the text edits
     * @throws CannotEdit if the node cannot be edited in place
     */
    static List<Edit> text(Source s, MapNode root, Fix.Edit edit, boolean movedAway) throws CannotEdit {
        if (edit instanceof Fix.Add a) {
            if (!(locate(root, a.path()) instanceof MapNode m) || YamlText.hasYamlReferences(m)) {
                throw new CannotEdit(a.path() + " is not a mapping that can be edited in place");
            }
            return List.of(add(s, m, a.key(), a.value()));
        }
        if (edit instanceof Fix.CreateResource) {
            throw new CannotEdit("a new resource is written to a file of its own, not into this one");
        }
        JsonPath path = edit.path();
        // isPresent, not orElseThrow with a lambda: no call site to link on the first run
        if (path.parent().isEmpty()) {
            throw new CannotEdit("the whole document");
        }
        Node parent = locate(root, path.parent().get());
        if (parent instanceof SeqNode seq && edit instanceof Fix.Replace r) {
            int i = path.lastIndex();
            if (i < 0 || i >= seq.items.size() || YamlText.hasYamlReferences(seq.items.get(i))) {
                throw new CannotEdit(path + " cannot be edited in place");
            }
            return List.of(item(s, seq, seq.items.get(i), r.value()));
        }
        if (!(parent instanceof MapNode map)) {
            throw new CannotEdit(path + " comes from a YAML alias or merge key, which cannot be edited in place");
        }
        if (path.lastKey().isEmpty()) {
            throw new CannotEdit(path + " is not a key");
        }
        String key = path.lastKey().get();
        int i = map.indexOf(key);
        if (i < 0) {
            throw new CannotEdit(path + " comes from a YAML alias or merge key, which cannot be edited in place");
        }
        if (YamlText.hasAnchor(map.values.get(i))) {
            throw new CannotEdit(path + " defines a YAML anchor (&name) that other nodes may refer to");
        }
        if (edit instanceof Fix.Remove) {
            if (!map.flow && map.keys.size() == 1) {
                // the mapping's only pair: it stays a mapping, an empty one
                Node k = map.keys.get(0);
                return List.of(new Edit(k.start, TextEdits.contentEnd(s, Math.max(k.end, map.values.get(0).end)),
                        "{}"));
            }
            return TextEdits.pairRemoval(s, map, i, !movedAway);
        }
        if (edit instanceof Fix.RenameKey r) {
            return TextEdits.keyRename(s, map, i, r.newKey());
        }
        if (YamlText.hasYamlReferences(map.values.get(i))) {
            throw new CannotEdit(path + " holds a YAML alias, which cannot be replaced in place");
        }
        Fragments fragments = s.fragments.withRaw(raw(s, map.values.get(i), edit instanceof Fix.Replace r
                ? r.value() : ((Fix.ReplacePair) edit).value()));
        if (edit instanceof Fix.Replace r) {
            Node v = map.values.get(i);
            if (v instanceof Scalar && !(r.value() instanceof JsonObject) && !(r.value() instanceof JsonArray)
                    && TextEdits.raw(s, v) != null) {
                String text = s.json ? Fragments.scalarJson(r.value().asText().orElse(r.value().toString()))
                        : map.flow ? fragments.flowText(r.value()) : Fragments.scalar(r.value());
                if (s.json && !(r.value() instanceof JsonString)) {
                    text = r.value().toString();
                }
                return List.of(new Edit(v.start, v.end, text));
            }
            return TextEdits.pairReplacement(s, map, i, key, r.value(), fragments);
        }
        Fix.ReplacePair r = (Fix.ReplacePair) edit;
        return TextEdits.pairReplacement(s, map, i, r.newKey(), r.value(), fragments);
    }

    /**
     * @param tree the document as it reads now
     * @param edit an edit
     * @return the document as it must read after the edit
     */
    static JsonObject tree(JsonObject tree, Fix.Edit edit) {
        if (edit instanceof Fix.Add a) {
            return (JsonObject) update(tree, a.path().segments(), 0, v -> ((JsonObject) v).with(a.key(), a.value()));
        }
        if (edit instanceof Fix.CreateResource) {
            return tree;
        }
        List<Object> parent = edit.path().parent().orElseThrow().segments();
        Object last = edit.path().segments().get(edit.path().segments().size() - 1);
        return (JsonObject) update(tree, parent, 0, v -> {
            if (v instanceof JsonArray a && edit instanceof Fix.Replace r) {
                JsonArray.Builder b = JsonArray.builder();
                for (int k = 0; k < a.size(); k++) {
                    b.add(k == (Integer) last ? r.value() : a.get(k));
                }
                return b.build();
            }
            JsonObject o = (JsonObject) v;
            String key = (String) last;
            if (edit instanceof Fix.Remove) {
                return o.without(key);
            }
            if (edit instanceof Fix.RenameKey r) {
                return replaceKey(o, key, r.newKey(), o.getOrNull(key));
            }
            if (edit instanceof Fix.ReplacePair r) {
                return replaceKey(o, key, r.newKey(), r.value());
            }
            return o.with(key, ((Fix.Replace) edit).value());
        });
    }

    /** @return the tree with the node at the path (segments from {@code depth} on) replaced by what {@code f} makes of it */
    static JsonValue update(JsonValue root, List<Object> path, int depth,
                            java.util.function.UnaryOperator<JsonValue> f) {
        if (depth == path.size()) {
            return f.apply(root);
        }
        Object seg = path.get(depth);
        if (seg instanceof String key) {
            JsonObject o = (JsonObject) root;
            return o.with(key, update(o.getOrNull(key), path, depth + 1, f));
        }
        int index = (Integer) seg;
        JsonArray a = (JsonArray) root;
        JsonArray.Builder b = JsonArray.builder();
        for (int i = 0; i < a.size(); i++) {
            b.add(i == index ? update(a.get(i), path, depth + 1, f) : a.get(i));
        }
        return b.build();
    }

    /** @return the object with the pair {@code oldKey} replaced, in place, by {@code newKey: value} */
    static JsonObject replaceKey(JsonObject o, String oldKey, String newKey, JsonValue value) {
        JsonObject.Builder b = JsonObject.builder();
        for (int i = 0; i < o.size(); i++) {
            if (o.keyAt(i).equals(oldKey)) {
                b.put(newKey, value);
            } else {
                b.put(o.keyAt(i), o.valueAt(i));
            }
        }
        return b.build();
    }

    /** @return the node at a path, or null where the path leaves the text (an alias or merge key) */
    static Node locate(Node root, JsonPath path) {
        Node n = root;
        for (Object seg : path.segments()) {
            if (seg instanceof String key && n instanceof MapNode m) {
                n = m.get(key);
            } else if (seg instanceof Integer i && n instanceof SeqNode q && i < q.items.size()) {
                n = q.items.get(i);
            } else {
                return null;
            }
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Adds {@code key: value} after the last pair of a mapping. */
    private static Edit add(Source s, MapNode m, String key, JsonValue value) {
        if (m.flow || m.keys.isEmpty()) {
            String pair = (s.json ? Fragments.scalarJson(key) : Fragments.scalar(JsonString.of(key))) + ": "
                    + (s.json ? s.fragments.json(value, false, 0) : s.fragments.flowText(value));
            if (m.keys.isEmpty()) {
                int open = s.text.indexOf('{', m.start);
                return new Edit(open + 1, open + 1, pair);
            }
            int end = TextEdits.contentEnd(s, m.values.get(m.values.size() - 1).end);
            return new Edit(end, end, ", " + pair);
        }
        int col = s.yaml.column(m.keys.get(0).start);
        int end = TextEdits.contentEnd(s, m.values.get(m.values.size() - 1).end);
        int lineEnd = s.yaml.lineEnd(end);
        return new Edit(lineEnd, lineEnd, s.yaml.newline() + " ".repeat(col) + s.fragments.blockPair(key, value,
                col));
    }

    /** Replaces an item of a sequence. */
    private static Edit item(Source s, SeqNode seq, Node item, JsonValue value) {
        int end = TextEdits.contentEnd(s, item.end);
        if (seq.flow || s.json) {
            return new Edit(item.start, end, s.json ? s.fragments.json(value, false, 0) : s.fragments.flowText(value));
        }
        return new Edit(item.start, end, s.fragments.blockItem(value, s.yaml.column(item.start)));
    }

    /** @return the source text of the one-line scalars of the old node, for the equal strings of the new value */
    static IdentityHashMap<JsonValue, String> raw(Source s, Node old, JsonValue value) {
        Map<String, String> byValue = new HashMap<>();
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(old);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            if (n instanceof Scalar sc) {
                String r = TextEdits.raw(s, sc);
                if (r != null) {
                    byValue.putIfAbsent(sc.value, r);
                }
            } else if (n instanceof MapNode m) {
                for (Node child : m.values) {
                    nodes.push(child);
                }
            } else if (n instanceof SeqNode q) {
                for (Node child : q.items) {
                    nodes.push(child);
                }
            }
        }
        IdentityHashMap<JsonValue, String> out = new IdentityHashMap<>();
        Deque<JsonValue> values = new ArrayDeque<>();
        values.push(value);
        while (!values.isEmpty()) {
            JsonValue v = values.pop();
            if (v instanceof JsonString str && byValue.containsKey(str.value())) {
                out.put(v, byValue.get(str.value()));
            } else if (v instanceof JsonObject o) {
                for (Map.Entry<String, JsonValue> e : o.entries()) {
                    values.push(e.getValue());
                }
            } else if (v instanceof JsonArray a) {
                for (JsonValue item : a.items()) {
                    values.push(item);
                }
            }
        }
        return out;
    }
}
