package io.github.kargo4j.schemas;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.steps.Steps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A step's {@code config} is checked against the schema of the step its {@code uses} names. */
class StepConfigSelectionTest {

    private static final String STAGE = "stage-kargo-v1alpha1.json";

    private static JsonObject stage(String step) {
        String yaml = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: dev
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: w}
                      sources: {direct: true}
                  promotionTemplate:
                    spec:
                      steps:
                """ + step.indent(8);
        return KargoCodec.create().read(yaml, "stage.yaml").get(0).tree();
    }

    private static List<String> errors(String step) {
        return GeneratedSchemas.validate(STAGE, stage(step));
    }

    private static void assertOneErrorAt(String location, String step) {
        List<String> errors = errors(step);
        assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.startsWith(location)),
                "expected errors at " + location + ", got " + errors);
    }

    @Test
    void aValidBuiltInStepConfigPasses() {
        assertEquals(List.of(), errors("""
                - uses: git-clone
                  config:
                    repoURL: https://github.com/acme/manifests.git
                    checkout: [{branch: main, path: ./out}]
                    insecureSkipTLSVerify: ${{ vars.insecure }}
                """));
    }

    @Test
    void aMisspelledConfigKeyFails() {
        assertOneErrorAt("/spec/promotionTemplate/spec/steps/0/config", """
                - uses: git-clone
                  config:
                    repoUrl: https://github.com/acme/manifests.git
                    checkout: [{branch: main, path: ./out}]
                """);
    }

    @Test
    void aMissingRequiredConfigKeyFails() {
        assertOneErrorAt("/spec/promotionTemplate/spec/steps/0/config", """
                - uses: git-push
                  config: {targetBranch: main}
                """);
    }

    @Test
    void aBooleanTakesABooleanOrAnExpressionButNotTheWordTrue() {
        assertOneErrorAt("/spec/promotionTemplate/spec/steps/0/config/insecureSkipTLSVerify", """
                - uses: git-clone
                  config:
                    repoURL: https://github.com/acme/manifests.git
                    checkout: [{branch: main, path: ./out}]
                    insecureSkipTLSVerify: "true"
                """);
    }

    @Test
    void allowedValuesAreAnEnumUnlessTheValueIsAnExpression() {
        String wait = """
                - uses: argocd-wait
                  config:
                    apps:
                      - name: app
                        waitFor: [%s]
                """;
        assertEquals(List.of(), errors(wait.formatted("health, '${{ vars.what }}'")));
        assertOneErrorAt("/spec/promotionTemplate/spec/steps/0/config/apps/0/waitFor/0",
                wait.formatted("healthy"));
    }

    @Test
    void exactlyOneOfTwoKeysIsAOneOfWhenPresenceIsTheKeys() {
        assertEquals(List.of(), errors("- uses: delete\n  config: {path: ./out}\n"));
        assertEquals(List.of(), errors("- uses: delete\n  config: {paths: [./a, ./b]}\n"));
        assertOneErrorAt("/spec/promotionTemplate/spec/steps/0/config",
                "- uses: delete\n  config: {path: ./out, paths: [./a]}\n");
        assertOneErrorAt("/spec/promotionTemplate/spec/steps/0/config", "- uses: delete\n  config: {strict: true}\n");
    }

    @Test
    void aCustomStepKeepsAFreeFormConfig() {
        assertEquals(List.of(), errors("""
                - uses: acme-notify
                  config: {channel: '#deploys', anything: [1, 2, {deep: true}]}
                """));
    }

    @Test
    void promotionTaskStepsAreSelectedTheSameWay() {
        String task = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: PromotionTask
                metadata: {name: t, namespace: demo}
                spec:
                  steps:
                    - uses: git-commit
                      config: {path: ./out, mesage: typo}
                """;
        JsonObject tree = KargoCodec.create().read(task, "task.yaml").get(0).tree();
        List<String> errors = GeneratedSchemas.validate("promotiontask-kargo-v1alpha1.json", tree);
        assertTrue(!errors.isEmpty() && errors.stream().allMatch(e -> e.startsWith("/spec/steps/0/config")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("mesage")), errors.toString());
        assertEquals(errors, GeneratedSchemas.validate("kargo.json", tree));
    }

    /** The root properties of each step match those of Kargo's own step schema (read only by this test). */
    @Test
    void stepPropertiesMatchKargosStepSchemas() throws Exception {
        String prop = System.getProperty("kargo4j.shared");
        Path dir = (prop != null ? Path.of(prop) : Path.of("..", "..", "shared"))
                .resolve("kargo-schemas").resolve("promotion-steps");
        Assumptions.assumeTrue(Files.isDirectory(dir),
                "../shared/kargo-schemas/promotion-steps (Kargo's step schemas) is not beside this clone");
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode defs = mapper.readTree(GeneratedSchemas.FILES.get(STAGE)).get("definitions");
        int compared = 0;
        for (String step : Steps.builtIn().keySet()) {
            Path kargo = dir.resolve(step + "-config.json");
            JsonNode ours = defs.get("step-" + step);
            if (!Files.exists(kargo) || !ours.has("properties")) {
                continue;
            }
            JsonNode theirs = mapper.readTree(kargo.toFile());
            TreeSet<String> expected = new TreeSet<>();
            if (theirs.has("properties")) {
                theirs.get("properties").propertyNames().forEach(expected::add);
            }
            TreeSet<String> actual = new TreeSet<>();
            ours.get("properties").propertyNames().forEach(actual::add);
            assertEquals(expected, actual, step);
            compared++;
        }
        assertTrue(compared > 25, "compared " + compared + " steps");
    }
}
