package io.github.kargo4j.model.promotion;

import io.github.kargo4j.model.testing.Fixtures;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonArray;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterPromotionTaskTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static List<ClusterPromotionTask> tasks() {
        return CODEC.parse(Fixtures.read("clusterpromotiontask/shared-notify.yaml")).stream()
                .map(Manifest::resource).map(ClusterPromotionTask.class::cast).toList();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
        List<Path> files = Fixtures.all("clusterpromotiontask");
        assertFalse(files.isEmpty());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Manifest> read = RoundTrip.assertLossless(Fixtures.read(f));
            assertEquals(2, read.size());
            read.forEach(m -> assertTrue(m.resource() instanceof ClusterPromotionTask, "typed: " + m.resource()));
        }));
    }

    @Test
    void readsTypedValues() {
        ClusterPromotionTask task = tasks().get(0);
        assertEquals("ClusterPromotionTask shared-notify", task.ref());
        assertEquals("", task.namespace(), "cluster-scoped");
        assertEquals("platform", task.metadata().labels().get("example.com/team"));
        assertEquals(ExpressionVariable.of("webhookURL", "https://hooks.example.com/kargo"), task.spec().vars().get(0));
        PromotionStep post = task.spec().steps().get(0);
        assertEquals("http", post.uses().orElseThrow());
        assertEquals("post", post.alias(0));
        assertEquals("2m", post.retry().orElseThrow().timeout().orElseThrow());
        assertEquals(5, post.retry().orElseThrow().errorThreshold().orElseThrow());
        JsonObject config = post.config().orElseThrow();
        assertEquals("response.status == 200", config.getString("successExpression").orElseThrow());
        assertTrue(config.get("headers").orElseThrow() instanceof JsonArray);
        PromotionStep output = task.spec().steps().get(1);
        assertEquals("step-2", output.alias(1));
        assertEquals(JsonValue.of(true), output.config().orElseThrow().get("notified").orElseThrow());
    }

    @Test
    void buildsATaskWithTheBuilders() {
        ClusterPromotionTask built = ClusterPromotionTask.builder()
                .metadata(m -> m.name("shared-unknown"))
                .spec(s -> s.addStep(st -> st.uses("fail")
                                .config(JsonObject.of("message", "placeholder"))
                                .unknownFields(JsonObject.of("owner", "platform")))
                        .unknownFields(JsonObject.of("parallel", true)))
                .unknownFields(JsonObject.of("scope", "global"))
                .build();
        assertEquals(tasks().get(1), built);
        KargoResource back = CODEC.parseOne(CODEC.toYaml(built), ClusterPromotionTask.class);
        assertEquals(built, back);
    }

    @Test
    void keepsUnknownFieldsAtEveryDepth() {
        ClusterPromotionTask task = tasks().get(1);
        assertEquals(JsonString.of("global"), task.unknownFields().get("scope").orElseThrow());
        assertEquals(JsonValue.of(true), task.spec().unknownFields().get("parallel").orElseThrow());
        assertEquals(JsonString.of("platform"),
                task.spec().steps().get(0).unknownFields().get("owner").orElseThrow());
        String yaml = CODEC.toYaml(task);
        assertTrue(yaml.contains("scope: global") && yaml.contains("parallel: true")
                && yaml.contains("owner: platform"), yaml);
    }
}
