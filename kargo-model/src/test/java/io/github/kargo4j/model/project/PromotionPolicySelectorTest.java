package io.github.kargo4j.model.project;

import io.github.kargo4j.model.common.LabelSelectorRequirement;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromotionPolicySelectorTest {

    private static LabelSelectorRequirement req(String key, String op, String... values) {
        return LabelSelectorRequirement.builder().key(key).operator(op).addValues(values).build();
    }

    @Test
    void emptySelectorMatchesEveryStage() {
        PromotionPolicySelector s = PromotionPolicySelector.builder().build();
        assertTrue(s.matches("dev", Map.of()));
        assertTrue(s.matches("prod", Map.of("tier", "prod")));
        assertTrue(PromotionPolicySelector.byName("").matches("anything", Map.of()));
    }

    @Test
    void nameAndLabelsAreAnded() {
        PromotionPolicySelector s = PromotionPolicySelector.builder()
                .name("glob:qa-*")
                .putMatchLabel("tier", "qa")
                .build();
        assertTrue(s.matches("qa-1", Map.of("tier", "qa", "other", "x")));
        assertFalse(s.matches("qa-1", Map.of("tier", "prod")));
        assertFalse(s.matches("qa-1", Map.of()));
        assertFalse(s.matches("dev-1", Map.of("tier", "qa")));
    }

    @Test
    void matchExpressionOperators() {
        PromotionPolicySelector in = PromotionPolicySelector.builder()
                .addMatchExpression(req("region", "In", "eu", "us")).build();
        assertTrue(in.matches("s", Map.of("region", "eu")));
        assertFalse(in.matches("s", Map.of("region", "ap")));
        assertFalse(in.matches("s", Map.of()), "In requires the label");

        PromotionPolicySelector notIn = PromotionPolicySelector.builder()
                .addMatchExpression(e -> e.key("tier").operator("NotIn").addValues("prod")).build();
        assertTrue(notIn.matches("s", Map.of("tier", "dev")));
        assertTrue(notIn.matches("s", Map.of()), "NotIn accepts a missing label");
        assertFalse(notIn.matches("s", Map.of("tier", "prod")));

        PromotionPolicySelector exists = PromotionPolicySelector.builder()
                .addMatchExpression(req("owner", "Exists")).build();
        assertTrue(exists.matches("s", Map.of("owner", "")));
        assertFalse(exists.matches("s", Map.of()));

        PromotionPolicySelector absent = PromotionPolicySelector.builder()
                .addMatchExpression(req("frozen", "DoesNotExist")).build();
        assertTrue(absent.matches("s", Map.of()));
        assertFalse(absent.matches("s", Map.of("frozen", "true")));

        PromotionPolicySelector all = PromotionPolicySelector.builder()
                .addMatchExpression(req("region", "In", "eu"))
                .addMatchExpression(req("frozen", "DoesNotExist"))
                .build();
        assertTrue(all.matches("s", Map.of("region", "eu")));
        assertFalse(all.matches("s", Map.of("region", "eu", "frozen", "1")), "requirements are ANDed");
    }

    @Test
    void invalidRequirementsAreRejected() {
        PromotionPolicySelector badOp = PromotionPolicySelector.builder()
                .addMatchExpression(req("a", "Equals", "x")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> badOp.matches("s", Map.of("a", "x")));
        assertTrue(e.getMessage().contains("\"Equals\" is not a valid label selector operator"), e.getMessage());
        PromotionPolicySelector noValues = PromotionPolicySelector.builder().addMatchExpression(req("a", "In")).build();
        assertThrows(IllegalArgumentException.class, () -> noValues.matches("s", Map.of()));
        PromotionPolicySelector valuesOnExists = PromotionPolicySelector.builder()
                .addMatchExpression(req("a", "Exists", "x")).build();
        assertThrows(IllegalArgumentException.class, () -> valuesOnExists.matches("s", Map.of("a", "x")));
        PromotionPolicySelector badName = PromotionPolicySelector.byName("foo:bar");
        assertEquals("invalid pattern identifier \"foo\": must be \"regex\", \"regexp\" or \"glob\"",
                assertThrows(IllegalArgumentException.class, () -> badName.matches("s", Map.of())).getMessage());
    }

    @Test
    void namePatternParsesTheName() {
        assertEquals(StageNamePattern.Kind.GLOB,
                PromotionPolicySelector.byName("glob:*").namePattern().orElseThrow().kind());
        assertTrue(PromotionPolicySelector.builder().build().namePattern().isEmpty());
    }

    @Test
    void policyPrefersStageSelectorOverLegacyStageField() {
        PromotionPolicy legacy = PromotionPolicy.builder().stage("uat").autoPromotionEnabled(true).build();
        assertTrue(legacy.matches("uat", Map.of()));
        assertFalse(legacy.matches("uat-2", Map.of()));
        assertTrue(legacy.isAutoPromotionEnabled());

        PromotionPolicy both = PromotionPolicy.builder().stage("uat")
                .stageSelector(s -> s.name("regex:^qa")).build();
        assertFalse(both.matches("uat", Map.of()), "Kargo ignores stage when stageSelector is set");
        assertTrue(both.matches("qa-1", Map.of()));
        assertFalse(both.isAutoPromotionEnabled(), "autoPromotionEnabled defaults to false");
    }
}
