package io.github.kargo4j.validation.verification;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.kargo4j.validation.verification.Analyses.assertContains;
import static io.github.kargo4j.validation.verification.Analyses.assertNone;
import static io.github.kargo4j.validation.verification.Analyses.check;
import static io.github.kargo4j.validation.verification.Analyses.docs;
import static io.github.kargo4j.validation.verification.Analyses.single;
import static io.github.kargo4j.validation.verification.Analyses.stage;
import static io.github.kargo4j.validation.verification.Analyses.template;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** KV002: {{ }} placeholders Argo Rollouts cannot resolve. */
class PlaceholderRulesTest {

    private static final String ARGS = "- name: service\n- name: namespace\n  value: demo";

    @Test
    void scannerFindsTagsAsFasttemplateDoes() {
        List<Placeholders.Placeholder> ps = Placeholders.in("a {{args.x}} b {{ args.y }} ${{ vars.z }} {{ end");
        assertEquals(4, ps.size());
        assertEquals("x", ps.get(0).argument().orElseThrow());
        assertEquals("y", ps.get(1).argument().orElseThrow());
        assertTrue(ps.get(2).kargo());
        assertEquals("vars.z", ps.get(2).tag());
        assertFalse(ps.get(3).closed());
        assertEquals("{args.x", Placeholders.in("{{{args.x}}}").get(0).tag());
    }

    @Test
    void undeclaredArgumentInANestedJobFieldIsReportedWithDidYouMean() {
        List<Finding> findings = check(template(ARGS, """
                - name: e2e
                  provider:
                    job:
                      spec:
                        template:
                          spec:
                            restartPolicy: Never
                            containers:
                              - name: e2e
                                image: ghcr.io/example/e2e:1
                                env:
                                  - {name: TARGET, value: "http://{{args.srvice}}.{{args.namespace}}.svc"}
                """), "KV002");
        Finding f = single(findings);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.metrics[0].provider.job.spec.template.spec.containers[0].env[0].value", f.path().toString());
        assertContains(f.message(), "AnalysisTemplate smoke, metric e2e uses {{args.srvice}} in"
                        + " provider.job.spec.template.spec.containers[0].env[0].value",
                "declares no argument srvice (did you mean service?)", "failed to resolve {{args.srvice}}");
        assertContains(f.hint(), "write {{args.service}}");
    }

    @Test
    void placeholdersAreFoundInEveryPartOfAMetric() {
        List<Finding> findings = check(template(ARGS, """
                - name: "m-{{args.a}}"
                  count: "{{args.b}}"
                  successCondition: result == '{{args.c}}'
                  provider:
                    web:
                      url: https://example.com/{{args.d}}
                      headers: [{key: X-Env, value: "{{args.e}}"}]
                      jsonBody: {nested: {deep: ["{{args.f}}"]}, "{{args.g}}": 1}
                """), "KV002");
        assertEquals(List.of("spec.metrics[0].name", "spec.metrics[0].count", "spec.metrics[0].successCondition",
                        "spec.metrics[0].provider.web.url", "spec.metrics[0].provider.web.headers[0].value",
                        "spec.metrics[0].provider.web.jsonBody",
                        "spec.metrics[0].provider.web.jsonBody.nested.deep[0]"),
                findings.stream().map(f -> f.path().toString()).toList(), () -> Analyses.lines(findings));
        assertContains(findings.get(5).message(), "the key \"{{args.g}}\" of provider.web.jsonBody");
    }

    @Test
    void declaredArgumentsWithOrWithoutSpacesAreFine() {
        assertNone(check(template(ARGS, """
                - name: smoke
                  successCondition: result.ns == "{{ args.namespace }}"
                  provider:
                    web: {url: "https://{{args.service}}.{{  args.namespace}}.svc/health"}
                """)));
    }

    @Test
    void anArgumentUsedTwiceIsReportedOnce() {
        Finding f = single(check(template(ARGS, """
                - name: smoke
                  successCondition: result == "{{args.nope}}"
                  provider:
                    web: {url: "https://example.com/{{args.nope}}"}
                """), "KV002"));
        assertEquals("spec.metrics[0].successCondition", f.path().toString());
        assertContains(f.message(), "(and 1 more place)");
    }

    @Test
    void argumentNamesAreCaseSensitive() {
        Finding f = single(check(template(ARGS, "- name: m\n  provider: {web: {url: \"https://{{args.Service}}\"}}"),
                "KV002"));
        assertContains(f.message(), "did you mean service?");
    }

    @Test
    void otherNamespacesDoNotExistInAMetric() {
        Finding f = single(check(template(ARGS, "- name: m\n  provider: {web: {url: \"https://x/{{metrics.m}}\"}}"),
                "KV002"));
        assertContains(f.message(), "holds the placeholder {{metrics.m}}", "resolves only {{args.<name>}}",
                "failed to resolve {{metrics.m}}");
        Finding argsTypo = single(check(template(ARGS,
                "- name: m\n  provider: {web: {url: \"https://x/{{ .args.service }}\"}}"), "KV002"));
        assertContains(argsTypo.hint(), "write {{args.service}}");
    }

    @Test
    void goTemplatesInAJobCommandFailAndTheHintSaysHowToPassThem() {
        Finding f = single(check(template(ARGS, """
                - name: job
                  provider:
                    job:
                      spec:
                        template:
                          spec:
                            restartPolicy: Never
                            containers:
                              - name: c
                                image: bitnami/kubectl
                                command: [kubectl, get, pods, -o,
                                  "go-template={{range .items}}{{.metadata.name}}{{end}}"]
                """), "KV002"));
        assertContains(f.message(), "{{range .items}}");
        assertContains(f.hint(), "argument's value");
    }

    @Test
    void kargoExpressionsAreNotEvaluatedInTemplates() {
        Finding f = single(check(template(ARGS,
                "- name: m\n  provider: {web: {url: \"https://x/${{ vars.host }}\"}}"), "KV002"));
        assertContains(f.message(), "Kargo expression ${{ vars.host }}", "only in a Stage's verification.args");
        assertContains(f.hint(), "value: ${{ vars.host }}");
    }

    @Test
    void unclosedPlaceholderIsReported() {
        Finding f = single(check(template(ARGS,
                "- name: m\n  provider: {web: {url: \"https://x/{{args.service\"}}"), "KV002"));
        assertContains(f.message(), "that no }} closes");
    }

    @Test
    void argumentDeclaredByACompanionTemplateOfEveryStageIsFine() {
        String user = template("AnalysisTemplate", "smoke", null,
                "- name: m\n  provider: {web: {url: \"https://{{args.host}}/health\"}}");
        String defaults = template("AnalysisTemplate", "defaults", "- name: host\n  value: example.com",
                "- name: other\n  provider: {web: {url: \"https://{{args.host}}/other\"}}");
        assertNone(check(docs(user, defaults, stage("test", "[{name: smoke}, {name: defaults}]")), "KV002"));
        // used alone by another Stage: that AnalysisRun cannot resolve it
        Finding f = single(check(docs(user, defaults, stage("test", "[{name: smoke}, {name: defaults}]"),
                stage("prod", "[{name: smoke}]")), "KV002"));
        assertContains(f.message(), "declares no argument host", "Stage prod uses the template without another"
                + " that declares it");
        // not used by any Stage: judged alone
        single(check(docs(user, defaults), "KV002"));
    }

    @Test
    void aCompanionOutsideTheSetMightDeclareIt() {
        String user = template("AnalysisTemplate", "smoke", null,
                "- name: m\n  provider: {web: {url: \"https://{{args.host}}/health\"}}");
        assertNone(check(docs(user, stage("test", "[{name: smoke}, {name: elsewhere}]")), "KV002"));
    }
}
