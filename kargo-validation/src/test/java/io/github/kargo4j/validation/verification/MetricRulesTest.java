package io.github.kargo4j.validation.verification;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.kargo4j.validation.verification.Analyses.assertContains;
import static io.github.kargo4j.validation.verification.Analyses.assertNone;
import static io.github.kargo4j.validation.verification.Analyses.check;
import static io.github.kargo4j.validation.verification.Analyses.docs;
import static io.github.kargo4j.validation.verification.Analyses.single;
import static io.github.kargo4j.validation.verification.Analyses.stage;
import static io.github.kargo4j.validation.verification.Analyses.template;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** KV003: what Argo Rollouts' ValidateMetrics and Kargo's template merge reject. */
class MetricRulesTest {

    private static final String WEB = "provider: {web: {url: https://example.com}}";

    private static List<Finding> metric(String fields) {
        return check(template(null, "- name: m\n" + fields.indent(2) + "  " + WEB + "\n"), "KV003");
    }

    @Test
    void atoiReadsLikeGo() {
        assertEquals(Optional.of(5L), MetricRules.atoi("5"));
        assertEquals(Optional.of(5L), MetricRules.atoi("+5"));
        assertEquals(Optional.of(-1L), MetricRules.atoi("-1"));
        assertEquals(Optional.empty(), MetricRules.atoi(" 5"));
        assertEquals(Optional.empty(), MetricRules.atoi("five"));
        assertEquals(Optional.empty(), MetricRules.atoi(""));
        assertEquals(Optional.of(Long.MAX_VALUE), MetricRules.atoi("99999999999999999999"));
    }

    @Test
    void exactlyOneProvider() {
        Finding none = single(check(template(null, "- name: m\n  provider: {}\n"), "KV003"));
        assertEquals(Severity.ERROR, none.severity());
        assertEquals("spec.metrics[0].provider", none.path().toString());
        assertContains(none.message(), "AnalysisTemplate smoke, metric m has no provider", "no provider specified");
        Finding typo = single(check(template(null, "- name: m\n  provider: {promethus: {query: up}}\n"), "KV003"));
        assertContains(typo.message(), "promethus is not a provider Kargo and Argo Rollouts know");
        Finding two = single(check(template(null, "- name: m\n  provider: {web: {url: https://x}, job: {spec:"
                + " {template: {}}}}\n"), "KV003"));
        assertContains(two.message(), "has 2 providers (web, job)", "multiple providers specified");
        Finding plugins = single(check(template(null, "- name: m\n  provider: {plugin: {a/x: {}, b/y: {}}}\n"),
                "KV003"));
        assertContains(plugins.message(), "has 2 providers (plugin; each plugin counts)");
        assertNone(check(template(null, "- name: m\n  provider: {plugin: {argoproj-labs/sample: {q: 1}}}\n"),
                "KV003"));
    }

    @Test
    void limitsOutOfRange() {
        List<Finding> findings = metric("""
                failureLimit: -2
                inconclusiveLimit: -1
                consecutiveErrorLimit: -1
                consecutiveSuccessLimit: -1
                """);
        assertEquals(List.of("spec.metrics[0].failureLimit", "spec.metrics[0].inconclusiveLimit",
                        "spec.metrics[0].consecutiveErrorLimit", "spec.metrics[0].consecutiveSuccessLimit"),
                findings.stream().map(f -> f.path().toString()).toList(), () -> Analyses.lines(findings));
        assertContains(findings.get(0).message(), "failureLimit must be >= 0, or -1 to be disabled",
                "Analysis spec invalid");
    }

    @Test
    void failureAndSuccessLimitsCannotBothBeDisabled() {
        Finding f = single(metric("failureLimit: -1\n"));
        assertContains(f.message(), "failureLimit and consecutiveSuccessLimit cannot both be disabled");
        assertNone(metric("failureLimit: -1\nconsecutiveSuccessLimit: 3\n"));
    }

    @Test
    void countAgainstTheLimits() {
        Finding sum = single(metric("interval: 1m\ncount: 2\nfailureLimit: 3\n"));
        assertEquals("spec.metrics[0].count", sum.path().toString());
        assertContains(sum.message(),
                "count (2) must be >= failureLimit + consecutiveSuccessLimit (3 + 0) if both >= 0");
        assertContains(single(metric("interval: 1m\ncount: 2\nfailureLimit: -1\nconsecutiveSuccessLimit: 3\n"))
                .message(), "count must be >= consecutiveSuccessLimit");
        assertContains(single(metric("interval: 1m\ncount: 2\ninconclusiveLimit: 3\n")).message(),
                "count must be >= inconclusiveLimit");
        assertContains(single(metric("count: 3\n")).message(), "interval must be specified when count > 1");
        assertNone(metric("interval: 1m\ncount: 5\nfailureLimit: 2\nconsecutiveSuccessLimit: 3\n"));
        assertNone(metric("count: 1\n"));
        assertNone(metric("interval: 1m\n"));
    }

    @Test
    void stringsAreReadAsArgoReadsThem() {
        assertNone(metric("interval: 1m\ncount: \"5\"\nfailureLimit: \"2\"\n"));
        Finding f = single(metric("count: five\n"));
        assertEquals("spec.metrics[0].count", f.path().toString());
        assertContains(f.message(), "count \"five\" is not a whole number; Argo Rollouts reads it as 0");
    }

    @Test
    void placeholdersInCountsAndLimitsAreDecidedAtRunTime() {
        assertNone(metric("count: \"{{args.count}}\"\nfailureLimit: \"{{args.failures}}\"\n"));
        assertNone(metric("interval: 1m\ncount: 2\nfailureLimit: \"{{ args.failures }}\"\n"));
    }

    @Test
    void duplicateMetricNames() {
        Finding f = single(check(template(null, "- name: m\n  " + WEB + "\n- name: m\n  " + WEB + "\n"), "KV003"));
        assertEquals("spec.metrics[1].name", f.path().toString());
        assertContains(f.message(), "two metrics named m", "duplicate metric name");
    }

    @Test
    void templateWithoutMetrics() {
        String empty = "apiVersion: argoproj.io/v1alpha1\nkind: AnalysisTemplate\nmetadata: {name: defaults,"
                + " namespace: demo}\nspec:\n  args: [{name: host, value: example.com}]\n";
        assertContains(single(check(empty, "KV003")).message(), "AnalysisTemplate defaults has no metrics",
                "no metrics specified");
        assertNone(check(docs(empty, template(null, "- name: m\n  " + WEB),
                stage("test", "[{name: smoke}, {name: defaults}]")), "KV003"));
    }

    @Test
    void dryRunAndRetentionRulesMustMatchAMetric() {
        String yaml = """
                apiVersion: argoproj.io/v1alpha1
                kind: AnalysisTemplate
                metadata: {name: smoke, namespace: demo}
                spec:
                  dryRun: [{metricName: latency}, {metricName: "err.*"}, {metricName: "err.*"}]
                  measurementRetention: [{metricName: "^errors$", limit: 20}, {metricName: ".*", limit: 5}]
                  metrics:
                    - name: error-rate
                      provider: {web: {url: https://example.com}}
                """;
        List<Finding> findings = check(yaml, "KV003");
        assertEquals(List.of("spec.dryRun[0].metricName", "spec.dryRun[2].metricName",
                        "spec.measurementRetention[0].metricName"),
                findings.stream().map(f -> f.path().toString()).toList(), () -> Analyses.lines(findings));
        assertContains(findings.get(0).message(), "metricName \"latency\" matches no metric (error-rate)",
                "Rule didn't match any metric name(s)");
        assertContains(findings.get(1).message(), "twice", "duplicate dry-run metric name");
    }

    @Test
    void aDryRunRuleMayMatchAMetricOfACompanionTemplate() {
        String smoke = """
                apiVersion: argoproj.io/v1alpha1
                kind: AnalysisTemplate
                metadata: {name: smoke, namespace: demo}
                spec:
                  dryRun: [{metricName: latency}]
                  metrics: [{name: error-rate, provider: {web: {url: https://example.com}}}]
                """;
        String latency = template("AnalysisTemplate", "latency", null, "- name: latency\n  " + WEB);
        assertNone(check(docs(smoke, latency, stage("test", "[{name: smoke}, {name: latency}]")), "KV003"));
        assertContains(single(check(docs(smoke, latency, stage("test", "[{name: smoke}]")), "KV003")).message(),
                "of the templates Stage test names");
    }
}
