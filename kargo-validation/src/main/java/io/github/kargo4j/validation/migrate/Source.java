package io.github.kargo4j.validation.migrate;

import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.validation.migrate.YamlText.MapNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One file read by a migration: its text, its node tree, its documents and the edits planned for it. */
final class Source {
    final Path path;
    final String name;
    /** Whether the file is to be migrated, rather than read only for what it tells about the others. */
    final boolean target;
    String text;
    YamlText yaml;
    Fragments fragments;
    boolean json;
    final List<Doc> docs = new ArrayList<>();
    List<Manifest> manifests = List.of();
    final List<Edit> edits = new ArrayList<>();
    /** What each edited document must read as after the edits, by document index. */
    final Map<Integer, JsonObject> expected = new HashMap<>();

    Source(Path path, String name, boolean target) {
        this.path = path;
        this.name = name;
        this.target = target;
    }

    /** One Kubernetes object of a file. */
    static final class Doc {
        final Source src;
        final int index;
        final MapNode root;
        final JsonObject tree;
        final String kind;
        final String name;
        final String namespace;

        Doc(Source src, int index, MapNode root, JsonObject tree) {
            this.src = src;
            this.index = index;
            this.root = root;
            this.tree = tree;
            this.kind = tree.getOrNull("kind") instanceof io.github.kargo4j.model.json.JsonString k ? k.value() : "";
            JsonObject meta = tree.getOrNull("metadata") instanceof JsonObject m ? m : JsonObject.EMPTY;
            this.name = meta.getOrNull("name") instanceof io.github.kargo4j.model.json.JsonString n ? n.value() : "";
            this.namespace = meta.getOrNull("namespace") instanceof io.github.kargo4j.model.json.JsonString n
                    ? n.value() : "";
        }

        String describe() {
            return kind + " \"" + name + "\"";
        }

        /** @return the 1-based line the document's root starts on */
        int line() {
            return src.yaml.line(root.start);
        }
    }
}
