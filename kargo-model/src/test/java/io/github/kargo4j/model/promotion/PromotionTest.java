package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.testing.Fixtures;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.freight.FreightCollection;
import io.github.kargo4j.model.freight.VerificationPhase;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static List<Promotion> promotions(String file) {
        return CODEC.parse(Fixtures.read("promotion/" + file)).stream()
                .map(Manifest::resource).map(Promotion.class::cast).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
        List<Path> files = Fixtures.all("promotion");
        assertTrue(files.size() >= 3, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> read = RoundTrip.assertLossless(Fixtures.read(f));
            assertFalse(read.isEmpty());
            read.forEach(m -> assertTrue(m.resource() instanceof Promotion, "typed as Promotion: " + m.resource()));
        }));
    }

    @Test
    void readsAPromotionAsAUserWritesIt() {
        List<Promotion> written = promotions("promotion.yaml");
        PromotionSpec byFreight = written.get(0).spec();
        assertEquals("qa", byFreight.stage());
        assertEquals("4c2a9f1e0b7d3a5c8e6f1a2b3c4d5e6f7a8b9c0d", byFreight.freight().orElseThrow());
        assertTrue(byFreight.origin().isEmpty());
        assertEquals(List.of(), byFreight.steps(), "Kargo fills the steps in from the Stage");
        assertTrue(written.get(0).status().isEmpty());

        PromotionSpec byOrigin = written.get(1).spec();
        assertTrue(byOrigin.freight().isEmpty());
        assertEquals(FreightOrigin.warehouse("security-scan-repo"), byOrigin.origin().orElseThrow());
    }

    @Test
    void readsTypedValuesOfACompletedPromotion() {
        Promotion promotion = promotions("completed.yaml").get(0);
        assertEquals("dev.01hzx3k4q7s8t9v0w1x2y3z4a5.4c2a9f1", promotion.name());
        assertEquals("Stage", promotion.metadata().ownerReferences().get(0).getString("kind").orElseThrow());
        PromotionSpec spec = promotion.spec();
        assertEquals(List.of(ExpressionVariable.of("stackFile", "stacks/dev.yaml")), spec.vars());
        assertEquals(List.of("update::clone", "update::update", "update::push", "step-4"),
                java.util.stream.IntStream.range(0, spec.steps().size())
                        .mapToObj(i -> spec.steps().get(i).alias(i)).toList());
        PromotionStep push = spec.steps().get(2);
        assertEquals("5m", push.retry().orElseThrow().timeout().orElseThrow());
        assertEquals(2, push.retry().orElseThrow().errorThreshold().orElseThrow());
        assertEquals("${{ failure() }}", spec.steps().get(3).ifCondition().orElseThrow());
        assertEquals(List.of(ExpressionVariable.of("stack", "dev")), spec.steps().get(1).vars());

        PromotionStatus status = promotion.status().orElseThrow();
        assertEquals(PromotionPhase.SUCCEEDED, status.phase().orElseThrow());
        assertTrue(status.isTerminal());
        assertEquals("Promotion completed", status.message().orElseThrow());
        assertEquals("main", status.freight().orElseThrow().commits().get(0).branch().orElseThrow());
        FreightCollection collection = status.freightCollection().orElseThrow();
        assertEquals("7d1e0c3b9f4a2e5d8c6b", collection.id());
        assertEquals(VerificationPhase.PENDING, collection.latestVerification().orElseThrow().phase().orElseThrow());
        assertFalse(VerificationPhase.PENDING.isTerminal());
        assertEquals(4L, status.currentStep().orElseThrow());
        List<StepExecutionMetadata> steps = status.stepExecutionMetadata();
        assertEquals(4, steps.size());
        assertEquals(1, steps.get(2).errorCount().orElseThrow());
        assertEquals("updated 1 key", steps.get(1).message().orElseThrow());
        assertEquals(PromotionStepStatus.SKIPPED, steps.get(3).status().orElseThrow());
        assertTrue(steps.get(3).continueOnError().orElseThrow());
        JsonObject state = status.state().orElseThrow().asObject();
        assertEquals("5678ef90", state.get("update::push").orElseThrow().asObject().getString("commit")
                .orElseThrow());
        HealthCheckStep check = status.healthChecks().get(0);
        assertEquals("argocd-update", check.uses());
        assertTrue(check.config().orElseThrow().containsKey("apps"));
        assertEquals("2025-06-02T10:14:00Z", status.startedAt().orElseThrow());
        assertEquals("2025-06-02T10:14:40Z", status.finishedAt().orElseThrow());
        assertEquals("2025-06-02T10:13:00Z", status.lastHandledRefresh().orElseThrow());
    }

    @Test
    void buildsAPromotionWithTheBuilders() {
        Promotion built = Promotion.builder()
                .metadata(m -> m.name("qa-promotion").namespace("kargo-managed-stack"))
                .spec(s -> s.stage("qa").freight("4c2a9f1e0b7d3a5c8e6f1a2b3c4d5e6f7a8b9c0d"))
                .build();
        assertEquals(promotions("promotion.yaml").get(0), built);

        Promotion byOrigin = Promotion.builder()
                .metadata(m -> m.name("qapreview-candidate").namespace("kargo-managed-stack"))
                .spec(s -> s.stage("qapreview").origin(o -> o.kindAsString("Warehouse").name("security-scan-repo")))
                .build();
        assertEquals(promotions("promotion.yaml").get(1), byOrigin);

        Promotion withStatus = Promotion.builder()
                .metadata(m -> m.name("p").namespace("ns"))
                .spec(s -> s.stage("dev").freight("abc")
                        .addVar(v -> v.name("x").value("1"))
                        .addStep(st -> st.uses("git-clone").as("clone"))
                        .addStep(PromotionStep.of("fail", JsonObject.of("message", "stop"))))
                .status(st -> st.phase(PromotionPhase.RUNNING)
                        .freight(f -> f.name("abc").origin(FreightOrigin.warehouse("w")))
                        .freightCollection(c -> c.id("c1"))
                        .addStepExecutionMetadata(m -> m.alias("clone").status(PromotionStepStatus.RUNNING))
                        .addHealthCheck(h -> h.uses("argocd-update")))
                .build();
        assertEquals(withStatus, CODEC.parseOne(CODEC.toYaml(withStatus), Promotion.class));
        assertFalse(withStatus.status().orElseThrow().isTerminal());
    }

    @Test
    void keepsUnknownFieldsAndUnknownEnumValues() {
        Promotion promotion = promotions("unknown-fields.yaml").get(0);
        assertEquals(JsonString.of("high"), promotion.unknownFields().get("priority").orElseThrow());
        assertEquals(JsonValue.of(true), promotion.spec().unknownFields().get("dryRun").orElseThrow());
        assertEquals(JsonString.of("strict"),
                promotion.spec().steps().get(0).unknownFields().get("sandbox").orElseThrow());
        PromotionStatus status = promotion.status().orElseThrow();
        assertEquals("Paused", status.phaseAsString().orElseThrow());
        assertEquals(PromotionPhase.UNKNOWN, status.phase().orElseThrow());
        assertFalse(status.isTerminal());
        StepExecutionMetadata step = status.stepExecutionMetadata().get(0);
        assertEquals(PromotionStepStatus.UNKNOWN, step.status().orElseThrow());
        assertEquals("Deferred", step.statusAsString().orElseThrow());
        assertEquals(JsonValue.of(3), step.unknownFields().get("attempts").orElseThrow());
        assertEquals(JsonValue.of(2), status.unknownFields().get("queuePosition").orElseThrow());

        String yaml = CODEC.toYaml(promotion);
        for (String s : List.of("priority: high", "dryRun: true", "sandbox: strict", "phase: Paused",
                "status: Deferred", "queuePosition: 2")) {
            assertTrue(yaml.contains(s), s + " in\n" + yaml);
        }
        assertThrows(IllegalArgumentException.class, () -> PromotionStatus.builder().phase(PromotionPhase.UNKNOWN));
        assertThrows(IllegalArgumentException.class,
                () -> StepExecutionMetadata.builder().status(PromotionStepStatus.UNKNOWN));
    }
}
