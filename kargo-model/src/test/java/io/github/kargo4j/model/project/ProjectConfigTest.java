package io.github.kargo4j.model.project;

import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.Condition;
import io.github.kargo4j.model.common.LabelSelectorRequirement;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonBoolean;
import io.github.kargo4j.model.json.JsonObject;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectConfigTest {

    static Path fixtures(String kind) {
        try {
            return Path.of(ProjectConfigTest.class.getResource("/roundtrip/" + kind).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String kind, String name) {
        try {
            return Files.readString(fixtures(kind).resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProjectConfig read(String name) {
        return KargoCodec.create().parseOne(fixture("projectconfig", name), ProjectConfig.class);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(fixtures("projectconfig"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            var manifests = RoundTrip.assertLossless(Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(1, manifests.size());
            assertTrue(manifests.get(0).resource() instanceof ProjectConfig);
        }));
    }

    @Test
    void readsSeedStylePolicies() {
        ProjectConfig pc = read("managed-stack-policies.yaml");
        assertEquals("kargo-managed-stack", pc.name());
        assertEquals("kargo-managed-stack", pc.namespace());
        List<PromotionPolicy> policies = pc.promotionPolicies();
        assertEquals(List.of("devpreview", "dev2preview", "dev", "dev2", "qapreview", "qa"),
                policies.stream().map(p -> p.stageSelector().orElseThrow().name().orElseThrow()).toList());
        assertEquals(List.of(true, true, true, true, true, false),
                policies.stream().map(PromotionPolicy::isAutoPromotionEnabled).toList());
        assertTrue(pc.policyFor("dev2", Map.of()).orElseThrow().isAutoPromotionEnabled());
        assertFalse(pc.policyFor("qa", Map.of()).orElseThrow().isAutoPromotionEnabled());
        assertTrue(pc.policyFor("approvalgatedev", Map.of()).isEmpty(), "no policy: no auto-promotion");
    }

    @Test
    void readsLegacyStageField() {
        ProjectConfig pc = read("legacy-stage-field.yaml");
        PromotionPolicy staging = pc.promotionPolicies().get(0);
        assertEquals("staging", staging.stage().orElseThrow());
        assertTrue(staging.stageSelector().isEmpty());
        assertEquals(PromotionPolicySelector.byName("staging"), staging.effectiveSelector());
        assertTrue(pc.policyFor("staging", Map.of()).orElseThrow().isAutoPromotionEnabled());
        assertEquals("prod", pc.policyFor("prod", Map.of()).orElseThrow().stage().orElseThrow());
        assertFalse(pc.policyFor("prod", Map.of()).orElseThrow().isAutoPromotionEnabled());
    }

    @Test
    void readsSelectorsAndAutoRollback() {
        ProjectConfig pc = read("selectors-and-rollback.yaml");
        List<PromotionPolicy> policies = pc.promotionPolicies();
        assertEquals(6, policies.size());

        PromotionPolicy canary = policies.get(1);
        assertEquals(StageNamePattern.Kind.REGEX, canary.stageSelector().orElseThrow().namePattern().orElseThrow()
                .kind());
        AutoRollbackConfig rollback = canary.autoRollback().orElseThrow();
        assertEquals(List.of("Failed", "Errored"), rollback.onPromotion());
        assertEquals(List.of("Failed", "Error"), rollback.onVerification());

        PromotionPolicySelector labelled = policies.get(4).stageSelector().orElseThrow();
        assertTrue(labelled.name().isEmpty());
        assertEquals(Map.of("kargo.example.com/auto", "true"), labelled.matchLabels());
        assertEquals(List.of("In", "DoesNotExist", "Exists", "NotIn"),
                labelled.matchExpressions().stream().map(LabelSelectorRequirement::operator).toList());
        assertEquals(List.of("eu-west-1", "us-east-1"), labelled.matchExpressions().get(0).values());
        assertEquals(JsonBoolean.of(true), policies.get(4).unknownFields().get("autoApprove").orElseThrow());

        PromotionPolicySelector catchAll = policies.get(5).stageSelector().orElseThrow();
        assertEquals(PromotionPolicySelector.builder().build(), catchAll);
    }

    @Test
    void policyForEvaluatesSelectorsInOrder() {
        ProjectConfig pc = read("selectors-and-rollback.yaml");
        Map<String, String> none = Map.of();
        // regex:^prod- comes first and is manual
        assertFalse(pc.policyFor("prod-eu-canary", none).orElseThrow().isAutoPromotionEnabled());
        assertEquals("regex:^prod-", selectorName(pc.policyFor("prod-eu-canary", none).orElseThrow()));
        // unanchored regex
        assertEquals("regexp:-(eu|us)-canary$", selectorName(pc.policyFor("checkout-eu-canary", none).orElseThrow()));
        // glob alternatives
        assertEquals("glob:preview-{web,api}-*", selectorName(pc.policyFor("preview-api-42", none).orElseThrow()));
        // glob name AND label: without the label the catch-all wins
        assertEquals("glob:qa-[0-9]?", selectorName(pc.policyFor("qa-1b", Map.of("kargo.example.com/tier", "qa"))
                .orElseThrow()));
        PromotionPolicy fallback = pc.policyFor("qa-1b", none).orElseThrow();
        assertTrue(fallback.stageSelector().orElseThrow().name().isEmpty());
        assertFalse(fallback.isAutoPromotionEnabled());
        // label selector policy
        Map<String, String> labels = Map.of("kargo.example.com/auto", "true", "kargo.example.com/region", "eu-west-1",
                "kargo.example.com/owner", "team-a");
        PromotionPolicy byLabels = pc.policyFor("checkout", labels).orElseThrow();
        assertEquals(Map.of("kargo.example.com/auto", "true"), byLabels.stageSelector().orElseThrow().matchLabels());
        assertTrue(byLabels.isAutoPromotionEnabled());
        // frozen Stages fall through to the catch-all
        Map<String, String> frozen = new HashMap<>(labels);
        frozen.put("kargo.example.com/frozen", "yes");
        assertFalse(pc.policyFor("checkout", frozen).orElseThrow().isAutoPromotionEnabled());
    }

    @Test
    void firstMatchWinsEvenWhenABroaderPolicyShadowsLaterOnes() {
        ProjectConfig pc = ProjectConfig.forProject("shop")
                .spec(s -> s
                        .addPromotionPolicy(p -> p.stageSelector(sel -> sel.name("glob:*")).autoPromotionEnabled(false))
                        .addPromotionPolicy(PromotionPolicy.forStage("dev", true)))
                .build();
        PromotionPolicy chosen = pc.policyFor("dev", Map.of()).orElseThrow();
        assertEquals("glob:*", selectorName(chosen));
        assertFalse(chosen.isAutoPromotionEnabled(), "the later exact policy is shadowed");

        ProjectConfig reordered = pc.withSpec(ProjectConfigSpec.builder()
                .addPromotionPolicy(PromotionPolicy.forStage("dev", true))
                .addPromotionPolicy(p -> p.stageSelector(sel -> sel.name("glob:*")))
                .build());
        assertTrue(reordered.policyFor("dev", Map.of()).orElseThrow().isAutoPromotionEnabled());
        assertFalse(reordered.policyFor("prod", Map.of()).orElseThrow().isAutoPromotionEnabled());
        assertTrue(ProjectConfig.forProject("empty").build().policyFor("dev", Map.of()).isEmpty());
    }

    @Test
    void readsEveryReceiverTypeLinksAndStatus() {
        ProjectConfig pc = read("receivers-links-status.yaml");
        ProjectConfigSpec spec = pc.spec().orElseThrow();
        List<WebhookReceiverConfig> receivers = spec.webhookReceivers();
        assertEquals(10, receivers.size());
        assertEquals("github-webhook-secret", receivers.get(0).github().orElseThrow().secretRef().name().orElseThrow());
        assertEquals("gitlab-webhook-token", receivers.get(1).gitlab().orElseThrow().secretRef().name().orElseThrow());
        assertEquals("bitbucket-webhook-secret",
                receivers.get(2).bitbucket().orElseThrow().secretRef().name().orElseThrow());
        assertEquals(SecretRefReceiverConfig.of("dockerhub-webhook-secret"),
                receivers.get(3).dockerhub().orElseThrow());
        assertEquals(SecretRefReceiverConfig.of("quay-webhook-secret"), receivers.get(4).quay().orElseThrow());
        assertEquals(SecretRefReceiverConfig.of("harbor-auth-header"), receivers.get(5).harbor().orElseThrow());
        ArtifactoryWebhookReceiverConfig artifactory = receivers.get(6).artifactory().orElseThrow();
        assertEquals("proj-virtual", artifactory.virtualRepoName().orElseThrow());
        assertEquals("artifactory-webhook-token", artifactory.secretRef().name().orElseThrow());
        assertEquals(SecretRefReceiverConfig.of("azure-webhook-secret"), receivers.get(7).azure().orElseThrow());
        SecretRefReceiverConfig gitea = receivers.get(8).gitea().orElseThrow();
        assertEquals("gitea-webhook-secret", gitea.secretRef().name().orElseThrow());
        assertTrue(gitea.unknownFields().containsKey("insecureSkipVerify"));

        WebhookReceiverConfig ci = receivers.get(9);
        assertEquals("ci-pipeline", ci.name());
        assertTrue(ci.github().isEmpty());
        GenericWebhookReceiverConfig generic = ci.generic().orElseThrow();
        assertEquals("ci-webhook-secret", generic.secretRef().name().orElseThrow());
        GenericWebhookAction action = generic.actions().get(0);
        assertEquals(GenericWebhookActionType.REFRESH, action.action());
        assertEquals("${{ request.header('X-Event-Type') == 'push' }}", action.whenExpression().orElseThrow());
        assertEquals(Map.of("reason", "${{ request.body.reason }}", "source", "ci"), action.parameters());
        List<GenericWebhookTargetSelectionCriteria> targets = action.targetSelectionCriteria();
        assertEquals(3, targets.size());
        assertEquals(GenericWebhookTargetKind.WAREHOUSE, targets.get(0).kind());
        assertEquals("${{ request.body.warehouse }}", targets.get(0).name().orElseThrow());
        assertEquals(Map.of("kargo.example.com/app", "guestbook"),
                targets.get(1).labelSelector().orElseThrow().matchLabels());
        assertEquals(List.of("dev", "test"),
                targets.get(1).labelSelector().orElseThrow().matchExpressions().get(0).values());
        List<IndexSelectorRequirement> indices = targets.get(2).indexSelector().orElseThrow().matchIndices();
        assertEquals(IndexSelectorKey.SUBSCRIBED_URLS, indices.get(0).key());
        assertEquals(IndexSelectorOperator.EQUALS, indices.get(0).operator());
        assertEquals("${{ normalizeGit(request.body.repository.url) }}", indices.get(0).value());
        assertEquals(IndexSelectorKey.RECEIVER_PATHS, indices.get(1).key());
        assertEquals(IndexSelectorOperator.NOT_EQUALS, indices.get(1).operator());

        DeepLink commit = spec.freightLinks().get(0);
        assertEquals("Commit", commit.title());
        assertEquals("https://github.com/example/guestbook/commit/${{ freight.commits[0].id }}", commit.url());
        assertEquals("The commit this Freight was built from", commit.description().orElseThrow());
        assertEquals("${{ len(freight.commits) > 0 }}", commit.ifCondition().orElseThrow());
        assertTrue(spec.freightLinks().get(1).ifCondition().isEmpty());
        assertEquals(List.of("Argo CD", "Grafana"), spec.stageLinks().stream().map(DeepLink::title).toList());
        assertEquals("${{ stage.metadata.name != 'test' }}", spec.stageLinks().get(1).ifCondition().orElseThrow());

        ProjectConfigStatus status = pc.status().orElseThrow();
        Condition ready = status.conditions().get(0);
        assertEquals("Ready", ready.type());
        assertEquals("True", ready.status());
        assertEquals(4L, ready.observedGeneration().orElseThrow());
        assertEquals(4L, status.observedGeneration().orElseThrow());
        assertEquals("2026-03-02T10:15:00Z", status.lastHandledRefresh().orElseThrow());
        assertEquals(List.of("github-app", "ci-pipeline"),
                status.webhookReceivers().stream().map(r -> r.name().orElseThrow()).toList());
        assertTrue(status.webhookReceivers().get(1).path().orElseThrow().startsWith("/webhooks/generic/"));
        assertTrue(status.webhookReceivers().get(0).url().orElseThrow().startsWith("https://kargo.example.com/"));

        // unknown fields at three depths
        assertEquals("platform-42", pc.unknownFields().get("billing").orElseThrow().asObject()
                .getString("costCenter").orElseThrow());
        assertTrue(spec.unknownFields().containsKey("notificationChannels"));
        assertTrue(pc.metadata().unknownFields().containsKey("uid"));
    }

    @Test
    void builtResourceEqualsTheReadOne() {
        ProjectConfig built = ProjectConfig.builder()
                .metadata(m -> m.name("kargo-managed-stack").namespace("kargo-managed-stack"))
                .spec(s -> s
                        .addPromotionPolicy(p -> p.stageSelector(sel -> sel.name("devpreview"))
                                .autoPromotionEnabled(true))
                        .addPromotionPolicy(p -> p.stageSelector(sel -> sel.name("dev2preview"))
                                .autoPromotionEnabled(true))
                        .addPromotionPolicy(p -> p.stageSelector(sel -> sel.name("dev")).autoPromotionEnabled(true))
                        .addPromotionPolicy(p -> p.stageSelector(sel -> sel.name("dev2")).autoPromotionEnabled(true))
                        .addPromotionPolicy(PromotionPolicy.forStage("qapreview", true))
                        .addPromotionPolicy(PromotionPolicy.forStage("qa", false)))
                .build();
        assertEquals(read("managed-stack-policies.yaml"), built);
    }

    @Test
    void builtReceiversEqualTheReadOnes() {
        ProjectConfig read = read("receivers-links-status.yaml");
        ProjectConfigSpec readSpec = read.spec().orElseThrow();
        WebhookReceiverConfig generic = WebhookReceiverConfig.builder()
                .name("ci-pipeline")
                .generic(g -> g
                        .secretRef(r -> r.name("ci-webhook-secret"))
                        .addAction(a -> a
                                .action(GenericWebhookActionType.REFRESH)
                                .whenExpression("${{ request.header('X-Event-Type') == 'push' }}")
                                .putParameter("reason", "${{ request.body.reason }}")
                                .putParameter("source", "ci")
                                .addTargetSelectionCriteria(t -> t.kind(GenericWebhookTargetKind.WAREHOUSE)
                                        .name("${{ request.body.warehouse }}"))
                                .addTargetSelectionCriteria(t -> t.kind(GenericWebhookTargetKind.WAREHOUSE)
                                        .labelSelector(l -> l.putMatchLabel("kargo.example.com/app", "guestbook")
                                                .addMatchExpression(LabelSelectorRequirement.builder()
                                                        .key("kargo.example.com/env").operator("In")
                                                        .addValues("dev", "test").build())))
                                .addTargetSelectionCriteria(t -> t.kind(GenericWebhookTargetKind.WAREHOUSE)
                                        .indexSelector(i -> i
                                                .addMatchIndex(r -> r.key(IndexSelectorKey.SUBSCRIBED_URLS)
                                                        .operator(IndexSelectorOperator.EQUALS)
                                                        .value("${{ normalizeGit(request.body.repository.url) }}"))
                                                .addMatchIndex(r -> r.key(IndexSelectorKey.RECEIVER_PATHS)
                                                        .operator(IndexSelectorOperator.NOT_EQUALS)
                                                        .value("/webhooks/generic/legacy"))))))
                .build();
        assertEquals(readSpec.webhookReceivers().get(9), generic);

        ProjectConfig built = ProjectConfig.builder()
                .metadata(m -> m.name("kargo-demo").namespace("kargo-demo"))
                .spec(s -> s
                        .addPromotionPolicy(PromotionPolicy.forStage("test", true))
                        .addWebhookReceiver(r -> r.name("github-app").github(g -> g.secretRef(x -> x.name(
                                "github-webhook-secret"))))
                        .addWebhookReceiver(r -> r.name("gitlab-app").gitlab(SecretRefReceiverConfig.of(
                                "gitlab-webhook-token")))
                        .addWebhookReceiver(r -> r.name("bitbucket-app").bitbucket(g -> g.secretRef(x -> x.name(
                                "bitbucket-webhook-secret"))))
                        .addWebhookReceiver(r -> r.name("dockerhub-images").dockerhub(g -> g.secretRef(x -> x.name(
                                "dockerhub-webhook-secret"))))
                        .addWebhookReceiver(r -> r.name("quay-images").quay(g -> g.secretRef(x -> x.name(
                                "quay-webhook-secret"))))
                        .addWebhookReceiver(r -> r.name("harbor-images").harbor(g -> g.secretRef(x -> x.name(
                                "harbor-auth-header"))))
                        .addWebhookReceiver(r -> r.name("artifactory-images").artifactory(a -> a
                                .secretRef(x -> x.name("artifactory-webhook-token")).virtualRepoName("proj-virtual")))
                        .addWebhookReceiver(r -> r.name("acr-images").azure(g -> g.secretRef(x -> x.name(
                                "azure-webhook-secret"))))
                        .addWebhookReceiver(r -> r.name("gitea-app").gitea(g -> g.secretRef(x -> x.name(
                                "gitea-webhook-secret"))))
                        .addWebhookReceiver(generic)
                        .addFreightLink(l -> l.title("Commit")
                                .url("https://github.com/example/guestbook/commit/${{ freight.commits[0].id }}")
                                .description("The commit this Freight was built from")
                                .ifCondition("${{ len(freight.commits) > 0 }}"))
                        .addFreightLink(DeepLink.of("Build logs",
                                "https://ci.example.com/builds/${{ freight.metadata.name }}"))
                        .addStageLink(l -> l.title("Argo CD")
                                .url("https://argocd.example.com/applications/kargo-demo-${{ stage.metadata.name }}")
                                .description("The Argo CD Application this Stage deploys"))
                        .addStageLink(l -> l.title("Grafana")
                                .url("https://grafana.example.com/d/guestbook?var-env=${{ stage.metadata.name }}")
                                .ifCondition("${{ stage.metadata.name != 'test' }}")))
                .status(st -> st
                        .addCondition(c -> c.type("Ready").status("True").reason("Synced")
                                .message("ProjectConfig is synced and ready for use")
                                .lastTransitionTime("2026-03-02T10:15:30Z").observedGeneration(4L))
                        .observedGeneration(4L)
                        .lastHandledRefresh("2026-03-02T10:15:00Z")
                        .addWebhookReceiver(r -> r.name("github-app")
                                .path("/webhooks/github/"
                                        + "5b3f9f0c2d4e4a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b")
                                .url("https://kargo.example.com/webhooks/github/"
                                        + "5b3f9f0c2d4e4a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b"))
                        .addWebhookReceiver(read.status().orElseThrow().webhookReceivers().get(1)))
                .build();
        // the fixture also carries unknown fields (top level, metadata, spec, a provider block): drop them
        List<WebhookReceiverConfig> receivers = new ArrayList<>(readSpec.webhookReceivers());
        WebhookReceiverConfig gitea = receivers.get(8);
        receivers.set(8, gitea.withGitea(gitea.gitea().orElseThrow().withUnknownFields(JsonObject.EMPTY)));
        ProjectConfig expected = read
                .withUnknownFields(JsonObject.EMPTY)
                .withMetadata(ObjectMeta.of("kargo-demo", "kargo-demo"))
                .withSpec(readSpec.withUnknownFields(JsonObject.EMPTY).withWebhookReceivers(receivers));
        assertEquals(expected.spec(), built.spec());
        assertEquals(expected, built);
    }

    @Test
    void unknownEnumValuesRoundTripAndMapToUnknown() {
        String yaml = fixture("projectconfig", "open-enums.yaml");
        RoundTrip.assertLossless(yaml);
        ProjectConfig pc = KargoCodec.create().parseOne(yaml, ProjectConfig.class);
        GenericWebhookAction action = pc.spec().orElseThrow().webhookReceivers().get(0).generic().orElseThrow()
                .actions().get(0);
        assertEquals("Promote", action.actionAsString());
        assertEquals(GenericWebhookActionType.UNKNOWN, action.action());
        GenericWebhookTargetSelectionCriteria target = action.targetSelectionCriteria().get(0);
        assertEquals("Promotion", target.kindAsString());
        assertEquals(GenericWebhookTargetKind.UNKNOWN, target.kind());
        IndexSelectorRequirement req = target.indexSelector().orElseThrow().matchIndices().get(0);
        assertEquals("stageNames", req.keyAsString());
        assertEquals(IndexSelectorKey.UNKNOWN, req.key());
        assertEquals("Matches", req.operatorAsString());
        assertEquals(IndexSelectorOperator.UNKNOWN, req.operator());
        String written = KargoCodec.create().toYaml(pc);
        assertTrue(written.contains("action: Promote"), written);
        assertTrue(written.contains("kind: Promotion"), written);
        assertTrue(written.contains("key: stageNames"), written);
        assertTrue(written.contains("operator: Matches"), written);
    }

    @Test
    void writesPropertiesInKargoOrder() {
        ProjectConfig pc = ProjectConfig.forProject("demo")
                .spec(s -> s.addPromotionPolicy(p -> p.autoPromotionEnabled(true).stageSelector(sel -> sel.name("dev")))
                        .addWebhookReceiver(r -> r.generic(g -> g.secretRef(x -> x.name("s"))).name("r")))
                .build();
        String yaml = KargoCodec.create().toYaml(pc);
        assertTrue(yaml.indexOf("apiVersion: kargo.akuity.io/v1alpha1") < yaml.indexOf("kind: ProjectConfig"), yaml);
        assertTrue(yaml.indexOf("stageSelector") < yaml.indexOf("autoPromotionEnabled"), yaml);
        assertTrue(yaml.indexOf("name: r") < yaml.indexOf("generic:"), yaml);
    }

    private static String selectorName(PromotionPolicy p) {
        return p.stageSelector().orElseThrow().name().orElseThrow();
    }
}
