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

class VerificationRulesTest {

    /** @return an AnalysisTemplate (or ClusterAnalysisTemplate) with the flow-style args */
    private static String template(String kind, String name, String args) {
        return """
                apiVersion: argoproj.io/v1alpha1
                kind: %s
                metadata: {name: %s%s}
                spec:
                  args: %s
                  metrics:
                    - name: check
                      provider:
                        web: {url: "https://example.com/{{args.url}}"}
                """.formatted(kind, name, kind.startsWith("Cluster") ? "" : ", namespace: demo", args);
    }

    /** @return a promotable Stage verified with the flow-style verification */
    private static String verified(String verification, boolean steps) {
        return """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata: {name: test, namespace: demo}
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: app}
                      sources: {direct: true}
                %s  verification: %s
                """.formatted(steps ? "  promotionTemplate: {spec: {steps: [{uses: argocd-update, config: {apps:"
                + " [{name: test}]}}]}}\n" : "", verification);
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> "expected \"" + p + "\" in: " + text);
        }
    }

    @Test
    void missingTemplateIsReportedWithASuggestion() {
        String yaml = docs(warehouse("app"), template("AnalysisTemplate", "smoke-test", "[]"),
                verified("{analysisTemplates: [{name: smoke-tests}]}", true));
        Finding f = single(check(yaml), "KG010");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("spec.verification.analysisTemplates[0].name", f.path().toString());
        assertContains(f.message(), "Stage test is verified with AnalysisTemplate smoke-tests",
                "not in project demo", "did you mean smoke-test?");
        assertEquals(Severity.ERROR, single(check(true, yaml), "KG010").severity());
    }

    @Test
    void missingClusterTemplateIsReported() {
        Finding f = single(check(docs(warehouse("app"), template("AnalysisTemplate", "smoke", "[]"),
                verified("{analysisTemplates: [{name: smoke, kind: ClusterAnalysisTemplate}]}", true))), "KG010");
        assertContains(f.message(), "ClusterAnalysisTemplate smoke, which is not in the set");
    }

    @Test
    void templatesInTheSetAreFound() {
        List<Finding> findings = check(true, docs(warehouse("app"), template("AnalysisTemplate", "smoke", "[]"),
                template("ClusterAnalysisTemplate", "shared", "[]"),
                verified("{analysisTemplates: [{name: smoke}, {name: shared, kind: ClusterAnalysisTemplate}]}",
                        true)));
        assertEquals(List.of(), findings, () -> lines(findings));
    }

    @Test
    void controlFlowStagesAreNotVerifiedSoNotChecked() {
        assertEquals(List.of(), check(true, docs(warehouse("app"),
                verified("{analysisTemplates: [{name: nowhere}], args: [{name: x, value: z}]}", false))));
    }

    @Test
    void argumentWithoutValueThatTheStageDoesNotPassIsReported() {
        List<Finding> findings = check(docs(warehouse("app"),
                template("AnalysisTemplate", "smoke", "[{name: url}, {name: token, valueFrom: {secretKeyRef:"
                        + " {name: s, key: k}}}, {name: org, value: example}]"),
                verified("{analysisTemplates: [{name: smoke}]}", true)));
        Finding f = single(findings, "KG011");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.verification.analysisTemplates[0]", f.path().toString());
        assertContains(f.message(), "AnalysisTemplate smoke needs argument url", "Stage test does not pass it",
                "unresolved argument");
        assertContains(f.hint(), "{name: url, value: ...}");
        assertEquals(1, findings.size(), () -> lines(findings));
    }

    @Test
    void argumentPassedByTheStageOrDefaultedByAnotherTemplateIsFine() {
        assertEquals(List.of(), check(docs(warehouse("app"), template("AnalysisTemplate", "smoke", "[{name: url}]"),
                verified("{analysisTemplates: [{name: smoke}], args: [{name: url, value: x}]}", true))));
        assertEquals(List.of(), check(docs(warehouse("app"), template("AnalysisTemplate", "smoke", "[{name: url}]"),
                template("AnalysisTemplate", "defaults", "[{name: url, value: https://example.com}]"),
                verified("{analysisTemplates: [{name: smoke}, {name: defaults}]}", true))));
    }

    @Test
    void argumentNoTemplateDeclaresIsReported() {
        List<Finding> findings = check(docs(warehouse("app"),
                template("AnalysisTemplate", "smoke", "[{name: url, value: x}]"),
                verified("{analysisTemplates: [{name: smoke}], args: [{name: url, value: a}, {name: endpoint, value:"
                        + " b}]}", true)));
        Finding f = single(findings, "KG012");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("spec.verification.args[1].name", f.path().toString());
        assertContains(f.message(), "Stage test passes verification argument endpoint",
                "none of its analysis templates (smoke) declares it", "silently ignores it");
        assertContains(f.hint(), "(url)");
        assertEquals(1, findings.size(), () -> lines(findings));
    }

    @Test
    void undeclaredArgumentsAreNotJudgedWhileATemplateIsOutsideTheSet() {
        List<Finding> findings = check(docs(warehouse("app"),
                template("AnalysisTemplate", "smoke", "[{name: url, value: x}]"),
                verified("{analysisTemplates: [{name: smoke}, {name: elsewhere}], args: [{name: endpoint, value:"
                        + " b}]}", true)));
        assertEquals("KG010", single(findings, "KG010").code());
        assertEquals(1, findings.size(), () -> lines(findings));
    }
}
