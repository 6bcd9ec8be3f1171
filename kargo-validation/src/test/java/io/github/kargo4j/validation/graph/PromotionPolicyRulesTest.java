package io.github.kargo4j.validation.graph;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.kargo4j.validation.graph.Graphs.check;
import static io.github.kargo4j.validation.graph.Graphs.docs;
import static io.github.kargo4j.validation.graph.Graphs.lines;
import static io.github.kargo4j.validation.graph.Graphs.single;
import static io.github.kargo4j.validation.graph.Graphs.stage;
import static io.github.kargo4j.validation.graph.Graphs.warehouse;
import static io.github.kargo4j.validation.graph.Graphs.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionPolicyRulesTest {

    /** @param policies flow-style policy objects, one per list item */
    private static String config(String... policies) {
        StringBuilder sb = new StringBuilder("""
                apiVersion: kargo.akuity.io/v1alpha1
                kind: ProjectConfig
                metadata: {name: demo, namespace: demo}
                spec:
                  promotionPolicies:
                """);
        for (String p : policies) {
            sb.append("    - ").append(p).append('\n');
        }
        return sb.toString();
    }

    private static final String PIPELINE = docs(warehouse("app"),
            stage("test", "app: {direct: true}"),
            stage("uat", "app: {stages: [test]}"),
            stage("prod", "app: {stages: [uat]}"));

    private static String labelled(String name, String label) {
        return stage(name, "app: {direct: true}").replace("namespace: demo}", "namespace: demo, labels: {" + label
                + "}}");
    }

    private static void assertContains(String text, String... parts) {
        for (String p : parts) {
            assertTrue(text.contains(p), () -> "expected \"" + p + "\" in: " + text);
        }
    }

    @Test
    void policyNamingNoStageIsReportedWithASuggestion() {
        List<Finding> findings = check(docs(PIPELINE,
                config("{stageSelector: {name: test}, autoPromotionEnabled: true}",
                        "{stageSelector: {name: udat}, autoPromotionEnabled: true}")));
        Finding f = single(findings, "KG007");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("ProjectConfig demo/demo", f.resource().toString());
        assertEquals("spec.promotionPolicies[1].stageSelector", f.path().toString());
        assertContains(f.message(), "promotionPolicies[1] (stageSelector name udat) selects no Stage of project demo",
                "did you mean uat?", "autoPromotionEnabled: true has no effect");
        assertContains(f.hint(), "prod, test and uat");
        assertEquals(1, findings.size(), () -> lines(findings));
    }

    @Test
    void patternAndLabelPoliciesThatSelectStagesAreFine() {
        List<Finding> findings = check(docs(warehouse("app"), labelled("eu-prod", "tier: prod"),
                labelled("us-prod", "tier: prod"), labelled("test", "tier: test"),
                config("{stageSelector: {name: 'regex:^eu-'}, autoPromotionEnabled: false}",
                        "{stageSelector: {matchLabels: {tier: prod}}, autoPromotionEnabled: true}",
                        "{stage: test, autoPromotionEnabled: true}")));
        assertEquals(List.of(), findings, () -> lines(findings));
    }

    @Test
    void deprecatedStageFieldNamingNoStageIsReportedThere() {
        Finding f = single(check(docs(PIPELINE, config("{stage: qa}"))), "KG007");
        assertEquals("spec.promotionPolicies[0].stage", f.path().toString());
        assertContains(f.message(), "promotionPolicies[0] (stage qa) selects no Stage");
    }

    @Test
    void policiesAreNotJudgedWithoutAnyStageInAPartialSet() {
        assertEquals(List.of(), check(config("{stageSelector: {name: prod}}")));
        assertEquals("KG007", single(check(true, config("{stageSelector: {name: prod}}")), "KG007").code());
    }

    @Test
    void policyAfterABroaderOneIsShadowed() {
        List<Finding> findings = check(docs(PIPELINE,
                config("{stageSelector: {name: 'glob:*'}, autoPromotionEnabled: true}",
                        "{stageSelector: {name: prod}, autoPromotionEnabled: false}")));
        Finding f = single(findings, "KG008");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("spec.promotionPolicies[1]", f.path().toString());
        assertContains(f.message(), "promotionPolicies[1] (stageSelector name prod) never applies",
                "every Stage it selects (prod) is already selected by promotionPolicies[0] (stageSelector name glob:*)",
                "first policy that matches", "autoPromotionEnabled: false is ignored");
        assertEquals(1, findings.size(), () -> lines(findings));
    }

    @Test
    void policyAfterAnEmptySelectorIsShadowedEvenWithoutMatchingStages() {
        List<Finding> findings = check(docs(PIPELINE,
                config("{stageSelector: {}, autoPromotionEnabled: true}", "{stageSelector: {name: qa}}")));
        Finding f = single(findings, "KG008");
        assertContains(f.message(), "comes after promotionPolicies[0] (empty stageSelector, which matches every Stage)");
        assertEquals(List.of(), withCode(findings, "KG007"), () -> lines(findings));
    }

    @Test
    void duplicateSelectorIsShadowed() {
        Finding f = single(check(docs(PIPELINE,
                config("{stageSelector: {name: uat}}", "{stageSelector: {name: uat}, autoPromotionEnabled: true}"))),
                "KG008");
        assertContains(f.message(), "with the same selector");
    }

    @Test
    void narrowPolicyBeforeABroadOneIsFine() {
        List<Finding> findings = check(docs(PIPELINE,
                config("{stageSelector: {name: prod}, autoPromotionEnabled: false}",
                        "{stageSelector: {name: 'glob:*'}, autoPromotionEnabled: true}")));
        assertEquals(List.of(), findings, () -> lines(findings));
    }

    @Test
    void invalidSelectorsAreLeftToOtherRules() {
        List<Finding> findings = check(docs(PIPELINE,
                config("{stageSelector: {name: 'regex:('}}", "{stageSelector: {name: 'foo:bar'}}",
                        "{stageSelector: {matchExpressions: [{key: tier, operator: Near}]}}")));
        assertEquals(List.of(), findings, () -> lines(findings));
    }

    private static final String FAN_IN = docs(warehouse("app"),
            stage("eu", "app: {direct: true}"),
            stage("us", "app: {direct: true}"),
            """
            apiVersion: kargo.akuity.io/v1alpha1
            kind: Stage
            metadata: {name: prod, namespace: demo}
            spec:
              requestedFreight:
                - origin: {kind: Warehouse, name: app}
                  sources: SOURCES
              promotionTemplate:
                spec:
                  steps:
                    - uses: argocd-update
                      config: {apps: [{name: prod}]}
            """);

    @Test
    void autoPromotionFromAnyOfSeveralUpstreamsIsAmbiguous() {
        List<Finding> findings = check(docs(FAN_IN.replace("SOURCES", "{stages: [eu, us]}"),
                config("{stageSelector: {name: 'glob:*'}, autoPromotionEnabled: true}")));
        Finding f = single(findings, "KG009");
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Stage demo/prod", f.resource().toString());
        assertEquals("spec.requestedFreight[0].sources", f.path().toString());
        assertContains(f.message(), "Stage prod auto-promotes", "upstream Stages eu and us",
                "availabilityStrategy OneOf, selectionPolicy NewestFreight", "whichever upstream verifies");
        assertContains(f.hint(), "availabilityStrategy: All");
        assertEquals(1, findings.size(), () -> lines(findings));
    }

    @Test
    void allStrategyManualPromotionAndControlFlowStagesAreNotAmbiguous() {
        String auto = config("{stageSelector: {name: 'glob:*'}, autoPromotionEnabled: true}");
        assertEquals(List.of(), check(docs(FAN_IN.replace("SOURCES", "{stages: [eu, us], availabilityStrategy: All}"),
                auto)));
        assertEquals(List.of(), check(docs(FAN_IN.replace("SOURCES", "{stages: [eu, us]}"),
                config("{stageSelector: {name: 'glob:*'}, autoPromotionEnabled: false}"))));
        assertEquals(List.of(), check(docs(FAN_IN.replace("SOURCES", "{stages: [eu, us]}"))));
        assertEquals(List.of(), check(docs(warehouse("app"), stage("eu", "app: {direct: true}"),
                stage("us", "app: {direct: true}"), stage("junction", "app: {stages: [eu, us]}"), auto)));
    }
}
