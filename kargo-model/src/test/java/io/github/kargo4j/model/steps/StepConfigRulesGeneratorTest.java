package io.github.kargo4j.model.steps;

import io.github.kargo4j.model.testing.GeneratedSources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed table of the built-in steps' rules is what their annotations make now. */
class StepConfigRulesGeneratorTest {

    @Test
    void theCommittedTableIsUpToDate() throws IOException {
        GeneratedSources.assertUpToDate(StepConfigRulesGenerator.TABLE, StepConfigRulesGenerator.source(),
                StepConfigRulesGenerator.REGENERATE);
    }

    @Test
    void everyBuiltInStepHasItsRulesInTheTableAsTheAnnotationsSay() {
        for (Class<?> type : Steps.builtIn().values()) {
            StepConfigRules.ObjectRules table = StepConfigRulesTable.rules(type);
            assertTrue(table != null, type.getName());
            StepConfigRules.ObjectRules read = StepConfigRules.build(type, new HashMap<>());
            assertEquals(read.properties.keySet(), table.properties.keySet(), type.getName());
            assertEquals(read.closed, table.closed, type.getName());
            assertEquals(read.open, table.open, type.getName());
            assertEquals(StepConfigRules.isOpen(type), read.open, type.getName());
        }
    }

    @Test
    void literalsEscapeWhatJavaSourceCannotHoldPlainly() {
        assertEquals("\"a\\\\d\\\"\\u00b5\\012\"", GeneratedSources.literal("a\\d\"\u00b5\n"));
    }
}
