package io.github.kargo4j.builders.fleet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KubernetesNamesTest {

    @Test
    void labelsAcceptLowerCaseDigitsAndInnerDashesUpTo63() {
        assertTrue(KubernetesNames.labelProblem("kargo-nginx").isEmpty());
        assertTrue(KubernetesNames.labelProblem("a").isEmpty());
        assertTrue(KubernetesNames.labelProblem("0-9").isEmpty());
        assertTrue(KubernetesNames.labelProblem("a".repeat(63)).isEmpty());
    }

    @Test
    void labelsNameTheBrokenRule() {
        assertEquals("is 64 characters long, but a DNS-1123 label has at most 63",
                KubernetesNames.labelProblem("a".repeat(64)).orElseThrow());
        assertTrue(KubernetesNames.labelProblem("kargo-Nginx").orElseThrow().startsWith("contains 'N'"));
        assertTrue(KubernetesNames.labelProblem("a.b").orElseThrow().startsWith("contains '.'"));
        assertTrue(KubernetesNames.labelProblem("a_b").orElseThrow().contains("only lower-case letters"));
        assertTrue(KubernetesNames.labelProblem("a b").orElseThrow().startsWith("contains U+0020"));
        assertTrue(KubernetesNames.labelProblem("-a").orElseThrow().startsWith("starts with '-'"));
        assertTrue(KubernetesNames.labelProblem("a-").orElseThrow().startsWith("ends with '-'"));
        assertTrue(KubernetesNames.labelProblem("").orElseThrow().startsWith("is empty"));
    }

    @Test
    void subdomainsAllowDotsAndLongerNames() {
        assertTrue(KubernetesNames.subdomainProblem("nginx-dev-eastus").isEmpty());
        assertTrue(KubernetesNames.subdomainProblem("a.b.c").isEmpty());
        assertTrue(KubernetesNames.subdomainProblem("a".repeat(253)).isEmpty());
        assertTrue(KubernetesNames.subdomainProblem("a".repeat(254)).orElseThrow().contains("at most 253"));
        assertTrue(KubernetesNames.subdomainProblem("a..b").orElseThrow().contains("empty part"));
        assertTrue(KubernetesNames.subdomainProblem("a.-b").orElseThrow().startsWith("starts with '-'"));
        assertTrue(KubernetesNames.subdomainProblem("A").orElseThrow().startsWith("contains 'A'"));
    }

    @Test
    void labelValuesAllowUpperCaseUnderscoresAndDots() {
        assertTrue(KubernetesNames.labelValueProblem("Shard_1.a").isEmpty());
        assertTrue(KubernetesNames.labelValueProblem("shard/1").orElseThrow().startsWith("contains '/'"));
        assertTrue(KubernetesNames.labelValueProblem("_x").orElseThrow().contains("start and end"));
        assertTrue(KubernetesNames.labelValueProblem("x".repeat(64)).orElseThrow().contains("at most 63"));
    }

    @Test
    void requireThrowsWithTheNameAndRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KubernetesNames.requireLabel("kargo-My", "namespace name"));
        assertEquals("namespace name \"kargo-My\" contains 'M', but a DNS-1123 label has only lower-case letters "
                + "a-z, digits and '-'", e.getMessage());
        assertEquals("x.y", KubernetesNames.requireSubdomain("x.y", "Stage name"));
    }
}
