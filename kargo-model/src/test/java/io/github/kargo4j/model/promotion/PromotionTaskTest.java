package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.testing.Fixtures;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.testing.RoundTrip;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionTaskTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static PromotionTask task(String file) {
        return CODEC.parseOne(Fixtures.read("promotiontask/" + file), PromotionTask.class);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
        List<Path> files = Fixtures.all("promotiontask");
        assertTrue(files.size() >= 2, "fixtures: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> read = RoundTrip.assertLossless(Fixtures.read(f));
            assertFalse(read.isEmpty());
            read.forEach(m -> assertTrue(m.resource() instanceof PromotionTask, "typed: " + m.resource()));
        }));
    }

    @Test
    void readsTypedValues() {
        PromotionTask task = task("pulumi-stack-update.yaml");
        assertEquals("PromotionTask kargo-managed-stack/pulumi-stack-update", task.ref());
        PromotionTaskSpec spec = task.spec();
        assertEquals("stack", spec.vars().get(0).name());
        assertTrue(spec.vars().get(0).value().isEmpty(), "a var without value is a required input");
        assertEquals("main", spec.vars().get(2).value().orElseThrow());
        List<PromotionStep> steps = spec.steps();
        assertEquals(List.of("clone", "update", "commit", "push", "result"),
                IntStream.range(0, steps.size()).mapToObj(i -> steps.get(i).alias(i)).toList());
        assertEquals(List.of(ExpressionVariable.of("message", "${{ task.outputs['update'].commitMessage }}")),
                steps.get(2).vars());
        assertEquals(2, steps.get(3).retry().orElseThrow().errorThreshold().orElseThrow());
        assertTrue(steps.get(3).retry().orElseThrow().timeout().isEmpty());
        assertEquals("${{ success() }}", steps.get(4).ifCondition().orElseThrow());
        assertEquals(false, steps.get(4).continueOnError().orElseThrow());
        assertEquals("${{ task.outputs['push'].commit }}",
                steps.get(4).config().orElseThrow().getString("commit").orElseThrow());
        assertTrue(steps.stream().noneMatch(PromotionStep::isTaskStep));
    }

    @Test
    void buildsATaskWithTheBuilders() {
        PromotionTask built = PromotionTask.builder()
                .metadata(m -> m.name("experimental").namespace("kargo-managed-stack"))
                .spec(s -> s.addStep(st -> st.uses("fail")
                        .config(JsonObject.of("message", "not ready yet"))
                        .retry(r -> r.timeout("1m").unknownFields(JsonObject.of("backoff", "exponential")))
                        .unknownFields(JsonObject.of("timeout", "5m")))
                        .unknownFields(JsonObject.of("inputs", List.of(JsonObject.of("name", "legacy")))))
                .unknownFields(JsonObject.of("description", "not a PromotionTask field"))
                .build();
        assertEquals(task("unknown-fields.yaml"), built);

        PromotionTask withVars = PromotionTask.builder()
                .metadata(m -> m.name("t").namespace("ns"))
                .spec(s -> s.addVar(v -> v.name("stack")).addVar(ExpressionVariable.of("branch", "main"))
                        .addStep(PromotionStep.of("git-clone", JsonObject.of("repoURL", "${{ vars.repo }}"))))
                .build();
        assertEquals(withVars, CODEC.parseOne(CODEC.toYaml(withVars), PromotionTask.class));
    }

    @Test
    void keepsUnknownFieldsAtEveryDepth() {
        PromotionTask task = task("unknown-fields.yaml");
        assertEquals(JsonString.of("not a PromotionTask field"), task.unknownFields().get("description").orElseThrow());
        assertTrue(task.spec().unknownFields().containsKey("inputs"));
        PromotionStep step = task.spec().steps().get(0);
        assertEquals(JsonString.of("5m"), step.unknownFields().get("timeout").orElseThrow());
        assertEquals(JsonString.of("exponential"),
                step.retry().orElseThrow().unknownFields().get("backoff").orElseThrow());
    }

    @Test
    void taskReferenceKindIsAnOpenEnum() {
        PromotionTaskReference unknown = PromotionTaskReference.builder().name("t").kindAsString("RemoteTask").build();
        assertEquals(PromotionTaskKind.UNKNOWN, unknown.kind().orElseThrow());
        assertEquals(PromotionTaskKind.UNKNOWN, unknown.effectiveKind());
        assertFalse(unknown.isClusterScoped());
        PromotionStep step = PromotionStep.builder().task(unknown).build();
        PromotionTask holder = PromotionTask.builder().metadata(m -> m.name("h"))
                .spec(s -> s.addStep(step)).build();
        PromotionTask back = CODEC.parseOne(CODEC.toYaml(holder), PromotionTask.class);
        assertEquals("RemoteTask", back.spec().steps().get(0).task().orElseThrow().kindAsString().orElseThrow());
        assertEquals("task-1", back.spec().steps().get(0).alias(0));
        assertEquals(PromotionTaskKind.PROMOTION_TASK, PromotionTaskReference.of("t").effectiveKind());
        assertTrue(PromotionTaskReference.of("t").kind().isEmpty());
        assertEquals(PromotionTaskKind.CLUSTER_PROMOTION_TASK, PromotionTaskReference.cluster("t").kind().orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> PromotionTaskReference.builder().kind(PromotionTaskKind.UNKNOWN));
        assertEquals("step-3", PromotionStep.builder().uses("x").as("").build().alias(2),
                "an empty alias counts as none");
    }
}
