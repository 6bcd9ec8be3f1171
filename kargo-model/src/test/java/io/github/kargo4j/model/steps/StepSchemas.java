package io.github.kargo4j.model.steps;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Kargo's JSON schemas of the built-in steps ({@code ../shared/kargo-schemas/promotion-steps}), for tests only:
 * the product never reads them. Tests that need them are skipped, saying why, when the folder is absent.
 */
final class StepSchemas {

    /** The base IRI under which the schema files are served to the validator, so relative $refs resolve. */
    private static final String BASE = "https://kargo4j.invalid/promotion-steps/";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path dir;
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final SchemaRegistry registry;

    private StepSchemas(Path dir) {
        this.dir = dir;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(iri -> iri.startsWith(BASE) ? text(iri.substring(BASE.length())) : null));
    }

    /** @return the schemas; the calling test is skipped when {@code ../shared} is not beside the clone */
    static StepSchemas load() {
        String prop = System.getProperty("kargo4j.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(shared)) {
            shared = Path.of("..", "shared");
        }
        Path dir = shared.resolve("kargo-schemas").resolve("promotion-steps");
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "../shared/kargo-schemas/promotion-steps (Kargo's step schemas) is not beside this clone; CI provides it");
        return new StepSchemas(dir.normalize());
    }

    /** @return the names of the steps that have a schema ({@code git-clone} for {@code git-clone-config.json}) */
    List<String> stepNames() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("-config.json"))
                    .map(n -> n.substring(0, n.length() - "-config.json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a schema file name, such as {@code argocd-common.json}
     * @return its JSON tree
     */
    JsonNode document(String file) {
        return documents.computeIfAbsent(file, f -> MAPPER.readTree(text(f)));
    }

    /** @return the root schema of a step */
    Node root(String step) {
        return new Node(step + "-config.json", document(step + "-config.json"));
    }

    /**
     * @param step   a step name
     * @param config a configuration
     * @return the validator's errors, sorted by location (empty when the configuration is valid)
     */
    List<String> validate(String step, JsonObject config) {
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + step + "-config.json"));
        String json = KargoCodec.create().treeToJson(config, false);
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        Map<String, String> sorted = new TreeMap<>();
        for (Error e : errors) {
            sorted.put(e.getInstanceLocation() + " " + e.getMessage(), e.toString());
        }
        return List.copyOf(sorted.keySet());
    }

    /** A schema node and the file it belongs to, so that $refs resolve relative to it. */
    final class Node {
        final String file;
        final JsonNode json;

        Node(String file, JsonNode json) {
            this.file = file;
            this.json = json;
        }

        /** @return this node with its {@code $ref} followed (repeatedly) */
        Node resolve() {
            Node n = this;
            while (n.json.has("$ref")) {
                String ref = n.json.get("$ref").asString();
                int hash = ref.indexOf('#');
                String file = hash == 0 ? n.file : ref.substring(0, hash < 0 ? ref.length() : hash);
                String pointer = hash < 0 ? "" : ref.substring(hash + 1);
                JsonNode target = document(file).at(pointer);
                if (target.isMissingNode()) {
                    throw new IllegalStateException("unresolved $ref " + ref + " in " + n.file);
                }
                n = new Node(file, target);
            }
            return n;
        }

        /** @return the {@code properties} of this (resolved) object schema, by name */
        Map<String, Node> properties() {
            Node r = resolve();
            Map<String, Node> out = new java.util.LinkedHashMap<>();
            JsonNode props = r.json.get("properties");
            if (props != null) {
                for (Map.Entry<String, JsonNode> e : props.properties()) {
                    out.put(e.getKey(), new Node(r.file, e.getValue()));
                }
            }
            return out;
        }

        /** @return the names listed in {@code required} */
        List<String> required() {
            Node r = resolve();
            JsonNode req = r.json.get("required");
            if (req == null) {
                return List.of();
            }
            return req.valueStream().map(JsonNode::asString).toList();
        }

        /** @return the {@code items} schema, or null */
        Node items() {
            Node r = resolve();
            JsonNode items = r.json.get("items");
            return items == null ? null : new Node(r.file, items);
        }

        /** @return the {@code type}, or "" when not given */
        String type() {
            Node r = resolve();
            JsonNode t = r.json.get("type");
            return t == null ? "" : t.asString();
        }
    }
}
