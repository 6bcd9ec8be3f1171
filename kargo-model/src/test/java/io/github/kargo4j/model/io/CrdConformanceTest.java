package io.github.kargo4j.model.io;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.testing.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Walks every CRD under {@code ../shared/kargo-crds} (spec and status) and fails if any property has no counterpart
 * in the model, listing each missing JSON path. A free-form JSON tree in the model covers everything below it.
 */
class CrdConformanceTest {

    /**
     * Required in the CRD but optional in the model, on purpose: Kargo's webhooks fill them in, or real manifests
     * omit them and the API server accepts that.
     */
    private static final java.util.Set<String> OPTIONAL_ON_PURPOSE = java.util.Set.of();

    @TestFactory
    Stream<DynamicTest> everyCrdPropertyHasAModelCounterpart() throws IOException {
        Path crds = SharedData.sharedDir().resolve("kargo-crds");
        List<Path> files = new ArrayList<>(ManifestFiles.under(crds));
        assertTrue(files.size() >= 11, "expected the 9 Kargo and 2 Argo Rollouts CRDs, found " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) {
        KargoCodec codec = KargoCodec.create();
        for (Manifest m : codec.read(file)) {
            JsonObject crd = ((GenericResource) m.resource()).content();
            JsonObject spec = crd.get("spec").orElseThrow().asObject();
            String group = spec.getString("group").orElseThrow();
            String kind = spec.get("names").orElseThrow().asObject().getString("kind").orElseThrow();
            for (JsonValue v : spec.get("versions").orElseThrow().asArray().items()) {
                JsonObject version = v.asObject();
                String apiVersion = group + "/" + version.getString("name").orElseThrow();
                Optional<Class<? extends KargoResource>> type = codec.typeOf(apiVersion, kind);
                if (type.isEmpty()) {
                    fail("no model type for " + apiVersion + " " + kind);
                }
                JsonObject schema = version.get("schema").orElseThrow().asObject()
                        .get("openAPIV3Schema").orElseThrow().asObject();
                List<String> missing = new ArrayList<>();
                int[] counted = new int[2];
                walk(schema, Shape.of(type.get()).orElseThrow(), "", missing, counted, true);
                assertTrue(missing.isEmpty(), kind + ": " + missing.size() + " of " + counted[0]
                        + " CRD properties have no counterpart in " + type.get().getSimpleName() + ":\n  "
                        + String.join("\n  ", missing));
                assertTrue(counted[0] > 0, kind + ": no properties walked");
            }
        }
    }

    private static void walk(JsonObject schema, Shape shape, String path, List<String> missing, int[] counted,
                             boolean top) {
        JsonObject props = schema.get("properties").map(JsonValue::asObject).orElse(JsonObject.EMPTY);
        for (int i = 0; i < props.size(); i++) {
            String name = props.keyAt(i);
            if (top && (name.equals("apiVersion") || name.equals("kind"))) {
                continue;
            }
            counted[0]++;
            String childPath = path.isEmpty() ? name : path + "." + name;
            Optional<Shape.Property> p = shape.property(name);
            if (p.isEmpty()) {
                missing.add(childPath);
                continue;
            }
            boolean crdRequired = schema.get("required").map(r -> r.asArray().items().stream()
                    .anyMatch(x -> x.asText().orElse("").equals(name))).orElse(false);
            boolean crdDefault = props.valueAt(i).asObject().containsKey("default");
            boolean modelRequired = p.get().cardinality() == Shape.Cardinality.REQUIRED;
            if (top && name.equals("metadata")) {
                continue;
            }
            if (modelRequired && !crdRequired) {
                missing.add(childPath + " (optional in the CRD, required in the model)");
            } else if (crdRequired && !crdDefault && p.get().cardinality() == Shape.Cardinality.OPTIONAL
                    && !OPTIONAL_ON_PURPOSE.contains(childPath)) {
                missing.add(childPath + " (required in the CRD, optional in the model)");
            }
            if (p.get().freeForm()) {
                continue;
            }
            JsonObject child = props.valueAt(i).asObject();
            String suffix = "";
            if (p.get().cardinality() == Shape.Cardinality.LIST) {
                child = child.get("items").map(JsonValue::asObject).orElse(JsonObject.EMPTY);
                suffix = "[]";
            } else if (p.get().cardinality() == Shape.Cardinality.MAP) {
                child = child.get("additionalProperties").filter(x -> x instanceof JsonObject)
                        .map(JsonValue::asObject).orElse(JsonObject.EMPTY);
                suffix = "{}";
            }
            Optional<Shape> valueShape = p.get().valueShape();
            if (valueShape.isPresent()) {
                walk(child, valueShape.get(), childPath + suffix, missing, counted, false);
            } else if (child.containsKey("properties") && !(child.getOrNull("properties") instanceof JsonArray)) {
                missing.add(childPath + suffix + " (the CRD has an object here; the model has a scalar "
                        + p.get().valueType().getSimpleName() + ")");
            }
        }
    }
}
