package io.github.kargo4j.validation.verification;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.kargo4j.validation.verification.Analyses.assertContains;
import static io.github.kargo4j.validation.verification.Analyses.assertNone;
import static io.github.kargo4j.validation.verification.Analyses.check;
import static io.github.kargo4j.validation.verification.Analyses.single;
import static io.github.kargo4j.validation.verification.Analyses.template;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** KV004 and KV005: the web, prometheus and job providers. */
class ProviderRulesTest {

    private static List<Finding> provider(String provider, String code) {
        return check(template("- name: host\n- name: secret", "- name: m\n  provider:\n" + provider.indent(4)),
                code);
    }

    @Test
    void webUrlNeedsAnHttpScheme() {
        Finding f = single(provider("web: {url: example.com/health}", "KV004"));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("spec.metrics[0].provider.web.url", f.path().toString());
        assertContains(f.message(), "does not start with http:// or https://", "unsupported protocol scheme \\\"\\\"");
        assertContains(f.hint(), "https://example.com/health");
        assertContains(single(provider("web: {url: \"localhost:8080/x\"}", "KV004")).message(),
                "unsupported protocol scheme \\\"localhost\\\"");
        assertNone(provider("web: {url: HTTPS://example.com}", "KV004"));
        assertNone(provider("web: {url: \"{{args.host}}/health\"}", "KV004"));
        assertNone(provider("web: {url: \"https://{{args.host}}/health\"}", "KV004"));
    }

    @Test
    void bodiesGoWithPostOrPutAndNotBothKinds() {
        Finding get = single(provider("web: {url: https://x, body: '{}'}", "KV004"));
        assertEquals("spec.metrics[0].provider.web.body", get.path().toString());
        assertContains(get.message(), "the default method GET", "Body/JSONBody can only be used with POST or PUT");
        assertContains(get.hint(), "method: POST");
        assertContains(single(provider("web: {url: https://x, method: GET, jsonBody: {a: 1}}", "KV004")).message(),
                "sends a jsonBody with method GET");
        assertContains(single(provider("web: {url: https://x, method: POST, body: x, jsonBody: {a: 1}}", "KV004"))
                .message(), "both body and jsonBody", "use either Body or JSONBody");
        assertNone(provider("web: {url: https://x, method: PUT, jsonBody: {a: \"{{args.host}}\"}}", "KV004"));
        assertNone(provider("web: {url: https://x, method: \"{{args.host}}\", body: x}", "KV004"));
        assertNone(provider("web: {url: https://x, body: \"\"}", "KV004"));
    }

    @Test
    void methods() {
        Finding invalid = single(provider("web: {url: https://x, method: \"GET /\"}", "KV004"));
        assertContains(invalid.message(), "is not an HTTP method", "net/http: invalid method \"GET /\"");
        Finding lower = single(provider("web: {url: https://x, method: post}", "KV005"));
        assertEquals(Severity.WARNING, lower.severity());
        assertEquals("spec.metrics[0].provider.web.method", lower.path().toString());
        assertContains(lower.message(), "web.method \"post\" is not one of the methods Argo Rollouts documents");
        assertEquals("write POST", lower.hint());
        assertEquals("use GET, POST or PUT", single(provider("web: {url: https://x, method: FETCH}", "KV005")).hint());
        assertNone(provider("web: {url: https://x, method: DELETE}", "KV005"));
        assertNone(provider("web: {url: https://x, method: PUT}", "KV005"));
    }

    @Test
    void jsonPathNeedsBraces() {
        Finding literal = single(provider("web: {url: https://x, jsonPath: $.data.ok}", "KV004"));
        assertEquals("spec.metrics[0].provider.web.jsonPath", literal.path().toString());
        assertContains(literal.message(), "has no {...}", "always the text \"$.data.ok\"");
        assertContains(literal.hint(), "\"{$.data.ok}\"");
        assertContains(single(provider("web: {url: https://x, jsonPath: \"{$.data\"}", "KV004")).message(),
                "unclosed action");
        assertNone(provider("web: {url: https://x, jsonPath: \"{$.data.items[0].ok}\"}", "KV004"));
        assertNone(provider("web: {url: https://x, jsonPath: \"{$.a} and {$.b}\"}", "KV004"));
    }

    @Test
    void oauth2NeedsClientCredentials() {
        Finding f = single(provider("web: {url: https://x, authentication: {oauth2: {tokenUrl: https://auth/token,"
                + " clientId: kargo}}}", "KV004"));
        assertEquals("spec.metrics[0].provider.web.authentication.oauth2", f.path().toString());
        assertContains(f.message(), "no clientSecret", "missing mandatory parameter in metric for OAuth2 setup");
        assertNone(provider("prometheus: {address: http://p:9090, query: up, authentication: {oauth2: {tokenUrl:"
                + " https://auth/token, clientId: kargo, clientSecret: \"{{args.secret}}\"}}}", "KV004"));
        assertContains(single(provider("prometheus: {address: http://p:9090, query: up, authentication: {oauth2:"
                + " {tokenUrl: https://auth/token}}}", "KV004")).message(), "no clientId and clientSecret");
    }

    @Test
    void prometheusNeedsAQueryAndAUrlAddress() {
        Finding noQuery = single(provider("prometheus: {address: http://p:9090}", "KV004"));
        assertEquals("spec.metrics[0].provider.prometheus", noQuery.path().toString());
        assertContains(noQuery.message(), "has no query");
        Finding address = single(provider("prometheus: {address: \"prometheus:9090\", query: up}", "KV004"));
        assertEquals("spec.metrics[0].provider.prometheus.address", address.path().toString());
        assertContains(address.message(), "prometheus address is not is url format");
        assertContains(address.hint(), "http://prometheus:9090");
        assertNone(provider("prometheus: {query: up}", "KV004"));
        assertNone(provider("prometheus: {address: \"{{args.host}}\", query: \"up{job=\\\"{{args.host}}\\\"}\"}",
                "KV004"));
        assertNone(provider("prometheus: {address: \"https://user:pw@aps-workspaces.example/ws/x\", query: up}",
                "KV004"));
    }

    @Test
    void prometheusRangeQueryNeedsStartAndEnd() {
        Finding f = single(provider("prometheus: {address: http://p:9090, query: up, rangeQuery: {end: now(), step:"
                + " 1m}}", "KV004"));
        assertEquals("spec.metrics[0].provider.prometheus.rangeQuery", f.path().toString());
        assertContains(f.message(), "has no start", "failed to parse rangeQuery.start as time");
    }

    @Test
    void jobPodsMustBeCreatable() {
        List<Finding> findings = provider("""
                job:
                  spec:
                    template:
                      spec:
                        containers:
                          - name: e2e
                          - image: busybox
                """, "KV004");
        assertEquals(List.of("spec.metrics[0].provider.job.spec.template.spec",
                        "spec.metrics[0].provider.job.spec.template.spec.containers[0]",
                        "spec.metrics[0].provider.job.spec.template.spec.containers[1]"),
                findings.stream().map(f -> f.path().toString()).toList(), () -> Analyses.lines(findings));
        assertContains(findings.get(1).message(), "container 0 of the Job's pod has no image");
        assertContains(findings.get(2).message(), "has no name", "the API server rejects the template");
        assertContains(findings.get(0).message(), "has no restartPolicy, which defaults to Always",
                "Unsupported value: \\\"Always\\\": supported values: \\\"OnFailure\\\", \\\"Never\\\"");
        Finding always = single(provider("job: {spec: {template: {spec: {restartPolicy: Always, containers:"
                + " [{name: c, image: busybox}]}}}}", "KV004"));
        assertEquals("spec.metrics[0].provider.job.spec.template.spec.restartPolicy", always.path().toString());
        assertContains(single(provider("job: {spec: {backoffLimit: 0}}", "KV004")).message(), "has no template");
        assertContains(single(provider("job: {spec: {template: {spec: {restartPolicy: Never}}}}", "KV004"))
                .message(), "has no containers");
        assertNone(provider("job: {spec: {template: {spec: {restartPolicy: OnFailure, containers: [{name: c, image:"
                + " \"{{args.host}}\"}]}}}}", "KV004"));
    }

    @Test
    void singleFieldRulesAreBeanValidationConstraints() {
        String yaml = template("- name: token\n  valueFrom: {secretKeyRef: {name: \"\", key: token}}", """
                - name: m
                  provider:
                    web:
                      url: ""
                      headers: [{key: "", value: x}]
                - name: p
                  provider: {prometheus: {address: http://p:9090, query: up, timeout: -1}}
                """);
        var r = io.github.kargo4j.validation.Validate.yaml(yaml).withCodes("KF001").findings();
        assertEquals(List.of("spec.args[0].valueFrom.secretKeyRef.name", "spec.metrics[0].provider.web.headers[0].key",
                        "spec.metrics[0].provider.web.url", "spec.metrics[1].provider.prometheus.timeout"),
                r.stream().map(f -> f.path().toString()).sorted().toList(), () -> Analyses.lines(r));
    }
}
