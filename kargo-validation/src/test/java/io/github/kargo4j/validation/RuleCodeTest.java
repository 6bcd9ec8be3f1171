package io.github.kargo4j.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A rule's code is K, its category's letter and three digits. */
class RuleCodeTest {

    @Test
    void wellFormedCodesAreAccepted() {
        assertEquals("KG001", Rule.of("KG001", "x", Category.GRAPH, Severity.ERROR, "s").code());
        assertEquals("KV999", Rule.of("KV999", "x", Category.VERIFICATION, Severity.INFO, "s").code());
    }

    @Test
    void malformedCodesAreRefused() {
        for (String bad : new String[] {"KG01", "KG0001", "kG001", "XG001", "KG00a", "KGA01", "K-001", "KG 01", "",
            "KG001 ", "KG\u0661\u0662\u0663"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Rule.of(bad, "x", Category.GRAPH, Severity.ERROR, "s"), bad);
            assertEquals("rule code " + bad + " must be KGnnn", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Rule.of("KA001", "x", Category.GRAPH, Severity.ERROR, "s"));
    }
}
