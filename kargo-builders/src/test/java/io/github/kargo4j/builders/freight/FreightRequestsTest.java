package io.github.kargo4j.builders.freight;

import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.SelectionPolicy;
import io.github.kargo4j.model.stage.Stage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreightRequestsTest {

    private static final KargoCodec CODEC = KargoCodec.create();

    private static JsonObject sourcesJson(FreightRequestIntent intent) {
        return (JsonObject) KargoCodec.toTree(intent.sources());
    }

    @Test
    void directWritesOnlyDirectTrue() {
        FreightRequest r = FreightRequests.fromWarehouse("security-scan-repo").direct().build();
        assertEquals(FreightOrigin.warehouse("security-scan-repo"), r.origin());
        assertTrue(r.sources().isDirect());
        assertEquals(JsonObject.of("direct", true), KargoCodec.toTree(r.sources()));
    }

    @Test
    void viaStagesWritesStagesAndDirectFalseAndNothingElse() {
        FreightRequest r = FreightRequests.fromWarehouse("security-scan-repo").viaStages("devpreview").build();
        FreightSources s = r.sources();
        assertEquals(List.of("devpreview"), s.stages());
        assertFalse(s.isDirect());
        assertTrue(s.availabilityStrategy().isEmpty(), "Kargo's default OneOf is not written");
        assertTrue(s.requiredSoakTime().isEmpty());
        assertTrue(s.autoPromotionOptions().isEmpty());
        assertEquals(List.of("direct", "stages"), sourcesJson(FreightRequests.fromWarehouse("w").viaStages("a"))
                .keys());
    }

    @Test
    void requireAllAndRequireOne() {
        UpstreamRequest join = FreightRequests.fromWarehouse("w").viaStages("test-eu", "test-us").requireAll();
        assertEquals(AvailabilityStrategy.ALL, join.sources().effectiveAvailabilityStrategy());
        assertEquals("All", join.sources().availabilityStrategyAsString().orElseThrow());
        assertEquals(List.of("test-eu", "test-us"), join.stages());
        UpstreamRequest any = join.requireOne();
        assertEquals("OneOf", any.sources().availabilityStrategyAsString().orElseThrow());
        assertEquals("All", join.sources().availabilityStrategyAsString().orElseThrow(), "intents are immutable");
    }

    @Test
    void soakTimeIsWrittenAsAKargoDuration() {
        UpstreamRequest r = FreightRequests.fromWarehouse("w").viaStages("a", "b").requireAll()
                .soak(Duration.ofHours(1));
        assertEquals("1h", r.sources().requiredSoakTime().orElseThrow());
        assertEquals("1h30m", r.soak(Duration.ofMinutes(90)).sources().requiredSoakTime().orElseThrow());
        assertEquals("24h", r.soak(Duration.ofDays(1)).sources().requiredSoakTime().orElseThrow());
        assertEquals("45m", r.soak("45m").sources().requiredSoakTime().orElseThrow());
        assertTrue(r.soak(Duration.ZERO).sources().requiredSoakTime().isEmpty(), "zero removes the requirement");
        assertThrows(IllegalArgumentException.class, () -> r.soak(Duration.ofMinutes(-1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.soak("1d"));
        assertTrue(e.getMessage().contains("1h30m"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.soak("500ms"));
    }

    @Test
    void matchUpstreamNeedsExactlyOneUpstream() {
        UpstreamRequest r = FreightRequests.fromWarehouse("w").viaStages("uat").matchUpstream();
        assertEquals(SelectionPolicy.MATCH_UPSTREAM, r.sources().effectiveSelectionPolicy());
        assertEquals(r.build(), FreightRequests.fromWarehouse("w").matchUpstream("uat").build());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FreightRequests.fromWarehouse("w").viaStages("a", "b").matchUpstream());
        assertTrue(e.getMessage().contains("exactly one upstream Stage"), e.getMessage());
        assertTrue(e.getMessage().contains("a, b"), e.getMessage());
    }

    @Test
    void newestFreightIsWrittenOnlyWhenAsked() {
        UpstreamRequest r = FreightRequests.fromWarehouse("w").viaStages("a", "b").newestFreight();
        assertEquals("NewestFreight", r.sources().autoPromotionOptions().orElseThrow().selectionPolicyAsString()
                .orElseThrow());
    }

    @Test
    void wrongRequestsAreRejectedWithAHint() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> FreightRequests.fromWarehouse("w").viaStages());
        assertTrue(none.getMessage().contains("direct()"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FreightRequests.fromWarehouse("w").viaStages("a", "a"));
        assertThrows(IllegalArgumentException.class, () -> FreightRequests.fromWarehouse("w").viaStages("a", " "));
        assertThrows(IllegalArgumentException.class, () -> FreightRequests.fromWarehouse(""));
        assertThrows(NullPointerException.class, () -> FreightRequests.fromWarehouse(null));
    }

    @Test
    void anIntentGoesStraightIntoAStageSpecAndRoundTrips() {
        UpstreamRequest fromUat = FreightRequests.fromWarehouse("app").viaStages("uat").requireAll()
                .soak(Duration.ofMinutes(30)).matchUpstream();
        Stage prod = Stage.builder()
                .metadata(m -> m.name("prod").namespace("p"))
                .spec(s -> s.addRequestedFreight(fromUat)
                        .addRequestedFreight(FreightRequests.fromWarehouse("config").direct()))
                .build();
        assertEquals(List.of(fromUat.build(), FreightRequests.fromWarehouse("config").direct().build()),
                prod.spec().requestedFreight());
        String yaml = CODEC.toYaml(prod);
        assertTrue(yaml.contains("requiredSoakTime: 30m"), yaml);
        assertTrue(yaml.contains("selectionPolicy: MatchUpstream"), yaml);
        assertEquals(prod, CODEC.parseOne(yaml, Stage.class));
    }

    @Test
    void anIntentMatchesTheSeedManifestShape() {
        String seed = """
                origin:
                  kind: Warehouse
                  name: security-scan-repo
                sources:
                  direct: false
                  stages:
                    - devpreview
                """;
        FreightRequest expected = CODEC.parseOne(wrapInStage(seed), Stage.class).spec().requestedFreight().get(0);
        assertEquals(expected, FreightRequests.fromWarehouse("security-scan-repo").viaStages("devpreview").build());
    }

    private static String wrapInStage(String request) {
        return "apiVersion: kargo.akuity.io/v1alpha1\nkind: Stage\nmetadata:\n  name: s\nspec:\n  requestedFreight:\n"
                + request.indent(4).replaceFirst("^    ", "  - ");
    }

    @Test
    void toStringReadsLikeTheCallThatMadeIt() {
        assertEquals("FreightRequests.fromWarehouse(\"w\").direct()",
                FreightRequests.fromWarehouse("w").direct().toString());
        assertEquals("FreightRequests.fromWarehouse(\"w\").viaStages(\"a\", \"b\").requireAll().soak(\"1h\")",
                FreightRequests.fromWarehouse("w").viaStages("a", "b").requireAll().soak(Duration.ofHours(1))
                        .toString());
    }
}
