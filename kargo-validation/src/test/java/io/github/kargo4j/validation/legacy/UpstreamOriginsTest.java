package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.StageSpec;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.admission.TestValidation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replacement of {@code upstreamStages} names the origin Warehouses found by walking upstream. */
class UpstreamOriginsTest {

    private static String stage(String name, String subscriptions) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: %s, namespace: demo}
                spec:
                  subscriptions: %s
                ---
                """.formatted(name, subscriptions);
    }

    private static String hintOf(String yaml, String stage) {
        List<Finding> found = TestValidation.findings(yaml, "KL002").stream()
                .filter(f -> f.resource().name().equals(stage)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0).hint();
    }

    @Test
    void splitsOneRequestPerOrigin() {
        String yaml = stage("a", "{warehouse: w1}") + stage("b", "{warehouse: w2}")
                + """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: c, namespace: demo}
                spec:
                  requestedFreight:
                  - {origin: {kind: Warehouse, name: w1}, sources: {direct: true}}
                  - {origin: {kind: Warehouse, name: w3}, sources: {direct: true}}
                ---
                """
                + stage("fan-in", "{upstreamStages: [{name: a}, {name: b}, {name: c}]}");
        assertTrue(hintOf(yaml, "fan-in").contains("[{origin: {kind: Warehouse, name: w1}, sources: {stages: [a, c]}}, "
                + "{origin: {kind: Warehouse, name: w2}, sources: {stages: [b]}}, {origin: {kind: Warehouse, name: w3}, "
                + "sources: {stages: [c]}}]"), hintOf(yaml, "fan-in"));
    }

    @Test
    void namesUpstreamStagesWhoseOriginIsUnknown() {
        String yaml = stage("b", "{upstreamStages: [{name: elsewhere}]}");
        String hint = hintOf(yaml, "b");
        assertTrue(hint.contains("{origin: {kind: Warehouse, name: <warehouse>}, sources: {stages: [elsewhere]}}")
                && hint.contains("the origin Warehouse of upstream Stage \"elsewhere\" is unknown (upstream Stage "
                + "\"elsewhere\" is not in the files read"), hint);
    }

    @Test
    void cyclesTerminate() {
        String yaml = stage("a", "{upstreamStages: [{name: b}]}") + stage("b", "{upstreamStages: [{name: a}]}")
                + stage("c", "{upstreamStages: [{name: a}]}");
        assertEquals(3, TestValidation.findings(yaml, "KL002").size());
        assertTrue(hintOf(yaml, "c").contains("name: <warehouse>"), hintOf(yaml, "c"));
    }

    @Test
    void walksAHundredThousandStageChainWithoutRecursion() {
        int n = 100_000;
        Map<String, Stage> stages = new LinkedHashMap<>();
        List<Stage> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonObject subs = i == 0 ? JsonObject.of("warehouse", "root")
                    : JsonObject.of("upstreamStages", JsonArray.of(JsonObject.of("name", "s" + (i - 1))));
            Stage s = Stage.builder().metadata(ObjectMeta.of("demo", "s" + i))
                    .spec(StageSpec.builder().unknownFields(JsonObject.of("subscriptions", subs)).build()).build();
            all.add(s);
            stages.put(s.name(), s);
        }
        StageLegacyCheck.Origins origins = new StageLegacyCheck.Origins(stages);
        assertEquals(Set.of("root"), origins.of("s" + (n - 1)));
        assertEquals(Set.of("root"), origins.of("s" + (n / 2)));
        assertEquals("s99999 -> s99998 -> s99997 -> s99996 -> s99995 -> s99994 -> s99993 -> s99992 -> s99991 -> "
                + "s99990 -> s99989 -> s99988 -> s99987 -> s99986 -> s99985 -> s99984 -> ... (Warehouse root)",
                origins.walk("s" + (n - 1), "root"), "the walk shown is bounded, so n Stages cost O(n)");
        List<Finding> findings = PipelineValidator.create().validateResources(List.of(all.get(n - 1), all.get(n - 2)))
                .withCodes("KL002").findings();
        assertEquals(2, findings.size());
    }
}
