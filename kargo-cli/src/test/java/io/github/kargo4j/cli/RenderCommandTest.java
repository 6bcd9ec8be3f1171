package io.github.kargo4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderCommandTest {

    static final Path SEED_000 = Path.of("../kargo-examples/src/main/resources/seed-000");
    static final Path GOLDEN = Path.of("src/test/resources/render/seed-000.txt");
    static final String SCANNER = "https://github.com/example-org/security-scanner.git";
    static final String SHA = "9f2c1e4b7a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f";

    @TempDir
    Path dir;

    /** The golden file was checked by hand against the seed's manifests (see docs/render.md). */
    @Test
    void seed000MatchesTheHandCheckedGoldenFile() throws IOException {
        CliRun r = CliRun.run("render", "--commit", SCANNER + "=" + SHA, SEED_000.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        if (Boolean.getBoolean("kargo4j.updateGolden")) {
            Files.writeString(GOLDEN, r.out());
        }
        assertEquals(Files.readString(GOLDEN), r.out());
    }

    @Test
    void jsonAndYamlCarryTheSameRendering() {
        CliRun json = CliRun.run("render", "--format", "json", "--stage", "qa", "--commit", SCANNER + "=" + SHA,
                SEED_000.toString());
        assertEquals(0, json.status(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode qa = root.get("stages").get(0);
        assertEquals("qa", qa.get("stage").asString());
        assertEquals(1, root.get("stages").size());
        JsonNode update = qa.get("steps").get(1);
        assertEquals("update-stack", update.get("alias").asString());
        assertEquals("runs", update.get("decision").asString());
        assertEquals(SHA, update.get("config").get("updates").get(0).get("value").asString());
        assertEquals(SHA, qa.get("verification").get(1).get("value").asString());

        CliRun yaml = CliRun.run("render", "--format", "yaml", "--stage", "kargo-managed-stack/qa", "--commit",
                SCANNER + "=" + SHA, SEED_000.toString());
        assertEquals(0, yaml.status(), yaml.err());
        assertTrue(yaml.out().startsWith("assumptions:\n"), yaml.out());
        assertTrue(yaml.out().contains("message: Update qa to " + SHA), yaml.out());
    }

    @Test
    void userMistakesExitTwoWithOneLineAndNoStackTrace() throws IOException {
        CliRun unknown = CliRun.run("render", "--stage", "prod", SEED_000.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("kargo4j: no Stage named 'prod' in the inputs; Stages: "), unknown.err());

        CliRun badCommit = CliRun.run("render", "--commit", "no-equals-sign", SEED_000.toString());
        assertEquals(2, badCommit.status());
        assertEquals("kargo4j: --commit no-equals-sign: expected REPO=ID\n", badCommit.err());

        Files.writeString(dir.resolve("values.yaml"), "secrets:\n  creds:\n    token: [1, 2]\n");
        CliRun badValues = CliRun.run("render", "--values", dir.resolve("values.yaml").toString(),
                SEED_000.toString());
        assertEquals(2, badValues.status());
        assertEquals("kargo4j: --values: " + dir.resolve("values.yaml") + ":3:12: secrets.creds.token: expected a "
                + "string\n", badValues.err());

        CliRun badOutput = CliRun.run("render", "--step-output", "open-pr", SEED_000.toString());
        assertEquals(2, badOutput.status());
        assertTrue(badOutput.err().startsWith("kargo4j: --step-output open-pr: expected ALIAS.KEY=VALUE"), badOutput.err());

        Files.writeString(dir.resolve("not-freight.yaml"), Files.readString(SEED_000.resolve("02-stage-qa.yaml")));
        CliRun badFreight = CliRun.run("render", "--freight", dir.resolve("not-freight.yaml").toString(),
                SEED_000.toString());
        assertEquals(2, badFreight.status());
        assertTrue(badFreight.err().contains("Stage kargo-managed-stack/qa is not a Freight"), badFreight.err());

        CliRun empty = CliRun.run("render", dir.resolve("values.yaml").getParent().resolve("nothing").toString());
        assertEquals(2, empty.status());
        for (CliRun r : new CliRun[] {unknown, badCommit, badValues, badOutput, badFreight, empty}) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    static final String PIPELINE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata: {name: prod, namespace: demo}
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: app}
                  sources: {direct: true}
              promotionTemplate:
                spec:
                  steps:
                    - uses: git-open-pr
                      as: open-pr
                      config: {token: "${{ secret('gh').token }}", repoURL: "${{ imageFrom('ghcr.io/o/api').Tag }}"}
                    - uses: git-wait-for-pr
                      as: wait
                      if: "${{ outputs['open-pr'].pr.id > 0 }}"
                      config:
                        prNumber: "${{ outputs['open-pr'].pr.id }}"
                        region: "${{ configMap('settings').region }}"
            """;

    @Test
    void valuesAndOutputsAreUsedAndSecretsRedacted() throws IOException {
        Files.writeString(dir.resolve("pipeline.yaml"), PIPELINE);
        Files.writeString(dir.resolve("values.yaml"), """
                secrets:
                  gh: {token: ghp_very_secret}
                configMaps:
                  settings: {region: eu-west-1}
                """);
        Path values = dir.resolve("values.yaml");
        CliRun unknown = CliRun.run("render", "--values", values.toString(), "--image", "ghcr.io/o/api=1.2.3",
                dir.resolve("pipeline.yaml").toString());
        assertEquals(0, unknown.status(), unknown.err());
        assertFalse(unknown.out().contains("ghp_very_secret"), unknown.out());
        assertTrue(unknown.out().contains("token: <redacted>"), unknown.out());
        assertTrue(unknown.out().contains("repoURL: \"1.2.3\""), unknown.out());
        assertTrue(unknown.out().contains("if: ${{ outputs['open-pr'].pr.id > 0 }} -> undecided"), unknown.out());
        assertTrue(unknown.out().contains("prNumber: \"<output of step 'open-pr' (known only when the promotion "
                + "runs): ${{ outputs['open-pr'].pr.id }}>\""), unknown.out());

        CliRun known = CliRun.run("render", "--values", values.toString(), "--image", "ghcr.io/o/api=1.2.3",
                "--step-output", "open-pr.pr={id: 42}", dir.resolve("pipeline.yaml").toString());
        assertEquals(0, known.status(), known.err());
        assertTrue(known.out().contains("if: ${{ outputs['open-pr'].pr.id > 0 }} -> runs"), known.out());
        assertTrue(known.out().contains("prNumber: 42\n"), known.out());
        assertTrue(known.out().contains("region: eu-west-1"), known.out());
    }

    @Test
    void aValueThatFailsToEvaluateExitsOne() throws IOException {
        Files.writeString(dir.resolve("pipeline.yaml"), PIPELINE);
        CliRun r = CliRun.run("render", dir.resolve("pipeline.yaml").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().contains("error: " + dir.resolve("pipeline.yaml") + ":13:"), r.out());
        assertTrue(r.out().contains("imageFrom(\"ghcr.io/o/api\") found nothing in the Freight given"), r.out());
        assertEquals("kargo4j: 1 value fails to evaluate, as the promotion would (see the output)\n", r.err());
    }

    @Test
    void freightFilesGiveTheFreight() throws IOException {
        Files.writeString(dir.resolve("pipeline.yaml"), PIPELINE);
        Files.writeString(dir.resolve("freight.yaml"), """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Freight
                metadata: {name: f1, namespace: demo}
                origin: {kind: Warehouse, name: app}
                images:
                  - {repoURL: ghcr.io/o/api, tag: 2.0.0}
                """);
        CliRun r = CliRun.run("render", "--freight", dir.resolve("freight.yaml").toString(), "--format", "json",
                dir.resolve("pipeline.yaml").toString());
        assertEquals(0, r.status(), r.err());
        JsonNode stage = new ObjectMapper().readTree(r.out()).get("stages").get(0);
        assertEquals("f1", stage.get("freight").get(0).get("name").asString());
        assertEquals("2.0.0", stage.get("steps").get(0).get("config").get("repoURL").asString());
    }
}
