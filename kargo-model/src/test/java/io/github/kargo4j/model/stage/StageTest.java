package io.github.kargo4j.model.stage;

import io.github.kargo4j.model.testing.Fixtures;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.common.Condition;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.common.OriginKind;
import io.github.kargo4j.model.freight.FreightCollection;
import io.github.kargo4j.model.freight.FreightReference;
import io.github.kargo4j.model.freight.VerificationPhase;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.PromotionPhase;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionStepStatus;
import io.github.kargo4j.model.promotion.PromotionTaskKind;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static List<Stage> stages(String file) {
        return CODEC.parse(Fixtures.read("stage/" + file)).stream()
                .map(Manifest::resource).map(Stage.class::cast).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
        List<Path> files = Fixtures.all("stage");
        assertTrue(files.size() >= 4, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> read = RoundTrip.assertLossless(Fixtures.read(f));
            assertFalse(read.isEmpty());
            read.forEach(m -> assertTrue(m.resource() instanceof Stage, "typed as Stage: " + m.resource()));
        }));
    }

    @Test
    void readsTheApprovalGateAsAControlFlowStage() {
        List<Stage> gates = stages("approval-gate.yaml");
        Stage dev = gates.get(0);
        assertEquals("kargo-managed-stack", dev.namespace());
        assertEquals("Stage kargo-managed-stack/approvalgatedev", dev.ref());
        assertTrue(dev.isControlFlow());
        assertEquals(List.of(), dev.steps());
        FreightRequest request = dev.spec().requestedFreight().get(0);
        assertEquals(FreightOrigin.warehouse("security-scan-repo"), request.origin());
        assertEquals(OriginKind.WAREHOUSE, request.origin().kind());
        assertTrue(request.sources().isDirect());
        assertEquals(List.of(), request.sources().stages());

        Stage qa = gates.get(1);
        assertTrue(qa.isControlFlow(), "a template with vars but no steps is still control flow");
        FreightSources sources = qa.spec().requestedFreight().get(0).sources();
        assertEquals(java.util.Optional.of(false), sources.direct());
        assertEquals(List.of("dev", "dev2"), sources.stages());
        assertEquals(AvailabilityStrategy.ALL, sources.effectiveAvailabilityStrategy());
        assertEquals("1h30m", sources.requiredSoakTime().orElseThrow());
        assertEquals(SelectionPolicy.NEWEST_FREIGHT, sources.effectiveSelectionPolicy());
    }

    @Test
    void readsTypedValuesOfAPipelineStage() {
        List<Stage> pipeline = stages("pipeline.yaml");
        Stage preview = pipeline.get(0);
        assertFalse(preview.isControlFlow());
        StageSpec spec = preview.spec();
        assertEquals("east", spec.shard().orElseThrow());
        assertEquals(List.of(ExpressionVariable.of("pulumiOrg", "elisabeth-demo"),
                ExpressionVariable.builder().name("requiredInput").build()), spec.vars());

        FreightSources sources = spec.requestedFreight().get(0).sources();
        assertFalse(sources.isDirect());
        assertEquals(List.of("approvalgatedev"), sources.stages());
        assertEquals(SelectionPolicy.MATCH_UPSTREAM, sources.effectiveSelectionPolicy());
        assertEquals(AvailabilityStrategy.ONE_OF, sources.effectiveAvailabilityStrategy());

        List<PromotionStep> steps = preview.steps();
        assertEquals(List.of("git-clone", "yaml-update", "git-commit", "git-push", "http"),
                steps.stream().map(s -> s.uses().orElseThrow()).toList());
        assertEquals(List.of("step-1", "update-stack", "commit", "step-4", "notify"),
                java.util.stream.IntStream.range(0, steps.size()).mapToObj(i -> steps.get(i).alias(i)).toList());
        assertEquals("${{ vars.manifestsRepo }}", steps.get(0).config().orElseThrow().getString("repoURL")
                .orElseThrow());
        assertEquals("./out/${{ vars.stackFile }}", steps.get(1).config().orElseThrow().getString("path")
                .orElseThrow());
        PromotionStep push = steps.get(3);
        assertEquals("10m", push.retry().orElseThrow().timeout().orElseThrow());
        assertEquals(3, push.retry().orElseThrow().errorThreshold().orElseThrow());
        PromotionStep notify = steps.get(4);
        assertEquals("${{ always() }}", notify.ifCondition().orElseThrow());
        assertTrue(notify.continueOnError().orElseThrow());
        assertEquals(List.of(ExpressionVariable.of("channel", "kargo-previews")), notify.vars());
        assertFalse(notify.isTaskStep());

        Verification verification = spec.verification().orElseThrow();
        assertEquals(List.of(AnalysisTemplateKind.ANALYSIS_TEMPLATE, AnalysisTemplateKind.CLUSTER_ANALYSIS_TEMPLATE),
                verification.analysisTemplates().stream().map(AnalysisTemplateReference::effectiveKind).toList());
        assertEquals(AnalysisRunArgument.of("stack", "security-scanner-devpreview"), verification.args().get(0));
        assertEquals(Map.of("team", "platform"), verification.analysisRunMetadata().orElseThrow().labels());
        assertEquals(Map.of("example.com/owner", "sre"),
                verification.analysisRunMetadata().orElseThrow().annotations());

        Stage dev = pipeline.get(1);
        assertEquals(2, dev.spec().requestedFreight().size());
        FreightSources charts = dev.spec().requestedFreight().get(1).sources();
        assertEquals(AvailabilityStrategy.UNSPECIFIED, charts.availabilityStrategy().orElseThrow());
        assertEquals("", charts.availabilityStrategyAsString().orElseThrow());
        assertEquals(AvailabilityStrategy.ONE_OF, charts.effectiveAvailabilityStrategy());
        PromotionStep task = dev.steps().get(0);
        assertTrue(task.isTaskStep());
        assertEquals("pulumi-stack-update", task.task().orElseThrow().name());
        assertEquals(PromotionTaskKind.PROMOTION_TASK, task.task().orElseThrow().effectiveKind());
        assertEquals("update", task.alias(0));
        PromotionStep shared = dev.steps().get(1);
        assertEquals("task-2", shared.alias(1));
        assertTrue(shared.task().orElseThrow().isClusterScoped());
    }

    @Test
    void readsTheStatusBlock() {
        Stage stage = stages("status.yaml").get(0);
        StageStatus status = stage.status().orElseThrow();
        Condition ready = status.condition("Ready").orElseThrow();
        assertEquals("True", ready.status());
        assertEquals(4L, ready.observedGeneration().orElseThrow());
        assertEquals(2, status.freightHistory().size());

        FreightCollection current = status.currentFreight().orElseThrow();
        assertEquals("7d1e0c3b9f4a2e5d8c6b", current.id());
        FreightReference ref = current.item("Warehouse/security-scan-repo").orElseThrow();
        assertEquals("ghcr.io/example/security-scanner", ref.images().get(0).repoURL().orElseThrow());
        assertEquals("https://github.com/example/security-scanner",
                ref.images().get(0).annotations().get("org.opencontainers.image.source"));
        assertEquals("0.9.1", ref.charts().get(0).version().orElseThrow());
        assertEquals("scanner-rules", ref.artifacts().get(0).subscriptionName());
        assertEquals(JsonValue.of(1024), ref.artifacts().get(0).metadata().orElseThrow().get("size").orElseThrow());
        assertEquals(VerificationPhase.SUCCESSFUL, current.latestVerification().orElseThrow().phase().orElseThrow());
        assertEquals("dev2.01hzx3k4q7s8t9v0w1x2y3z4a5.7d1e0c3",
                current.latestVerification().orElseThrow().analysisRun().orElseThrow().name());
        assertEquals("v1.4.1", status.freightHistory().get(1).items().get("Warehouse/security-scan-repo")
                .commits().get(0).tag().orElseThrow());

        Health health = status.health().orElseThrow();
        assertFalse(health.isHealthy());
        assertEquals(1, health.issues().size());
        assertTrue(health.config().orElseThrow() instanceof JsonArray);

        PromotionReference last = status.lastPromotion().orElseThrow();
        assertEquals(PromotionPhase.SUCCEEDED, last.status().orElseThrow().phase().orElseThrow());
        assertTrue(last.status().orElseThrow().isTerminal());
        assertEquals(1L, last.status().orElseThrow().currentStep().orElseThrow());
        assertEquals(PromotionStepStatus.SUCCEEDED,
                last.status().orElseThrow().stepExecutionMetadata().get(0).status().orElseThrow());
        assertEquals("argocd-update", last.status().orElseThrow().healthChecks().get(0).uses());
        assertEquals("dev2.01hzx5m6n7p8q9r0s1t2u3v4w5.4c2a9f1", status.currentPromotion().orElseThrow().name());

        assertTrue(status.autoPromotionEnabled().orElseThrow());
        assertEquals(JsonString.of("jane"), status.metadata().get("lastDeployer"));
        assertTrue(status.metadata().get("approvals") instanceof JsonObject);
        AutoPromotionHold hold = status.autoPromotionHolds().get("Warehouse/security-scan-repo");
        assertEquals("admin", hold.actor().orElseThrow());
        assertEquals("Warehouse/security-scan-repo", hold.origin().key());
        assertEquals(1, status.effectiveAutoPromotionHolds().size());
        assertEquals(4L, status.observedGeneration().orElseThrow());
        assertEquals("2025-06-02T10:00:00Z", status.lastHandledRefresh().orElseThrow());
        assertEquals("918273", stage.metadata().unknownFields().getString("resourceVersion").orElseThrow());
    }

    @Test
    void buildsThePreviewStageWithTheBuilders() {
        JsonObject cloneConfig = JsonObject.builder()
                .put("repoURL", "${{ vars.manifestsRepo }}")
                .put("checkout", List.of(JsonObject.builder().put("branch", "main").put("path", "./out").build()))
                .build();
        JsonObject updateConfig = JsonObject.builder()
                .put("path", "./out/${{ vars.stackFile }}")
                .put("updates", List.of(JsonObject.builder().put("key", "spec.commit")
                        .put("value", "${{ commitFrom(\"https://github.com/example/security-scanner.git\").ID }}")
                        .build()))
                .build();
        JsonObject commitConfig = JsonObject.builder()
                .put("path", "./out")
                .put("message", "${{ outputs['update-stack'].commitMessage }}")
                .build();
        JsonObject pushConfig = JsonObject.builder().put("path", "./out").put("maxAttempts", 5).build();
        JsonObject notifyConfig = JsonObject.builder()
                .put("method", "POST")
                .put("url", "https://hooks.example.com/notify")
                .put("body", "${{ quote(vars.channel) }}")
                .build();

        Stage built = Stage.builder()
                .metadata(m -> m.name("devpreview").namespace("kargo-managed-stack")
                        .putLabel("kargo.akuity.io/shard", "east"))
                .spec(spec -> spec
                        .addRequestedFreight(r -> r
                                .origin(o -> o.kindAsString("Warehouse").name("security-scan-repo"))
                                .sources(s -> s.addStage("approvalgatedev")
                                        .autoPromotionOptions(a -> a.selectionPolicy(SelectionPolicy.MATCH_UPSTREAM))))
                        .promotionTemplate(t -> t.spec(ts -> ts
                                .addVar(v -> v.name("stackFile").value("stacks/devpreview.yaml"))
                                .addVar(ExpressionVariable.of("manifestsRepo",
                                        "https://github.com/example/kargo-manifests.git"))
                                .addStep(PromotionStep.of("git-clone", cloneConfig))
                                .addStep(s -> s.uses("yaml-update").as("update-stack").config(updateConfig))
                                .addStep(s -> s.uses("git-commit").as("commit").config(commitConfig))
                                .addStep(s -> s.uses("git-push")
                                        .retry(r -> r.timeout("10m").errorThreshold(3))
                                        .config(pushConfig))
                                .addStep(s -> s.uses("http").as("notify").ifCondition("${{ always() }}")
                                        .continueOnError(true)
                                        .addVar("channel", "kargo-previews")
                                        .config(notifyConfig))))
                        .verification(v -> v
                                .addAnalysisTemplate(AnalysisTemplateReference.of("pulumi-preview-check"))
                                .addAnalysisTemplate(a -> a.name("cluster-smoke")
                                        .kind(AnalysisTemplateKind.CLUSTER_ANALYSIS_TEMPLATE))
                                .addArg("stack", "security-scanner-devpreview")
                                .addArg(a -> a.name("commit").value(
                                        "${{ commitFrom(\"https://github.com/example/security-scanner.git\").ID }}"))
                                .analysisRunMetadata(m -> m.putLabel("team", "platform")
                                        .putAnnotation("example.com/owner", "sre")))
                        .addVar(ExpressionVariable.of("pulumiOrg", "elisabeth-demo"))
                        .addVar(v -> v.name("requiredInput"))
                        .shard("east"))
                .build();

        Stage read = stages("pipeline.yaml").get(0);
        assertEquals(read, built);
        assertEquals(CODEC.toYaml(read), CODEC.toYaml(built));
    }

    @Test
    void buildsAStatusWithTheBuilders() {
        StageStatus status = StageStatus.builder()
                .addCondition(c -> c.type("Ready").status("True").reason("Ready").message("ok")
                        .lastTransitionTime("2025-06-02T10:15:00Z"))
                .addFreightHistory(h -> h.id("abc")
                        .putItem("Warehouse/w", FreightReference.builder().name("f1")
                                .origin(o -> o.kindAsString("Warehouse").name("w"))
                                .addCommit(c -> c.repoURL("https://github.com/example/a.git").id("1234"))
                                .build())
                        .addVerificationHistory(v -> v.id("v1").phase(VerificationPhase.RUNNING)
                                .analysisRun(a -> a.namespace("ns").name("run").phase("Running"))))
                .health(h -> h.status("Healthy"))
                .lastPromotion(p -> p.name("p1").status(s -> s.phase(PromotionPhase.RUNNING)))
                .build();
        assertEquals(VerificationPhase.RUNNING,
                status.currentFreight().orElseThrow().latestVerification().orElseThrow().phase().orElseThrow());
        assertTrue(status.health().orElseThrow().isHealthy());
        assertFalse(status.lastPromotion().orElseThrow().status().orElseThrow().isTerminal());
        Stage stage = Stage.builder().metadata(m -> m.name("s").namespace("ns"))
                .spec(s -> s.addRequestedFreight(FreightRequest.of(FreightOrigin.warehouse("w"),
                        FreightSources.builder().direct(true).build())))
                .status(status).build();
        KargoResource back = CODEC.parseOne(CODEC.toYaml(stage), Stage.class);
        assertEquals(stage, back);
    }

    @Test
    void keepsUnknownFieldsAndUnknownEnumValues() {
        Stage stage = stages("unknown-fields.yaml").get(0);
        assertEquals(JsonObject.of("enabled", true), stage.unknownFields().get("futureTopLevel").orElseThrow());
        assertEquals(JsonObject.of("warehouse", "security-scan-repo"),
                stage.spec().unknownFields().get("subscriptions").orElseThrow());
        assertTrue(stage.spec().unknownFields().containsKey("promotionMechanisms"));
        FreightRequest request = stage.spec().requestedFreight().get(0);
        assertEquals(JsonValue.of(10), request.unknownFields().get("priority").orElseThrow());
        assertEquals(JsonString.of("eu"), request.origin().unknownFields().get("region").orElseThrow());

        FreightSources sources = request.sources();
        assertEquals("Majority", sources.availabilityStrategyAsString().orElseThrow());
        assertEquals(AvailabilityStrategy.UNKNOWN, sources.availabilityStrategy().orElseThrow());
        assertEquals(AvailabilityStrategy.UNKNOWN, sources.effectiveAvailabilityStrategy());
        AutoPromotionOptions options = sources.autoPromotionOptions().orElseThrow();
        assertEquals("OldestFreight", options.selectionPolicyAsString().orElseThrow());
        assertEquals(SelectionPolicy.UNKNOWN, options.effectiveSelectionPolicy());
        assertEquals(JsonString.of("2h"), options.unknownFields().get("window").orElseThrow());

        PromotionStep clone = stage.steps().get(0);
        assertEquals(JsonValue.of(30), clone.unknownFields().get("timeoutSeconds").orElseThrow());
        PromotionStep task = stage.steps().get(1);
        assertEquals("RemotePromotionTask", task.task().orElseThrow().kindAsString().orElseThrow());
        assertEquals(PromotionTaskKind.UNKNOWN, task.task().orElseThrow().effectiveKind());
        assertEquals(JsonString.of("x"), stage.spec().promotionTemplate().orElseThrow().spec().unknownFields()
                .get("futureTemplateField").orElseThrow());
        AnalysisTemplateReference template = stage.spec().verification().orElseThrow().analysisTemplates().get(0);
        assertEquals(AnalysisTemplateKind.UNKNOWN, template.kind().orElseThrow());
        assertEquals("RemoteAnalysisTemplate", template.kindAsString().orElseThrow());

        StageStatus status = stage.status().orElseThrow();
        assertEquals(JsonString.of("Steady"), status.unknownFields().get("phase").orElseThrow(),
                "status.phase was removed in Kargo v1.5 and is not typed");
        FreightCollection history = status.freightHistory().get(0);
        assertEquals(VerificationPhase.INCONCLUSIVE, history.verificationHistory().get(0).phase().orElseThrow());
        assertEquals(JsonString.of("remote"), history.verificationHistory().get(0).analysisRun().orElseThrow()
                .unknownFields().get("cluster").orElseThrow());
        assertTrue(history.items().get("Warehouse/security-scan-repo").commits().get(0).unknownFields()
                .containsKey("healthCheckCommit"));

        String written = CODEC.toYaml(stage);
        for (String s : List.of("futureTopLevel", "promotionMechanisms", "availabilityStrategy: Majority",
                "selectionPolicy: OldestFreight", "kind: RemotePromotionTask", "kind: RemoteAnalysisTemplate",
                "healthCheckCommit", "phase: Steady", "priority: 10", "region: eu")) {
            assertTrue(written.contains(s), s + " in\n" + written);
        }
    }

    @Test
    void unknownEnumValuesSurviveTheBuilderAndUnknownCannotBeSet() {
        FreightSources sources = FreightSources.builder().availabilityStrategyAsString("Quorum").build();
        assertEquals(AvailabilityStrategy.UNKNOWN, sources.availabilityStrategy().orElseThrow());
        FreightSources copy = CODEC.parseOne(CODEC.toYaml(Stage.builder().metadata(m -> m.name("x"))
                        .spec(s -> s.addRequestedFreight(r -> r.origin(FreightOrigin.warehouse("w")).sources(sources)))
                        .build()), Stage.class)
                .spec().requestedFreight().get(0).sources();
        assertEquals("Quorum", copy.availabilityStrategyAsString().orElseThrow());
        assertEquals("", FreightSources.builder().availabilityStrategy(AvailabilityStrategy.UNSPECIFIED).build()
                .availabilityStrategyAsString().orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> FreightSources.builder().availabilityStrategy(AvailabilityStrategy.UNKNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> AutoPromotionOptions.builder().selectionPolicy(SelectionPolicy.UNKNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> AnalysisTemplateReference.builder().kind(AnalysisTemplateKind.UNKNOWN));
        assertEquals(SelectionPolicy.MATCH_UPSTREAM,
                AutoPromotionOptions.of(SelectionPolicy.MATCH_UPSTREAM).selectionPolicy().orElseThrow());
        assertEquals(AnalysisTemplateKind.CLUSTER_ANALYSIS_TEMPLATE,
                AnalysisTemplateReference.cluster("c").kind().orElseThrow());
    }
}
