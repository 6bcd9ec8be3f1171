package io.github.kargo4j.validation;

import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A machine-applicable fix for a {@link Finding}: edits in the terms of the document the finding is about (which
 * node is replaced by what), built by the rule that reports the finding, the way compilers and linters attach
 * suggestions. The finding's hint is {@link #hint()}, so the hint and what {@code migrate} writes cannot disagree.
 * Immutable.
 *
 * <p>Every path is a {@link JsonPath} in the document of the finding (its file and document); the edits of one fix
 * touch different nodes and are applied together or not at all.
 *
 * @param description what the fix does, in a few words ({@code rename semverConstraint to constraint})
 * @param edits       the edits, at least one
 */
public record Fix(String description, List<Edit> edits) {

    /** Checks and copies. */
    public Fix {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
    }

    /**
     * @param description what the fix does
     * @param edits       the edits
     * @return the fix
     */
    public static Fix of(String description, Edit... edits) {
        return new Fix(description, List.of(edits));
    }

    /** One edit of a document. */
    public sealed interface Edit permits Replace, ReplacePair, RenameKey, Remove, Add, CreateResource {

        /** @return the node the edit is about (for {@link Add}, the mapping it adds to) */
        JsonPath path();

        /** @return the edit in words, naming the value it writes as one line of flow YAML */
        String describe();
    }

    /**
     * Replaces the value at a path.
     *
     * @param path  the node
     * @param value its new value
     */
    public record Replace(JsonPath path, JsonValue value) implements Edit {
        /** Checks that nothing is null. */
        public Replace {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String describe() {
            return "set " + path + " to " + FlowYaml.write(value);
        }
    }

    /**
     * Replaces a pair of a mapping (the key at the end of the path and its value) by another key and value, in the
     * same place.
     *
     * @param path   the pair's key
     * @param newKey the new key
     * @param value  the new value
     */
    public record ReplacePair(JsonPath path, String newKey, JsonValue value) implements Edit {
        /** Checks that the path ends in a key. */
        public ReplacePair {
            Objects.requireNonNull(newKey, "newKey");
            Objects.requireNonNull(value, "value");
            if (path.lastKey().isEmpty()) {
                throw new IllegalArgumentException("not a key: " + path);
            }
        }

        @Override
        public String describe() {
            return "replace " + path + " with " + parentText(path) + newKey + ": " + FlowYaml.write(value);
        }
    }

    /**
     * Renames a key, keeping the text of its value.
     *
     * @param path   the key
     * @param newKey its new name
     */
    public record RenameKey(JsonPath path, String newKey) implements Edit {
        /** Checks that the path ends in a key. */
        public RenameKey {
            Objects.requireNonNull(newKey, "newKey");
            if (path.lastKey().isEmpty()) {
                throw new IllegalArgumentException("not a key: " + path);
            }
        }

        @Override
        public String describe() {
            return "rename " + path + " to " + parentText(path) + newKey + " (same value)";
        }
    }

    /**
     * Removes a key and its value from a mapping.
     *
     * @param path the key
     */
    public record Remove(JsonPath path) implements Edit {
        /** Checks that the path ends in a key. */
        public Remove {
            if (path.lastKey().isEmpty()) {
                throw new IllegalArgumentException("not a key: " + path);
            }
        }

        @Override
        public String describe() {
            return "delete " + path;
        }
    }

    /**
     * Adds a key to a mapping, after its last pair.
     *
     * @param path  the mapping
     * @param key   the new key (not yet in the mapping)
     * @param value its value
     */
    public record Add(JsonPath path, String key, JsonValue value) implements Edit {
        /** Checks that nothing is null. */
        public Add {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String describe() {
            return "add " + path.key(key) + ": " + FlowYaml.write(value);
        }
    }

    /**
     * Creates a resource in a new file next to the document's file (or, if that name is taken, a name derived from
     * it).
     *
     * @param fileName the new file's name, without directory ({@code projectconfig.yaml})
     * @param resource the resource
     */
    public record CreateResource(String fileName, JsonObject resource) implements Edit {
        /** Checks that nothing is null. */
        public CreateResource {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(resource, "resource");
        }

        /** @return {@link JsonPath#ROOT}: the edit is about a whole new document */
        @Override
        public JsonPath path() {
            return JsonPath.ROOT;
        }

        @Override
        public String describe() {
            return "create " + fileName + " with " + FlowYaml.write(resource);
        }
    }

    /**
     * @return the hint a finding with this fix shows: the description, then each edit naming exactly the value it
     *     writes
     */
    public String hint() {
        List<String> parts = new ArrayList<>();
        for (Edit e : edits) {
            parts.add(e.describe());
        }
        return description + ": " + String.join("; ", parts);
    }

    private static String parentText(JsonPath path) {
        Optional<JsonPath> parent = path.parent();
        return parent.isPresent() && !parent.get().isRoot() ? parent.get() + "." : "";
    }
}
