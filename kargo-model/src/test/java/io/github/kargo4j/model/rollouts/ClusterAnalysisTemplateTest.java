package io.github.kargo4j.model.rollouts;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.common.IntOrString;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterAnalysisTemplateTest {

    private static final String DIR = "clusteranalysistemplate";
    private static final KargoCodec CODEC = KargoCodec.create();

    private static ClusterAnalysisTemplate read(String file) {
        return CODEC.parseOne(Fixtures.text(DIR, file), ClusterAnalysisTemplate.class);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
        List<Path> files = Fixtures.list(DIR);
        assertTrue(files.size() >= 2, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> docs = RoundTrip.assertLossless(Files.readString(f));
            assertFalse(docs.isEmpty());
            for (Manifest m : docs) {
                ClusterAnalysisTemplate t = assertInstanceOf(ClusterAnalysisTemplate.class, m.resource());
                assertEquals(KargoResource.ROLLOUTS_API_VERSION, t.apiVersion());
                assertEquals("", t.namespace(), "cluster-scoped");
            }
        }));
    }

    @Test
    void readsTheSharedHealthCheck() {
        ClusterAnalysisTemplate t = read("http-health.yaml");
        assertEquals("ClusterAnalysisTemplate http-health", t.ref());
        assertEquals("sre", t.metadata().labels().get("platform.example.com/owner"));

        List<Argument> args = t.spec().args();
        assertFalse(args.get(0).hasValue());
        assertEquals(Optional.of("ok"), args.get(1).value());
        assertEquals(SecretKeyRef.of("health-check-token", "token"),
                args.get(2).valueFrom().orElseThrow().secretKeyRef().orElseThrow());

        Metric m = t.spec().metrics().get(0);
        assertEquals("health", m.name());
        assertEquals(Optional.of("30s"), m.initialDelay());
        assertEquals(Optional.of("20s"), m.interval());
        assertEquals(6, m.count().orElseThrow().intValue());
        assertEquals(Optional.of(IntOrString.of(-1)), m.failureLimit());
        assertEquals(Optional.of(IntOrString.of(3)), m.consecutiveSuccessLimit());
        assertEquals(Optional.of(IntOrString.of("2")), m.consecutiveErrorLimit());
        assertEquals(Optional.of("result == '{{args.expected-status}}'"), m.successCondition());
        WebMetric web = m.provider().web().orElseThrow();
        assertEquals("{{args.url}}/healthz", web.url());
        assertEquals("Bearer {{args.api-token}}", web.headers().get(0).value());
        assertEquals(Optional.of(5L), web.timeoutSeconds());
        assertEquals(Optional.of("{$.status}"), web.jsonPath());

        assertEquals("health", t.spec().dryRun().get(0).metricName());
        assertEquals(6, t.spec().measurementRetention().get(0).limit());
        assertEquals(Optional.of("platform-slo"), t.spec().templates().get(0).templateName());
        assertEquals(Optional.of(true), t.spec().templates().get(0).clusterScope());

        assertEquals(Optional.of("sre-team"), t.unknownFields().getString("owner"));
        assertEquals(JsonArray.of(JsonString.of("sre")), t.spec().unknownFields().get("owners").orElseThrow());
        assertEquals(JsonPath.parse("weight").resolve(m.unknownFields()), Optional.of(
                io.github.kargo4j.model.json.JsonNumber.of(1)));
    }

    @Test
    void buildersProduceTheTemplateThatIsRead() {
        ClusterAnalysisTemplate built = ClusterAnalysisTemplate.builder()
                .metadata(md -> md.name("platform-slo"))
                .spec(spec -> spec
                        .addArg(a -> a.name("service"))
                        .addArg(a -> a.name("namespace"))
                        .addMetric(m -> m.name("availability")
                                .interval("5m")
                                .count(2)
                                .successCondition("result[0] >= 0.995")
                                .provider(p -> p.prometheus(q -> q
                                        .address("http://thanos-query.monitoring:9090")
                                        .query("avg_over_time(slo:availability:ratio{service=\"{{args.service}}\","
                                                + "namespace=\"{{args.namespace}}\"}[30m])")))))
                .build();
        List<Manifest> docs = CODEC.parse(Fixtures.text(DIR, "platform-slo.yaml"));
        assertEquals(2, docs.size());
        assertEquals(docs.get(0).resource(), built);

        ClusterAnalysisTemplate conformance = assertInstanceOf(ClusterAnalysisTemplate.class, docs.get(1).resource());
        JobMetric job = conformance.spec().metrics().get(0).provider().job().orElseThrow();
        assertTrue(job.metadata().isEmpty());
        assertEquals(JsonString.of("conformance-runner"),
                JsonPath.parse("template.spec.serviceAccountName").resolve(job.spec()).orElseThrow());
    }

    @Test
    void clusterAndNamespacedTemplatesShareTheSpecButDiffer() {
        AnalysisTemplateSpec spec = AnalysisTemplateSpec.builder()
                .addMetric(m -> m.name("up").provider(p -> p.web(w -> w.url("https://example.com/healthz"))))
                .addDryRun(d -> d.metricName("up"))
                .addMeasurementRetention(r -> r.metricName("up").limit(3))
                .addTemplate(r -> r.templateName("base").clusterScope(false))
                .build();
        ClusterAnalysisTemplate cluster = ClusterAnalysisTemplate.builder()
                .metadata(md -> md.name("up")).spec(spec).build();
        AnalysisTemplate namespaced = AnalysisTemplate.builder()
                .metadata(md -> md.name("up").namespace("demo")).spec(spec).build();
        assertEquals(cluster.spec(), namespaced.spec());
        assertNotEquals(cluster.kind(), namespaced.kind());

        String yaml = CODEC.toYaml(cluster);
        assertTrue(yaml.startsWith("apiVersion: argoproj.io/v1alpha1\nkind: ClusterAnalysisTemplate\n"), yaml);
        assertEquals(cluster, CODEC.parseOne(yaml, ClusterAnalysisTemplate.class));
        JsonObject tree = KargoCodec.toTree(namespaced).asObject();
        assertEquals(Optional.of("AnalysisTemplate"), tree.getString("kind"));
        assertEquals(List.of("metrics", "dryRun", "measurementRetention", "templates"),
                tree.get("spec").orElseThrow().asObject().keys());
    }
}
