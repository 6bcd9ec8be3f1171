package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonNull;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.json.SourcePosition;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * YAML text as {@link KargoCodec#toYamlWithPositions} wrote it, with the line and column of every node it wrote:
 * the same positions {@link KargoCodec#parse(String, String)} would record when reading the text back (a key where
 * its text starts, a scalar where its text, quote, tag or {@code |} starts, a block object at its first key, a block
 * list at the {@code -} of its first item, an empty {@code {}} or {@code []} at its bracket), found while writing
 * instead of by parsing the text again.
 *
 * <pre>{@code
 * WrittenYaml yaml = codec.toYamlWithPositions(List.of(stage));
 * Files.writeString(file, yaml.text());
 * yaml.documents().get(0).positionOf(JsonPath.parse("spec.promotionTemplate.spec.steps[0].uses"));   // 12:15
 * Manifest m = yaml.manifests("stages.yaml", file).get(0);   // what reading the file would give, positions and all
 * }</pre>
 *
 * <p>Lines and columns start at 1; columns count Unicode code points, as the reader does. Positions are for the
 * whole text: the second document's lines continue after the first one's {@code ---}.
 */
public final class WrittenYaml {

    private final String text;
    private final List<? extends JsonValue> trees;
    private final YamlWriter.Marks marks;
    private final List<? extends KargoResource> resources;
    /** Made on first use: writing records only offsets, so that text nobody asks positions of costs little more. */
    private List<Document> documents;

    private WrittenYaml(String text, List<? extends JsonValue> trees, YamlWriter.Marks marks,
                        List<? extends KargoResource> resources) {
        this.text = text;
        this.trees = trees;
        this.marks = marks;
        this.resources = resources;
    }

    /**
     * One document of the text.
     *
     * @param index the 0-based index of the document in the text
     * @param start where the document's root node starts
     * @param tree  the document's tree, every node (and every key of an object) carrying its position in the text
     */
    public record Document(int index, SourcePosition start, JsonValue tree) {

        /** Checks that nothing is null. */
        public Document {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(tree, "tree");
        }

        /**
         * @param path a path in the document
         * @return where the node at that path starts, or empty if the document has no such node
         */
        public Optional<SourcePosition> positionOf(JsonPath path) {
            return path.resolve(tree).flatMap(JsonValue::position);
        }

        /**
         * @param path the path of an object's entry
         * @return where that entry's key starts, or empty if the path does not end in a key of the document
         */
        public Optional<SourcePosition> keyPositionOf(JsonPath path) {
            Optional<String> key = path.lastKey();
            Optional<JsonPath> parent = path.parent();
            if (key.isEmpty() || parent.isEmpty()) {
                return Optional.empty();
            }
            return parent.get().resolve(tree).flatMap(v -> v instanceof JsonObject o ? o.keyPosition(key.get())
                    : Optional.empty());
        }

        /** @return the position of every node of the document by its path, in the order they were written */
        public Map<JsonPath, SourcePosition> positions() {
            Map<JsonPath, SourcePosition> out = new LinkedHashMap<>();
            Deque<Map.Entry<JsonPath, JsonValue>> todo = new ArrayDeque<>();
            todo.push(Map.entry(JsonPath.ROOT, tree));
            while (!todo.isEmpty()) {
                Map.Entry<JsonPath, JsonValue> e = todo.pop();
                JsonValue v = e.getValue();
                v.position().ifPresent(p -> out.put(e.getKey(), p));
                if (v instanceof JsonObject o) {
                    for (int i = o.size() - 1; i >= 0; i--) {
                        todo.push(Map.entry(e.getKey().key(o.keyAt(i)), o.valueAt(i)));
                    }
                } else if (v instanceof JsonArray a) {
                    for (int i = a.size() - 1; i >= 0; i--) {
                        todo.push(Map.entry(e.getKey().index(i), a.get(i)));
                    }
                }
            }
            return Collections.unmodifiableMap(out);
        }

        /** @return the index and start of the document, never its content (a Secret's tree holds its values) */
        @Override
        public String toString() {
            return "Document{" + index + " at " + start + "}";
        }
    }

    /** @return how many documents and characters were written, never the text (it may hold a Secret's values) */
    @Override
    public String toString() {
        return "WrittenYaml{" + trees.size() + " documents, " + text.length() + " characters}";
    }

    /** @return the YAML text, documents separated by {@code ---} lines */
    public String text() {
        return text;
    }

    /** @return the documents, in order */
    public synchronized List<Document> documents() {
        if (documents == null) {
            Positions positions = new Positions(text, marks);
            List<Document> docs = new ArrayList<>(trees.size());
            for (int i = 0; i < trees.size(); i++) {
                JsonValue tree = positions.copy(trees.get(i));
                docs.add(new Document(i, tree.position().orElseThrow(), tree));
            }
            if (positions.next != marks.size()) {
                throw new IllegalStateException("the YAML writer marked " + marks.size() + " nodes, the trees have "
                        + positions.next);
            }
            documents = List.copyOf(docs);
        }
        return documents;
    }

    /**
     * The manifests reading {@link #text()} from a file would give, without reading it: each resource with the
     * positions of its document, so that a {@code PipelineValidator} reports {@code file:line:column} of the text.
     *
     * @param source the name shown in messages, such as the file's path
     * @param file   the file the text is (or will be) written to, or {@code null}
     * @return one manifest per document
     * @throws IllegalStateException if the text was written from trees rather than resources
     */
    public List<Manifest> manifests(String source, Path file) {
        Objects.requireNonNull(source, "source");
        if (resources == null) {
            throw new IllegalStateException("written from JSON trees, not resources: there are no manifests");
        }
        List<Manifest> out = new ArrayList<>(trees.size());
        for (Document d : documents()) {
            out.add(new Manifest(resources.get(d.index()), new SourceLocation(source, Optional.ofNullable(file),
                    d.index(), d.start()), (JsonObject) d.tree()));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ writing

    /**
     * @param trees     the documents
     * @param resources the resources the trees encode, or {@code null}
     */
    static WrittenYaml write(List<? extends JsonValue> trees, List<? extends KargoResource> resources) {
        StringBuilder sb = new StringBuilder();
        YamlWriter.Marks marks = new YamlWriter.Marks();
        YamlWriter w = new YamlWriter(sb, marks);
        for (int i = 0; i < trees.size(); i++) {
            if (i > 0) {
                sb.append("---\n");
            }
            w.writeDocument(Objects.requireNonNull(trees.get(i), "tree"));
        }
        return new WrittenYaml(sb.toString(), List.copyOf(trees), marks,
                resources == null ? null : List.copyOf(resources));
    }

    /** Turns the writer's offsets into lines and columns, and copies the trees with them. */
    private static final class Positions {
        private final String text;
        private final YamlWriter.Marks marks;
        private final int[] lineStarts;
        private int next;

        Positions(String text, YamlWriter.Marks marks) {
            this.text = text;
            this.marks = marks;
            int lines = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            lineStarts = new int[lines];
            int l = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts[l++] = i + 1;
                }
            }
        }

        private SourcePosition nextPosition() {
            int offset = marks.get(next++);
            int lo = 0;
            int hi = lineStarts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return new SourcePosition(lo + 1, text.codePointCount(lineStarts[lo], offset) + 1);
        }

        /** The same walk as the writer's: a node's mark, then for an object each key's mark before its value. */
        JsonValue copy(JsonValue v) {
            SourcePosition p = nextPosition();
            if (v instanceof JsonObject o) {
                JsonObject.Builder b = JsonObject.builder().position(p);
                for (int i = 0; i < o.size(); i++) {
                    SourcePosition key = nextPosition();
                    b.put(o.keyAt(i), copy(o.valueAt(i)), key);
                }
                return b.build();
            }
            if (v instanceof JsonArray a) {
                JsonArray.Builder b = JsonArray.builder().position(p);
                for (int i = 0; i < a.size(); i++) {
                    b.add(copy(a.get(i)));
                }
                return b.build();
            }
            if (v instanceof JsonString s) {
                return JsonString.of(s.value(), p);
            }
            if (v instanceof JsonNumber n) {
                return JsonNumber.of(n.value(), p);
            }
            if (v instanceof JsonBoolean b) {
                return JsonBoolean.of(b.value(), p);
            }
            return JsonNull.at(p);
        }
    }
}
