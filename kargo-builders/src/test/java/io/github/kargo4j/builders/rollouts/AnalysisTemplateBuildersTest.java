package io.github.kargo4j.builders.rollouts;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.Argument;
import io.github.kargo4j.model.rollouts.ClusterAnalysisTemplate;
import io.github.kargo4j.model.rollouts.Metric;
import io.github.kargo4j.model.rollouts.WebMetric;
import io.github.kargo4j.model.rollouts.WebMetricMethod;
import io.github.kargo4j.model.common.IntOrString;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTemplateBuildersTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    /** Seed 000's 03-analysis-template-update.yaml. */
    private static final String SEED_UPDATE_TEMPLATE = """
            apiVersion: argoproj.io/v1alpha1
            kind: AnalysisTemplate
            metadata:
              name: pulumi-update-success
              namespace: kargo-managed-stack
            spec:
              args:
                - name: stack-name
                - name: commit-id
                - name: pulumi-org
                  value: example-org
                - name: pulumi-token
                  valueFrom:
                    secretKeyRef:
                      name: pulumisecret
                      key: PULUMI_ACCESS_TOKEN
              metrics:
                - name: pulumi-update-succeeded
                  initialDelay: 5m
                  interval: 1m
                  count: 5
                  failureLimit: 2
                  successCondition: result.status == "succeeded" && result.commit == "{{args.commit-id}}"
                  provider:
                    web:
                      url: https://api.pulumi.com/api/stacks/{{args.pulumi-org}}/security-scanner/{{args.stack-name}}/updates/latest
                      headers:
                        - key: Authorization
                          value: token {{args.pulumi-token}}
                        - key: Accept
                          value: application/vnd.pulumi+8
                      timeoutSeconds: 20
                      jsonPath: "{$.info}"
            """;

    @Test
    void buildsSeedZeroUpdateTemplateExactly() {
        AnalysisTemplate built = AnalysisTemplates.of("kargo-managed-stack", "pulumi-update-success", s -> s
                .addArg(Args.required("stack-name"))
                .addArg(Args.required("commit-id"))
                .addArg(Args.of("pulumi-org", "example-org"))
                .addArg(Args.fromSecret("pulumi-token", "pulumisecret", "PULUMI_ACCESS_TOKEN"))
                .addMetric(Metrics.web("pulumi-update-succeeded", "https://api.pulumi.com/api/stacks/"
                                + Args.placeholder("pulumi-org") + "/security-scanner/"
                                + Args.placeholder("stack-name") + "/updates/latest")
                        .header("Authorization", "token " + Args.placeholder("pulumi-token"))
                        .header("Accept", "application/vnd.pulumi+8")
                        .timeout(Duration.ofSeconds(20))
                        .jsonPath("{$.info}")
                        .initialDelay(Duration.ofMinutes(5))
                        .interval(Duration.ofMinutes(1))
                        .count(5)
                        .failureLimit(2)
                        .successCondition("result.status == \"succeeded\" && result.commit == \""
                                + Args.placeholder("commit-id") + "\"")));
        assertEquals(CODEC.parseOne(SEED_UPDATE_TEMPLATE, AnalysisTemplate.class), built);
    }

    @Test
    void argumentsPlainRequiredAndFromASecret() {
        Argument required = Args.required("commit-id");
        assertFalse(required.hasValue());
        assertEquals("v", Args.of("a", "v").value().orElseThrow());
        Argument secret = Args.fromSecret("pulumi-token", "pulumisecret", "PULUMI_ACCESS_TOKEN");
        assertTrue(secret.value().isEmpty());
        var ref = secret.valueFrom().orElseThrow().secretKeyRef().orElseThrow();
        assertEquals("pulumisecret", ref.name());
        assertEquals("PULUMI_ACCESS_TOKEN", ref.key());
        assertEquals("{{args.pulumi-token}}", Args.placeholder("pulumi-token"));
        assertThrows(IllegalArgumentException.class, () -> Args.required("has space"));
        assertThrows(IllegalArgumentException.class, () -> Args.fromSecret("a", "", "k"));
    }

    @Test
    void webMethodsBodiesAndChecks() {
        WebMetric post = Metrics.web("notify", "https://hooks.example.com").post("{\"text\":\"hi\"}").insecure()
                .build().provider().web().orElseThrow();
        assertEquals(WebMetricMethod.POST, post.method().orElseThrow());
        assertEquals("{\"text\":\"hi\"}", post.body().orElseThrow());
        assertTrue(post.insecure().orElseThrow());

        WebMetric json = Metrics.web("notify", "https://x").post(JsonObject.of("text", "hi")).build().provider()
                .web().orElseThrow();
        assertEquals(JsonObject.of("text", "hi"), json.jsonBody().orElseThrow());
        assertEquals("PUT", Metrics.web("n", "https://x").put("b").build().provider().web().orElseThrow()
                .methodAsString().orElseThrow());

        IllegalStateException getWithBody = assertThrows(IllegalStateException.class,
                () -> Metrics.web("n", "https://x").body("b").build());
        assertTrue(getWithBody.getMessage().contains("POST or PUT"), getWithBody.getMessage());
        assertThrows(IllegalStateException.class,
                () -> Metrics.web("n", "https://x").post("b").jsonBody(JsonObject.of("a", 1)).build());
        assertThrows(IllegalArgumentException.class, () -> Metrics.web("n", "https://x")
                .timeout(Duration.ofMillis(1500)));
        assertThrows(IllegalArgumentException.class,
                () -> Metrics.web("n", "https://x").method(WebMetricMethod.UNKNOWN));
        assertThrows(IllegalArgumentException.class, () -> Metrics.web("n", " "));
    }

    @Test
    void definitionsAreImmutable() {
        Metrics.Web base = Metrics.web("n", "https://x");
        Metrics.Web withHeader = base.header("A", "1");
        assertTrue(base.build().provider().web().orElseThrow().headers().isEmpty());
        assertEquals(1, withHeader.build().provider().web().orElseThrow().headers().size());
        assertEquals("n", base.name());
    }

    @Test
    void prometheusQueryWithConditionsAndTimings() {
        Metric m = Metrics.prometheus("success-rate", "http://prometheus.monitoring:9090",
                        "sum(rate(http_requests_total{status!~\"5..\",app=\"" + Args.placeholder("app") + "\"}[5m]))")
                .timeout(Duration.ofSeconds(30))
                .header("X-Scope-OrgID", "tenant-1")
                .rangeQuery("now() - duration(\"5m\")", "now()", "1m")
                .insecure()
                .successCondition("result[0] >= 0.95")
                .failureCondition("result[0] < 0.9")
                .interval("30s")
                .initialDelay("{{args.delay}}")
                .count("{{args.count}}")
                .failureLimit("{{args.failures}}")
                .inconclusiveLimit(1)
                .consecutiveErrorLimit(3)
                .consecutiveSuccessLimit(2)
                .build();
        var p = m.provider().prometheus().orElseThrow();
        assertEquals("http://prometheus.monitoring:9090", p.address().orElseThrow());
        assertEquals(30L, p.timeout().orElseThrow());
        assertEquals("1m", p.rangeQuery().orElseThrow().step().orElseThrow());
        assertEquals("tenant-1", p.headers().get(0).value());
        assertEquals("30s", m.interval().orElseThrow());
        assertEquals("{{args.delay}}", m.initialDelay().orElseThrow());
        assertEquals(IntOrString.of("{{args.count}}"), m.count().orElseThrow());
        assertEquals(IntOrString.of(1), m.inconclusiveLimit().orElseThrow());
        assertEquals(IntOrString.of(3), m.consecutiveErrorLimit().orElseThrow());
        assertEquals(IntOrString.of(2), m.consecutiveSuccessLimit().orElseThrow());
        assertEquals(List.of("prometheus"), m.provider().providerNames());
        assertEquals("result[0] < 0.9", m.failureCondition().orElseThrow());
    }

    @Test
    void jobWithAContainerWritesAMinimalJobSpec() {
        Metric m = Metrics.job("smoke-test")
                .container("test", "curlimages/curl:8.5.0", "sh", "-c", "curl -fsS " + Args.placeholder("url"))
                .backoffLimit(0)
                .activeDeadline(Duration.ofMinutes(5))
                .label("team", "platform")
                .annotation("note", "smoke")
                .build();
        var job = m.provider().job().orElseThrow();
        JsonObject expected = CODEC.parseOne("""
                apiVersion: argoproj.io/v1alpha1
                kind: AnalysisTemplate
                metadata: {name: x}
                spec:
                  metrics:
                    - name: smoke-test
                      provider:
                        job:
                          spec:
                            template:
                              spec:
                                containers:
                                  - name: test
                                    image: curlimages/curl:8.5.0
                                    command: [sh, -c, "curl -fsS {{args.url}}"]
                                restartPolicy: Never
                            backoffLimit: 0
                            activeDeadlineSeconds: 300
                """, AnalysisTemplate.class).spec().metrics().get(0).provider().job().orElseThrow().spec();
        assertEquals(expected, job.spec());
        assertEquals("platform", job.metadata().orElseThrow().labels().get("team"));
        assertEquals("smoke", job.metadata().orElseThrow().annotations().get("note"));

        Metric two = Metrics.job("j").container("a", "busybox").container("b", "busybox", "true").build();
        JsonArray containers = (JsonArray) ((JsonObject) ((JsonObject) two.provider().job().orElseThrow().spec()
                .get("template").orElseThrow()).get("spec").orElseThrow()).get("containers").orElseThrow();
        assertEquals(2, containers.size());

        IllegalStateException none = assertThrows(IllegalStateException.class, () -> Metrics.job("j").build());
        assertTrue(none.getMessage().contains("container"), none.getMessage());
        JsonObject raw = JsonObject.of("template", JsonObject.of("spec", JsonObject.of("containers",
                JsonArray.of(JsonObject.of("name", "x")))));
        assertEquals(raw, Metrics.job("j").spec(raw).build().provider().job().orElseThrow().spec());
    }

    @Test
    void clusterTemplateAndRoundTrip() {
        ClusterAnalysisTemplate t = AnalysisTemplates.cluster("shared-smoke", s -> s
                .addArg(Args.required("url"))
                .addMetric(Metrics.web("up", Args.placeholder("url")).successCondition("result == true")));
        assertTrue(t.metadata().namespace().isEmpty());
        assertEquals(t, CODEC.parseOne(CODEC.toYaml(t), ClusterAnalysisTemplate.class));
    }
}
