package io.github.kargo4j.model.steps;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed table of the built-in steps' rules is what their annotations make now. */
class StepConfigRulesGeneratorTest {

    @Test
    void theCommittedTableIsUpToDate() throws IOException {
        String now = StepConfigRulesGenerator.source();
        if (Boolean.getBoolean("kargo4j.regenerate")) {
            Files.writeString(StepConfigRulesGenerator.TABLE, now, StandardCharsets.UTF_8);
        }
        String committed = Files.readString(StepConfigRulesGenerator.TABLE, StandardCharsets.UTF_8);
        assertTrue(committed.equals(now), "StepConfigRulesTable.java differs from what the steps' annotations make"
                + " now; regenerate it with: " + StepConfigRulesGenerator.REGENERATE);
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
        assertEquals("\"a\\\\d\\\"\\u00b5\\012\"", StepConfigRulesGenerator.literal("a\\d\"\u00b5\n"));
    }
}
