package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.common.IntOrString;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ManifestException;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTemplateTest {

    private static final String DIR = "analysistemplate";
    private static final KargoCodec CODEC = KargoCodec.create();

    private static AnalysisTemplate read(String file) {
        return CODEC.parseOne(Fixtures.text(DIR, file), AnalysisTemplate.class);
    }

    private static JsonValue at(JsonValue root, String path) {
        return JsonPath.parse(path).resolve(root).orElseThrow(() -> new AssertionError("no " + path));
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
        List<Path> files = Fixtures.list(DIR);
        assertTrue(files.size() >= 6, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> docs = RoundTrip.assertLossless(Files.readString(f));
            assertFalse(docs.isEmpty());
            for (Manifest m : docs) {
                AnalysisTemplate t = assertInstanceOf(AnalysisTemplate.class, m.resource());
                assertEquals(KargoResource.ROLLOUTS_API_VERSION, t.apiVersion());
                assertFalse(t.spec().metrics().isEmpty(), t.ref());
            }
        }));
    }

    @Test
    void readsThePulumiPreviewTemplate() {
        AnalysisTemplate t = read("pulumi-preview.yaml");
        assertEquals("AnalysisTemplate kargo-managed-stack/pulumi-preview-succeeded", t.ref());
        assertEquals("security-scanner", t.metadata().labels().get("app.kubernetes.io/part-of"));

        List<Argument> args = t.spec().args();
        assertEquals(List.of("commit-id", "stack", "pulumi-token"), args.stream().map(Argument::name).toList());
        assertFalse(args.get(0).hasValue(), "commit-id is supplied by the Stage");
        assertTrue(args.get(1).hasValue());
        assertEquals(Optional.of("dev2preview"), args.get(1).value());
        Argument token = args.get(2);
        assertTrue(token.hasValue());
        assertTrue(token.value().isEmpty());
        assertEquals(SecretKeyRef.of("pulumisecret", "PULUMI_ACCESS_TOKEN"),
                token.valueFrom().orElseThrow().secretKeyRef().orElseThrow());
        assertTrue(token.valueFrom().orElseThrow().fieldRef().isEmpty());

        Metric m = t.spec().metrics().get(0);
        assertEquals("pulumi-preview", m.name());
        assertEquals(Optional.of("5m"), m.initialDelay());
        assertEquals(Optional.of("1m"), m.interval());
        assertEquals(Optional.of(IntOrString.of(5)), m.count());
        assertEquals(2, m.failureLimit().orElseThrow().intValue());
        assertEquals("result.kind == 'preview' && result.result == 'succeeded' "
                + "&& result.environment['git.head'] == '{{args.commit-id}}'", m.successCondition().orElseThrow());
        assertEquals(Optional.of("result.result == 'failed'"), m.failureCondition());
        assertTrue(m.consecutiveSuccessLimit().isEmpty());

        assertEquals(List.of("web"), m.provider().providerNames());
        WebMetric web = m.provider().web().orElseThrow();
        assertEquals("https://api.pulumi.com/api/stacks/acme/security-scanner/{{args.stack}}/updates/latest", web.url());
        assertTrue(web.method().isEmpty(), "GET by default, not written");
        assertEquals(WebMetricHeader.of("Authorization", "token {{args.pulumi-token}}"), web.headers().get(0));
        assertEquals("application/vnd.pulumi+8", web.headers().get(1).value());
        assertEquals(Optional.of(20L), web.timeoutSeconds());
        assertEquals(Optional.of("{$.info}"), web.jsonPath());

        // unknown fields at three depths
        assertEquals(Optional.of("https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/stacks/"),
                t.unknownFields().getString("docs-url"));
        assertEquals(JsonNumber.of(3600), at(t.spec().unknownFields(), "ttlStrategy.secondsAfterCompletion"));
        assertEquals(Optional.of("the operator needs a few minutes to pick up the new commit"),
                m.unknownFields().getString("description"));
    }

    @Test
    void buildersProduceTheTemplateThatIsRead() {
        AnalysisTemplate built = AnalysisTemplate.builder()
                .metadata(md -> md.name("pulumi-preview-succeeded").namespace("kargo-managed-stack")
                        .putLabel("app.kubernetes.io/part-of", "security-scanner")
                        .putAnnotation("kargo4j.example/notes",
                                "polls the latest update of the stack until the preview has finished"))
                .spec(spec -> spec
                        .addArg(a -> a.name("commit-id"))
                        .addArg(a -> a.name("stack").value("dev2preview"))
                        .addArg(a -> a.name("pulumi-token").valueFrom(v -> v.secretKeyRef(
                                s -> s.name("pulumisecret").key("PULUMI_ACCESS_TOKEN"))))
                        .addMetric(m -> m.name("pulumi-preview")
                                .initialDelay("5m")
                                .interval("1m")
                                .count(5)
                                .failureLimit(2)
                                .successCondition("result.kind == 'preview' && result.result == 'succeeded' "
                                        + "&& result.environment['git.head'] == '{{args.commit-id}}'")
                                .failureCondition("result.result == 'failed'")
                                .provider(p -> p.web(w -> w
                                        .url("https://api.pulumi.com/api/stacks/acme/security-scanner/"
                                                + "{{args.stack}}/updates/latest")
                                        .addHeader(h -> h.key("Authorization").value("token {{args.pulumi-token}}"))
                                        .addHeader("Accept", "application/vnd.pulumi+8")
                                        .timeoutSeconds(20L)
                                        .jsonPath("{$.info}")))
                                .unknownFields(JsonObject.of("description",
                                        "the operator needs a few minutes to pick up the new commit")))
                        .unknownFields(JsonObject.of("ttlStrategy",
                                JsonObject.of("secondsAfterCompletion", 3600))))
                .unknownFields(JsonObject.of("docs-url",
                        "https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/stacks/"))
                .build();
        assertEquals(read("pulumi-preview.yaml"), built);
        assertEquals(built, CODEC.parseOne(CODEC.toYaml(built), AnalysisTemplate.class));
    }

    @Test
    void intOrStringFieldsKeepNumbersAndStringsApart() {
        Metric m = read("pulumi-update.yaml").spec().metrics().get(0);
        IntOrString count = m.count().orElseThrow();
        assertFalse(count.isInt());
        assertEquals("{{args.checks}}", count.stringValue());
        assertThrows(IllegalStateException.class, count::intValue);

        IntOrString failureLimit = m.failureLimit().orElseThrow();
        assertFalse(failureLimit.isInt(), "written as the string \"0\"");
        assertEquals(0, failureLimit.intValue());
        assertFalse(failureLimit.equals(IntOrString.of(0)));
        assertEquals(Optional.of(IntOrString.of(8)), m.inconclusiveLimit());
        assertEquals(Optional.of(IntOrString.of(3)), m.consecutiveErrorLimit());
        assertEquals(Optional.of(IntOrString.of(1)), m.consecutiveSuccessLimit());

        String yaml = CODEC.toYaml(read("pulumi-update.yaml"));
        assertTrue(yaml.contains("count: \"{{args.checks}}\""), yaml);
        assertTrue(yaml.contains("failureLimit: \"0\""), yaml);
        assertTrue(yaml.contains("inconclusiveLimit: 8"), yaml);
    }

    @Test
    void intOrStringRejectsOtherValues() {
        String base = Fixtures.text(DIR, "pulumi-update.yaml");
        ManifestException fraction = assertThrows(ManifestException.class,
                () -> CODEC.parseOne(base.replace("inconclusiveLimit: 8", "inconclusiveLimit: 1.5"),
                        AnalysisTemplate.class));
        assertTrue(fraction.getMessage().contains("expected a whole number or a string, found"),
                fraction.getMessage());
        assertEquals(Optional.of(JsonPath.parse("spec.metrics[0].inconclusiveLimit")), fraction.path());

        ManifestException bool = assertThrows(ManifestException.class,
                () -> CODEC.parseOne(base.replace("inconclusiveLimit: 8", "inconclusiveLimit: true"),
                        AnalysisTemplate.class));
        assertTrue(bool.getMessage().contains("expected a whole number or a string, found a boolean"),
                bool.getMessage());
        assertFalse(bool.getMessage().contains("found true"), "the value is not quoted: " + bool.getMessage());
    }

    @Test
    void webMethodIsAnOpenEnum() {
        assertEquals(Optional.of(WebMetricMethod.GET),
                read("pulumi-update.yaml").spec().metrics().get(0).provider().web().orElseThrow().method());
        List<Metric> metrics = read("web-post.yaml").spec().metrics();
        assertEquals(Optional.of(WebMetricMethod.POST), metrics.get(0).provider().web().orElseThrow().method());
        assertEquals(Optional.of(WebMetricMethod.PUT), metrics.get(1).provider().web().orElseThrow().method());

        String yaml = Fixtures.text(DIR, "pulumi-update.yaml").replace("method: GET", "method: PATCH");
        AnalysisTemplate t = assertInstanceOf(AnalysisTemplate.class, RoundTrip.assertLossless(yaml).get(0).resource());
        WebMetric web = t.spec().metrics().get(0).provider().web().orElseThrow();
        assertEquals(Optional.of(WebMetricMethod.UNKNOWN), web.method());
        assertEquals(Optional.of("PATCH"), web.methodAsString());
        assertTrue(CODEC.toYaml(t).contains("method: PATCH"));

        WebMetric built = WebMetric.builder().url("https://example.com").method(WebMetricMethod.PUT).build();
        assertEquals(Optional.of("PUT"), built.methodAsString());
        assertThrows(IllegalArgumentException.class,
                () -> WebMetric.builder().url("https://example.com").method(WebMetricMethod.UNKNOWN));
    }

    @Test
    void readsRequestBodiesAndAuthentication() {
        List<Metric> metrics = read("web-post.yaml").spec().metrics();
        WebMetric gate = metrics.get(0).provider().web().orElseThrow();
        assertEquals(JsonString.of("{{args.service}}"), gate.jsonBody().orElseThrow().get("service").orElseThrow());
        assertEquals(JsonString.of("open-incidents"), at(gate.jsonBody().orElseThrow(), "checks[1]"));
        assertTrue(gate.body().isEmpty());
        OAuth2Config oauth2 = gate.authentication().orElseThrow().oauth2().orElseThrow();
        assertEquals(Optional.of("https://auth.example.com/oauth2/token"), oauth2.tokenUrl());
        assertEquals(Optional.of("kargo-verification"), oauth2.clientId());
        assertEquals(Optional.of("{{args.client-secret}}"), oauth2.clientSecret());
        assertEquals(List.of("gates.read", "gates.evaluate"), oauth2.scopes());
        assertFalse(oauth2.toString().contains("args.client-secret"), "secret redacted: " + oauth2);

        WebMetric budget = metrics.get(1).provider().web().orElseThrow();
        assertEquals(Optional.of("{\"service\": \"{{args.service}}\", \"window\": \"28d\"}"), budget.body());
        Sigv4Config sigv4 = budget.authentication().orElseThrow().sigv4().orElseThrow();
        assertEquals(Optional.of("eu-west-1"), sigv4.region());
        assertEquals(Optional.of("kargo"), sigv4.profile());
        assertEquals(Optional.of("arn:aws:iam::123456789012:role/slo-reader"), sigv4.roleArn());
        assertEquals(Optional.of("result >= 0.25"), metrics.get(1).successCondition());
    }

    @Test
    void readsPrometheusMetricsAndSpecLists() {
        AnalysisTemplateSpec spec = read("prometheus.yaml").spec();
        PrometheusMetric rate = spec.metrics().get(0).provider().prometheus().orElseThrow();
        assertEquals(Optional.of("https://prometheus.monitoring.svc:9090"), rate.address());
        assertTrue(rate.query().orElseThrow().contains("code!~\"5..\""));
        assertEquals(Optional.of(30L), rate.timeout());
        assertEquals(Optional.of(true), rate.insecure());
        assertEquals("X-Scope-OrgID", rate.headers().get(0).key());
        assertEquals(Optional.of("prod"), rate.headers().get(0).unknownFields().getString("tenantHint"));
        assertEquals(List.of("prometheus"), spec.metrics().get(0).provider().providerNames());

        PrometheusMetric latency = spec.metrics().get(1).provider().prometheus().orElseThrow();
        PrometheusRangeQuery range = latency.rangeQuery().orElseThrow();
        assertEquals(Optional.of("now() - duration(\"15m\")"), range.start());
        assertEquals(Optional.of("now()"), range.end());
        assertEquals(Optional.of("1m"), range.step());
        assertEquals(Optional.of("arn:aws:iam::123456789012:role/amp-query"),
                latency.authentication().orElseThrow().sigv4().orElseThrow().roleArn());

        assertEquals("p99-latency", spec.dryRun().get(0).metricName());
        assertEquals(".*", spec.measurementRetention().get(0).metricName());
        assertEquals(20, spec.measurementRetention().get(0).limit());
        assertEquals(Optional.of("base-error-rate"), spec.templates().get(0).templateName());
        assertTrue(spec.templates().get(0).clusterScope().isEmpty());
        assertEquals(Optional.of(true), spec.templates().get(1).clusterScope());
    }

    @Test
    void keepsTheJobSpecAsATree() {
        Metric m = read("job.yaml").spec().metrics().get(0);
        JobMetric job = m.provider().job().orElseThrow();
        JobMetricMetadata md = job.metadata().orElseThrow();
        assertEquals("verification", md.labels().get("kargo4j.example/tier"));
        assertEquals(Map.of("sidecar.istio.io/inject", "false"), md.annotations());
        assertEquals(JsonNumber.of(1), at(job.spec(), "backoffLimit"));
        assertEquals(JsonString.of("Never"), at(job.spec(), "template.spec.restartPolicy"));
        assertEquals(JsonString.of("smoke"), at(job.spec(), "template.spec.containers[0].name"));
        assertEquals(JsonString.of("{{args.base-url}}"), at(job.spec(), "template.spec.containers[0].args[1]"));
        assertEquals(JsonNumber.of(2), job.unknownFields().get("retries").orElseThrow());
        assertEquals(List.of("job"), m.provider().providerNames());
    }

    @Test
    void keepsOtherProvidersAsTreesAndNamesThem() {
        AnalysisTemplateSpec spec = read("other-providers.yaml").spec();
        List<List<String>> names = spec.metrics().stream().map(m -> m.provider().providerNames()).toList();
        assertEquals(List.of(List.of("datadog"), List.of("newRelic"), List.of("cloudWatch"), List.of("graphite"),
                List.of("influxdb"), List.of("skywalking"), List.of("wavefront"), List.of("kayenta"),
                List.of("plugin"), List.of("opentelemetry")), names);

        MetricProvider datadog = spec.metrics().get(0).provider();
        assertEquals(JsonString.of("v2"), at(datadog.datadog().orElseThrow(), "apiVersion"));
        assertEquals(JsonString.of("errors / total"), at(datadog.datadog().orElseThrow(), "formula"));
        assertEquals(JsonNumber.of(90), at(spec.metrics().get(7).provider().kayenta().orElseThrow(), "threshold.pass"));
        assertEquals(JsonString.of("http://prometheus.monitoring:9090"), at(spec.metrics().get(8).provider()
                .plugin().orElseThrow(), "[\"argoproj-labs/sample-prometheus\"].address"));

        MetricProvider future = spec.metrics().get(9).provider();
        assertTrue(future.web().isEmpty() && future.prometheus().isEmpty() && future.job().isEmpty());
        assertEquals(JsonString.of("http://otel-query.observability:8080"),
                at(future.unknownFields(), "opentelemetry.endpoint"));

        Argument podName = spec.args().get(1);
        assertTrue(podName.hasValue());
        assertEquals("metadata.name", podName.valueFrom().orElseThrow().fieldRef().orElseThrow().fieldPath());
    }

    @Test
    void providerNamesListsEverySetProvider() {
        MetricProvider two = MetricProvider.builder()
                .web(w -> w.url("https://example.com"))
                .prometheus(p -> p.query("up"))
                .job(j -> j.spec(JsonObject.of("template", JsonObject.EMPTY)))
                .plugin(JsonObject.of("acme/check", JsonObject.EMPTY))
                .build();
        assertEquals(List.of("prometheus", "web", "job", "plugin"), two.providerNames());
        assertEquals(List.of(), MetricProvider.builder().build().providerNames());
    }

    @Test
    void missingRequiredFieldsAreReported() {
        String base = Fixtures.text(DIR, "job.yaml");
        ManifestException e = assertThrows(ManifestException.class,
                () -> CODEC.parseOne(base.replaceFirst("    - name: smoke\n", "    - \n"), AnalysisTemplate.class));
        assertTrue(e.getMessage().contains("missing required field \"name\""), e.getMessage());
    }
}
