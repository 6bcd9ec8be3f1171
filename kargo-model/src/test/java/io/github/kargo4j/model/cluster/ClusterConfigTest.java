package io.github.kargo4j.model.cluster;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.project.DeepLink;
import io.github.kargo4j.model.project.GenericWebhookActionType;
import io.github.kargo4j.model.project.GenericWebhookTargetKind;
import io.github.kargo4j.model.project.IndexSelectorKey;
import io.github.kargo4j.model.project.IndexSelectorOperator;
import io.github.kargo4j.model.project.SecretRefReceiverConfig;
import io.github.kargo4j.model.project.WebhookReceiverConfig;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterConfigTest {

    private static Path fixtures() {
        try {
            return Path.of(ClusterConfigTest.class.getResource("/roundtrip/clusterconfig").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClusterConfig read(String name) {
        try {
            String yaml = Files.readString(fixtures().resolve(name), StandardCharsets.UTF_8);
            return KargoCodec.create().parseOne(yaml, ClusterConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(fixtures())) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            var manifests = RoundTrip.assertLossless(Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(1, manifests.size());
            assertTrue(manifests.get(0).resource() instanceof ClusterConfig);
        }));
    }

    @Test
    void readsTypedValues() {
        ClusterConfig cc = read("cluster.yaml");
        assertEquals(ClusterConfig.REQUIRED_NAME, cc.name());
        assertEquals("", cc.namespace(), "cluster-scoped");
        ClusterConfigSpec spec = cc.spec().orElseThrow();

        List<WebhookReceiverConfig> receivers = spec.webhookReceivers();
        assertEquals(List.of("github-org", "ghcr-images", "artifactory-virtual"),
                receivers.stream().map(WebhookReceiverConfig::name).toList());
        assertEquals(SecretRefReceiverConfig.of("github-org-webhook"), receivers.get(0).github().orElseThrow());
        var action = receivers.get(1).generic().orElseThrow().actions().get(0);
        assertEquals(GenericWebhookActionType.REFRESH, action.action());
        var index = action.targetSelectionCriteria().get(0).indexSelector().orElseThrow().matchIndices().get(0);
        assertEquals(IndexSelectorKey.SUBSCRIBED_URLS, index.key());
        assertEquals(IndexSelectorOperator.EQUALS, index.operator());
        assertEquals("platform-virtual", receivers.get(2).artifactory().orElseThrow().virtualRepoName().orElseThrow());
        assertEquals(JsonNumber.of(10L).toString(),
                receivers.get(2).unknownFields().get("rateLimit").orElseThrow().toString());

        GitClientConfig git = spec.gitClient().orElseThrow();
        assertEquals("Kargo Bot", git.name());
        assertEquals("kargo-bot@example.com", git.email());
        assertEquals("kargo-gpg-signing-key", git.signingKeySecret().orElseThrow().name().orElseThrow());

        assertEquals("Release notes", spec.freightLinks().get(0).title());
        DeepLink runbook = spec.stageLinks().get(0);
        assertEquals("https://runbooks.example.com/stages/${{ stage.metadata.name }}", runbook.url());
        assertEquals("On-call runbook for this environment", runbook.description().orElseThrow());
        assertEquals("${{ stage.metadata.labels['tier'] == 'prod' }}", runbook.ifCondition().orElseThrow());

        ClusterConfigStatus status = cc.status().orElseThrow();
        assertEquals("Synced", status.conditions().get(0).reason());
        assertEquals(2L, status.observedGeneration().orElseThrow());
        assertEquals("2026-03-01T07:59:58Z", status.lastHandledRefresh().orElseThrow());
        assertEquals("github-org", status.webhookReceivers().get(0).name().orElseThrow());
        assertTrue(status.webhookReceivers().get(0).path().orElseThrow().startsWith("/webhooks/github/"));

        assertEquals("platform@example.com", cc.unknownFields().getString("supportContact").orElseThrow());
        assertEquals("enabled", spec.unknownFields().getString("auditLog").orElseThrow());
    }

    @Test
    void builtResourceEqualsTheReadOne() {
        ClusterConfig minimal = ClusterConfig.singleton()
                .spec(s -> s.gitClient(g -> g.name("Kargo").email("no-reply@kargo.example.com")))
                .build();
        assertEquals(read("minimal.yaml"), minimal);

        ClusterConfig read = read("cluster.yaml");
        ClusterConfig built = ClusterConfig.builder()
                .metadata(m -> m.name("cluster"))
                .spec(s -> s
                        .addWebhookReceiver(r -> r.name("github-org").github(g -> g.secretRef(x -> x.name(
                                "github-org-webhook"))))
                        .addWebhookReceiver(r -> r.name("ghcr-images").generic(g -> g
                                .secretRef(x -> x.name("ghcr-webhook"))
                                .addAction(a -> a.action(GenericWebhookActionType.REFRESH)
                                        .whenExpression("${{ request.body.action == 'published' }}")
                                        .addTargetSelectionCriteria(t -> t.kind(GenericWebhookTargetKind.WAREHOUSE)
                                                .indexSelector(i -> i.addMatchIndex(q -> q
                                                        .key(IndexSelectorKey.SUBSCRIBED_URLS)
                                                        .operator(IndexSelectorOperator.EQUALS)
                                                        .value("${{ normalizeImage(request.body.package"
                                                                + ".package_version.package_url) }}")))))))
                        .addWebhookReceiver(r -> r.name("artifactory-virtual").artifactory(a -> a
                                .secretRef(x -> x.name("artifactory-webhook")).virtualRepoName("platform-virtual")))
                        .gitClient(g -> g.name("Kargo Bot").email("kargo-bot@example.com")
                                .signingKeySecret(k -> k.name("kargo-gpg-signing-key")))
                        .addFreightLink(l -> l.title("Release notes")
                                .url("https://releases.example.com/${{ freight.alias }}"))
                        .addStageLink(l -> l.title("Runbook")
                                .url("https://runbooks.example.com/stages/${{ stage.metadata.name }}")
                                .description("On-call runbook for this environment")
                                .ifCondition("${{ stage.metadata.labels['tier'] == 'prod' }}")))
                .status(st -> st
                        .addCondition(c -> c.type("Ready").status("True").reason("Synced")
                                .message("ClusterConfig is synced and ready for use")
                                .lastTransitionTime("2026-03-01T08:00:00Z").observedGeneration(2L))
                        .observedGeneration(2L)
                        .lastHandledRefresh("2026-03-01T07:59:58Z")
                        .addWebhookReceiver(r -> r.name("github-org")
                                .path("/webhooks/github/"
                                        + "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")
                                .url("https://kargo.example.com/webhooks/github/"
                                        + "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")))
                .build();
        ClusterConfigSpec readSpec = read.spec().orElseThrow();
        List<WebhookReceiverConfig> receivers = new ArrayList<>(readSpec.webhookReceivers());
        receivers.set(2, receivers.get(2).withUnknownFields(JsonObject.EMPTY));
        ClusterConfig expected = read.withUnknownFields(JsonObject.EMPTY)
                .withMetadata(ObjectMeta.named("cluster"))
                .withSpec(readSpec.withUnknownFields(JsonObject.EMPTY).withWebhookReceivers(receivers));
        assertEquals(expected, built);
    }

    @Test
    void writesClusterScopedDocument() {
        String yaml = KargoCodec.create().toYaml(ClusterConfig.singleton().build());
        assertTrue(yaml.contains("kind: ClusterConfig"), yaml);
        assertTrue(yaml.contains("name: cluster"), yaml);
        assertFalse(yaml.contains("namespace"), yaml);
    }
}
