package io.github.kargo4j.validation.preview;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a preview reads from the cluster, given by the user: Secrets and ConfigMaps of the project and of the shared
 * namespace (for {@code secret()}, {@code configMap()}, {@code sharedSecret()}, {@code sharedConfigMap()}) and the
 * metadata of Freight and Stages ({@code freightMetadata()}, {@code stageMetadata()}). A name that is not given reads
 * as Kargo reads a missing resource: an empty map for Secrets and ConfigMaps, {@code nil} for metadata.
 *
 * <p>The values file ({@link #parse(String, String)}) is YAML with any of these top-level keys:
 * <pre>{@code
 * secrets:          {NAME: {KEY: VALUE}}   # strings
 * sharedSecrets:    {NAME: {KEY: VALUE}}
 * configMaps:       {NAME: {KEY: VALUE}}
 * sharedConfigMaps: {NAME: {KEY: VALUE}}
 * freightMetadata:  {FREIGHT: {KEY: any JSON value}}
 * stageMetadata:    {STAGE: {KEY: any JSON value}}
 * }</pre>
 * Secret values are never part of {@link #toString()}; a preview prints them as {@code <redacted>}.
 */
public final class PreviewValues {

    /** No values at all. */
    public static final PreviewValues EMPTY = builder().build();

    private static final Set<String> STRING_SECTIONS = Set.of("secrets", "sharedSecrets", "configMaps",
            "sharedConfigMaps");
    private static final Set<String> SECTIONS = Set.of("secrets", "sharedSecrets", "configMaps", "sharedConfigMaps",
            "freightMetadata", "stageMetadata");
    private static final int MAX_DEPTH = 100;

    private final Map<String, Map<String, Map<String, Object>>> sections;

    private PreviewValues(Map<String, Map<String, Map<String, Object>>> sections) {
        this.sections = sections;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param name a Secret of the project
     * @return its data, or empty when not given
     */
    public Map<String, Object> secret(String name) {
        return get("secrets", name).orElse(Map.of());
    }

    /**
     * @param name a Secret of the shared namespace
     * @return its data, or empty when not given
     */
    public Map<String, Object> sharedSecret(String name) {
        return get("sharedSecrets", name).orElse(Map.of());
    }

    /**
     * @param name a ConfigMap of the project
     * @return its data, or empty when not given
     */
    public Map<String, Object> configMap(String name) {
        return get("configMaps", name).orElse(Map.of());
    }

    /**
     * @param name a ConfigMap of the shared namespace
     * @return its data, or empty when not given
     */
    public Map<String, Object> sharedConfigMap(String name) {
        return get("sharedConfigMaps", name).orElse(Map.of());
    }

    /**
     * @param freight the name of a Freight
     * @return its metadata, when given
     */
    public Optional<Map<String, Object>> freightMetadata(String freight) {
        return get("freightMetadata", freight);
    }

    /**
     * @param stage the name of a Stage
     * @return its metadata, when given
     */
    public Optional<Map<String, Object>> stageMetadata(String stage) {
        return get("stageMetadata", stage);
    }

    /** @return every secret value given (project and shared), for redaction */
    Set<String> secretValues() {
        Set<String> out = new java.util.HashSet<>();
        for (String section : List.of("secrets", "sharedSecrets")) {
            for (Map<String, Object> data : sections.getOrDefault(section, Map.of()).values()) {
                data.values().forEach(v -> out.add(String.valueOf(v)));
            }
        }
        return out;
    }

    private Optional<Map<String, Object>> get(String section, String name) {
        return Optional.ofNullable(sections.getOrDefault(section, Map.of()).get(name));
    }

    /**
     * Reads a values file.
     *
     * @param yaml the file's text
     * @param source the file's name, for messages
     * @return the values
     * @throws PreviewException naming {@code source:line:column} and the path of a value of the wrong shape
     */
    public static PreviewValues parse(String yaml, String source) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50).setCodePointLimit(8 * 1024 * 1024).build();
        Node root;
        try {
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml))).getSingleNode()
                    .orElse(null);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            throw new PreviewException(source + mark.map(m -> ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                    .orElse("") + ": not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new PreviewException(source + ": not valid YAML: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new PreviewException(source + ": nested too deeply to read");
        }
        Builder b = builder();
        if (root == null || root instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return b.build();
        }
        MappingNode top = mapping(root, source, "the top level");
        for (NodeTuple section : top.getValue()) {
            String name = key(section.getKeyNode(), source, "the top level");
            if (!SECTIONS.contains(name)) {
                throw new PreviewException(at(section.getKeyNode(), source) + ": unknown key '" + name
                        + "'; a values file has " + String.join(", ", List.of("secrets", "sharedSecrets",
                        "configMaps", "sharedConfigMaps", "freightMetadata", "stageMetadata")));
            }
            if (isNull(section.getValueNode())) {
                continue;
            }
            for (NodeTuple entry : mapping(section.getValueNode(), source, name).getValue()) {
                String resource = key(entry.getKeyNode(), source, name);
                String path = name + "." + resource;
                Map<String, Object> data = new LinkedHashMap<>();
                if (!isNull(entry.getValueNode())) {
                    for (NodeTuple kv : mapping(entry.getValueNode(), source, path).getValue()) {
                        String k = key(kv.getKeyNode(), source, path);
                        Node v = kv.getValueNode();
                        if (STRING_SECTIONS.contains(name)) {
                            if (!(v instanceof ScalarNode s) || isNull(v)) {
                                throw new PreviewException(at(v, source) + ": " + path + "." + k
                                        + ": expected a string");
                            }
                            data.put(k, s.getValue());
                        } else {
                            data.put(k, toJava(v, source, path + "." + k));
                        }
                    }
                }
                b.sections.computeIfAbsent(name, x -> new LinkedHashMap<>()).put(resource, data);
            }
        }
        return b.build();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String at(Node n, String source) {
        return n.getStartMark().map(m -> source + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                .orElse(source);
    }

    private static MappingNode mapping(Node n, String source, String path) {
        if (n instanceof MappingNode m) {
            Set<String> seen = new java.util.HashSet<>();
            for (NodeTuple t : m.getValue()) {
                String k = key(t.getKeyNode(), source, path);
                if (!seen.add(k)) {
                    throw new PreviewException(at(t.getKeyNode(), source) + ": " + path + ": duplicate key '" + k
                            + "'");
                }
            }
            return m;
        }
        throw new PreviewException(at(n, source) + ": " + path + ": expected a map");
    }

    private static String key(Node n, String source, String path) {
        if (n instanceof ScalarNode s && !isNull(n)) {
            return s.getValue();
        }
        throw new PreviewException(at(n, source) + ": " + path + ": keys must be strings");
    }

    /** A YAML value as a JSON-like Java value, iteratively; scalars typed by the YAML 1.2 core schema. */
    private static Object toJava(Node node, String source, String path) {
        Object[] root = new Object[1];
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {node, root, 0, 0});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            Node n = (Node) item[0];
            int depth = (Integer) item[3];
            if (depth > MAX_DEPTH) {
                throw new PreviewException(at(n, source) + ": " + path + ": nested more than " + MAX_DEPTH
                        + " levels deep");
            }
            Object value;
            if (n instanceof MappingNode m) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple t : mapping(m, source, path).getValue()) {
                    String k = key(t.getKeyNode(), source, path);
                    out.put(k, null);
                    work.push(new Object[] {t.getValueNode(), out, k, depth + 1});
                }
                value = out;
            } else if (n instanceof SequenceNode s) {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < s.getValue().size(); i++) {
                    out.add(null);
                    work.push(new Object[] {s.getValue().get(i), out, i, depth + 1});
                }
                value = out;
            } else {
                value = scalar((ScalarNode) n);
            }
            set(item[1], item[2], value);
        }
        return root[0];
    }

    @SuppressWarnings("unchecked")
    private static void set(Object target, Object key, Object value) {
        if (target instanceof Object[] a) {
            a[0] = value;
        } else if (target instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put((String) key, value);
        } else {
            ((List<Object>) target).set((Integer) key, value);
        }
    }

    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
        }
        if (tag.equals(Tag.INT)) {
            try {
                return Long.decode(v.replace("0o", "0"));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (tag.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        sections.forEach((section, byName) -> parts.add(section + "=" + byName.keySet()));
        return "PreviewValues" + parts;
    }

    /** Builds {@link PreviewValues}. */
    public static final class Builder {
        private final Map<String, Map<String, Map<String, Object>>> sections = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder put(String section, String name, Map<String, ?> data) {
            Objects.requireNonNull(name, "name");
            sections.computeIfAbsent(section, x -> new LinkedHashMap<>()).put(name, new LinkedHashMap<>(data));
            return this;
        }

        /**
         * @param name a Secret of the project
         * @param data its data
         * @return this builder
         */
        public Builder secret(String name, Map<String, String> data) {
            return put("secrets", name, data);
        }

        /**
         * @param name a Secret of the shared namespace
         * @param data its data
         * @return this builder
         */
        public Builder sharedSecret(String name, Map<String, String> data) {
            return put("sharedSecrets", name, data);
        }

        /**
         * @param name a ConfigMap of the project
         * @param data its data
         * @return this builder
         */
        public Builder configMap(String name, Map<String, String> data) {
            return put("configMaps", name, data);
        }

        /**
         * @param name a ConfigMap of the shared namespace
         * @param data its data
         * @return this builder
         */
        public Builder sharedConfigMap(String name, Map<String, String> data) {
            return put("sharedConfigMaps", name, data);
        }

        /**
         * @param freight a Freight's name
         * @param metadata its metadata (JSON-like values)
         * @return this builder
         */
        public Builder freightMetadata(String freight, Map<String, ?> metadata) {
            return put("freightMetadata", freight, metadata);
        }

        /**
         * @param stage a Stage's name
         * @param metadata its metadata (JSON-like values)
         * @return this builder
         */
        public Builder stageMetadata(String stage, Map<String, ?> metadata) {
            return put("stageMetadata", stage, metadata);
        }

        /** @return the values */
        public PreviewValues build() {
            Map<String, Map<String, Map<String, Object>>> copy = new LinkedHashMap<>();
            sections.forEach((k, v) -> {
                Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
                v.forEach((name, data) -> byName.put(name, java.util.Collections.unmodifiableMap(
                        new LinkedHashMap<>(data))));
                copy.put(k, java.util.Collections.unmodifiableMap(byName));
            });
            return new PreviewValues(java.util.Collections.unmodifiableMap(copy));
        }
    }
}
