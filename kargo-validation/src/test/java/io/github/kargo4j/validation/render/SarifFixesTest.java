package io.github.kargo4j.validation.render;

import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.migrate.MigrationPlan;
import io.github.kargo4j.validation.migrate.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF {@code fixes}: the replacements, applied to the file, give exactly what {@code migrate} writes. */
class SarifFixesTest {

    private static final String STAGE = """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata:
              name: dev      # the first Stage
              namespace: demo
            spec:
              requestedFreight:
              - origin: {kind: Warehouse, name: app}
                sources: {direct: true}
              promotionTemplate:
                spec:
                  steps:
                  - uses: yaml-update
                    as: bump-é
                    config: {path: ./out/values.yaml, updates: [{key: image.tag, value: v1}]}
                  - uses: git-commit
                    config:
                      path: ./out
                      messageFromSteps: [bump-é]   # résumé of the bump
                  - uses: git-open-pr
                    config:
                      repoURL: https://github.com/example/deploy.git
                      sourceBranch: env/dev
                      targetBranch: main
                      createTargetBranch: true
            """;

    @TempDir
    Path dir;

    @Test
    void theReplacementsOfEveryFixAreWhatMigrateWrites() throws IOException {
        Path file = dir.resolve("stage.yaml");
        Files.writeString(file, STAGE.replace("\n", "\r\n"));
        Report report = PipelineValidator.create().validate(file);
        String sarif = SarifRenderer.builder().build().render(report);
        assertEquals(List.of(), SarifRendererTest.schemaErrors(sarif), sarif);
        List<JsonNode> replacements = new ArrayList<>();
        int fixes = 0;
        for (JsonNode result : JsonMapper.builder().build().readTree(sarif).get("runs").get(0).get("results")) {
            if (result.has("fixes")) {
                fixes++;
                JsonNode change = result.get("fixes").get(0).get("artifactChanges").get(0);
                assertTrue(change.get("artifactLocation").get("uri").asString().endsWith("stage.yaml"));
                change.get("replacements").forEach(replacements::add);
            }
        }
        assertEquals(2, fixes, sarif);
        String patched = apply(Files.readString(file), replacements);
        MigrationPlan plan = Migrator.create().plan(List.of(file));
        assertEquals(1, plan.files().size());
        assertEquals(plan.files().get(0).after(), patched);
        assertFalse(patched.contains("messageFromSteps") || patched.contains("createTargetBranch"), patched);
    }

    /** Applies SARIF replacements (1-based lines, code point columns), last first. */
    private static String apply(String text, List<JsonNode> replacements) {
        List<int[]> ranges = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode r : replacements) {
            JsonNode d = r.get("deletedRegion");
            ranges.add(new int[] {offset(text, d.get("startLine").asInt(), d.get("startColumn").asInt()),
                offset(text, d.get("endLine").asInt(), d.get("endColumn").asInt())});
            texts.add(r.get("insertedContent").get("text").asString());
        }
        StringBuilder sb = new StringBuilder(text);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(ranges.get(b)[0], ranges.get(a)[0]));
        for (int i : order) {
            sb.replace(ranges.get(i)[0], ranges.get(i)[1], texts.get(i));
        }
        return sb.toString();
    }

    private static int offset(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            start = text.indexOf('\n', start) + 1;
        }
        return text.offsetByCodePoints(start, column - 1);
    }
}
