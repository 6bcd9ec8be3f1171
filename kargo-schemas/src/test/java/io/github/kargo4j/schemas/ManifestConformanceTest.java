package io.github.kargo4j.schemas;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every manifest in the repository that kargo4j reads and validates without an error also passes the generated
 * schemas; and a handful of broken ones do not.
 */
class ManifestConformanceTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path SEED_STAGE = REPOSITORY.resolve("kargo-examples/src/main/resources/seed-000/02-stage-dev.yaml");

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(REPOSITORY)) {
            return walk.filter(p -> {
                String s = p.toString().replace('\\', '/');
                return (s.endsWith(".yaml") || s.endsWith(".yml")) && s.contains("/src/")
                        && !s.contains("/target/") && !s.contains("/node_modules/");
            }).sorted().toList();
        }
    }

    @Test
    void everyCleanManifestOfTheRepositoryPassesTheSchemas() throws IOException {
        KargoCodec codec = KargoCodec.create();
        PipelineValidator validator = PipelineValidator.builder().build();
        List<String> failures = new ArrayList<>();
        int files = 0;
        int manifests = 0;
        for (Path file : yamlFiles()) {
            ReadResult read;
            try {
                read = codec.readAll(file);
            } catch (RuntimeException e) {
                continue; // not a manifest file kargo4j reads (test vectors of other formats)
            }
            if (!read.isClean() || read.manifests().isEmpty()) {
                continue;
            }
            Report report = validator.validate(read);
            if (!report.isValid()) {
                continue;
            }
            files++;
            for (Manifest m : read.manifests()) {
                String schema = KargoSchemas.fileName(m.resource().apiVersion(), m.resource().kind());
                if (!m.fits() || !GeneratedSchemas.FILES.containsKey(schema)) {
                    continue; // kinds the model does not type (ConfigMap) have no schema
                }
                manifests++;
                for (String error : GeneratedSchemas.validate(schema, m.tree())) {
                    failures.add(file + " " + m.resource().kind() + "/" + m.resource().name() + ": " + error);
                }
                for (String error : GeneratedSchemas.validate(SchemaGenerator.INDEX, m.tree())) {
                    failures.add(file + " (kargo.json) " + m.resource().kind() + ": " + error);
                }
            }
        }
        assertTrue(files >= 20 && manifests >= 50, files + " files, " + manifests + " manifests");
        assertEquals(List.of(), failures, failures.size() + " failures in " + manifests + " manifests");
    }

    private static JsonObject seedStage() {
        return KargoCodec.create().readAll(SEED_STAGE).orThrow().get(0).tree();
    }

    private static JsonObject spec(JsonObject stage) {
        return (JsonObject) stage.get("spec").orElseThrow();
    }

    @Test
    void theSeedStagePasses() {
        assertEquals(List.of(), GeneratedSchemas.validate("kargo.json", seedStage()));
    }

    @Test
    void brokenManifestsFail() {
        JsonObject stage = seedStage();
        List<JsonObject> broken = List.of(
                stage.without("spec"),
                stage.with("spec", spec(stage).with("requestedFreigth", JsonArray.EMPTY)),
                stage.with("spec", spec(stage).with("requestedFreight", JsonArray.EMPTY)),
                stage.with("spec", spec(stage).with("shard", JsonObject.EMPTY)),
                stage.with("metadata", JsonObject.of("namespace", "demo")),
                stage.with("kind", io.github.kargo4j.model.json.JsonValue.of("Stages")).with("apiVersion",
                        io.github.kargo4j.model.json.JsonValue.of("kargo.akuity.io/v1alpha1")));
        for (int i = 0; i < broken.size() - 1; i++) {
            assertFalse(GeneratedSchemas.validate("stage-kargo-v1alpha1.json", broken.get(i)).isEmpty(), "case " + i);
            assertFalse(GeneratedSchemas.validate("kargo.json", broken.get(i)).isEmpty(), "case " + i);
        }
        // an unknown kind is not checked by the index, but fails the Stage schema
        assertEquals(List.of(), GeneratedSchemas.validate("kargo.json", broken.get(broken.size() - 1)));
        assertFalse(GeneratedSchemas.validate("stage-kargo-v1alpha1.json", broken.get(broken.size() - 1)).isEmpty());
    }

    @Test
    void anOpenEnumTakesItsKnownValuesAndAnyStringButAPatternTheModelPinsDoesNot() {
        KargoCodec codec = KargoCodec.create();
        String template = """
                apiVersion: argoproj.io/v1alpha1
                kind: AnalysisTemplate
                metadata: {name: a, namespace: demo}
                spec:
                  metrics:
                    - name: m
                      provider:
                        web: {url: 'https://example.com/health', method: %s}
                """;
        for (String method : List.of("GET", "PROPFIND")) {
            JsonObject tree = codec.read(template.formatted(method), "a.yaml").get(0).tree();
            assertEquals(List.of(), GeneratedSchemas.validate("kargo.json", tree), method);
        }
        String warehouse = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Warehouse
                metadata: {name: w, namespace: demo}
                spec:
                  freightCreationPolicy: %s
                  subscriptions:
                    - image: {repoURL: ghcr.io/acme/app}
                """;
        JsonObject ok = codec.read(warehouse.formatted("Manual"), "w.yaml").get(0).tree();
        assertEquals(List.of(), GeneratedSchemas.validate("kargo.json", ok));
        JsonObject bad = codec.read(warehouse.formatted("Sometimes"), "w.yaml").get(0).tree();
        List<String> errors = GeneratedSchemas.validate("kargo.json", bad);
        assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.startsWith("/spec/freightCreationPolicy")),
                errors.toString());
    }
}
