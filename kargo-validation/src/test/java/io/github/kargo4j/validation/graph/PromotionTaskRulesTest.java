package io.github.kargo4j.validation.graph;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.kargo4j.validation.graph.Graphs.check;
import static io.github.kargo4j.validation.graph.Graphs.docs;
import static io.github.kargo4j.validation.graph.Graphs.lines;
import static io.github.kargo4j.validation.graph.Graphs.single;
import static io.github.kargo4j.validation.graph.Graphs.warehouse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionTaskRulesTest {

    /** @return a (Cluster)PromotionTask with the flow-style vars */
    private static String task(String kind, String name, String vars) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: %s
                metadata: {name: %s%s}
                spec:
                  vars: %s
                  steps:
                    - uses: argocd-update
                      config: {apps: [{name: "${{ vars.app }}"}]}
                """.formatted(kind, name, kind.startsWith("Cluster") ? "" : ", namespace: demo", vars);
    }

    /** @return a Stage whose template has the stage vars, template vars and steps given in flow style */
    private static String stage(String stageVars, String templateVars, String steps) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: test, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {direct: true}
                  vars: %s
                  promotionTemplate:
                    spec:
                      vars: %s
                      steps: %s
                """.formatted(stageVars, templateVars, steps);
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> "expected \"" + p + "\" in: " + text);
        }
    }

    @Test
    void missingTaskIsReportedWithASuggestion() {
        String yaml = docs(warehouse("app"), task("PromotionTask", "update-app", "[]"),
                stage("[]", "[]", "[{uses: git-clone}, {task: {name: update-apps}, as: update}]"));
        Finding f = single(check(yaml), "KG013");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[1].task.name", f.path().toString());
        assertContains(f.message(), "Step update of Stage test runs PromotionTask update-apps",
                "not in project demo", "did you mean update-app?");
        assertEquals(Severity.ERROR, single(check(true, yaml), "KG013").severity());
    }

    @Test
    void missingClusterTaskIsReported() {
        Finding f = single(check(docs(warehouse("app"), task("PromotionTask", "shared", "[]"),
                stage("[]", "[]", "[{task: {name: shared, kind: ClusterPromotionTask}}]"))), "KG013");
        assertContains(f.message(), "Step task-1 of Stage test runs ClusterPromotionTask shared, which is not in"
                + " the set");
    }

    @Test
    void tasksInTheSetAreFound() {
        assertEquals(List.of(), check(true, docs(warehouse("app"), task("PromotionTask", "local", "[]"),
                task("ClusterPromotionTask", "shared", "[]"),
                stage("[]", "[]", "[{task: {name: local}}, {task: {name: shared, kind: ClusterPromotionTask}}]"))));
    }

    @Test
    void requiredTaskVariableTheStepDoesNotSetIsReported() {
        List<Finding> findings = check(docs(warehouse("app"),
                task("PromotionTask", "update-app", "[{name: app}, {name: branch, value: main}, {name: empty,"
                        + " value: ''}]"),
                stage("[]", "[]", "[{task: {name: update-app}, vars: [{name: app, value: ''}, {name: empty,"
                        + " value: x}]}]")));
        Finding f = single(findings, "KG014");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.promotionTemplate.spec.steps[0].vars", f.path().toString());
        assertContains(f.message(), "PromotionTask update-app needs variable app (it has no default)",
                "step task-1 of Stage test does not set it", "missing value for variable \"app\"");
        assertContains(f.hint(), "an empty value does not count");
        assertEquals(1, findings.size(), () -> lines(findings));
    }

    @Test
    void requiredTaskVariableSetByTheStepTheStageOrTheTemplateIsFine() {
        String task = task("PromotionTask", "update-app", "[{name: app}]");
        assertEquals(List.of(), check(docs(warehouse("app"), task,
                stage("[]", "[]", "[{task: {name: update-app}, vars: [{name: app, value: x}]}]"))));
        assertEquals(List.of(), check(docs(warehouse("app"), task,
                stage("[{name: app, value: x}]", "[]", "[{task: {name: update-app}}]"))));
        assertEquals(List.of(), check(docs(warehouse("app"), task,
                stage("[]", "[{name: app, value: x}]", "[{task: {name: update-app}}]"))));
    }
}
