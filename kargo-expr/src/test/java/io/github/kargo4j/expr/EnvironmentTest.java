package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void isCopiedOnceAndRunsManyPrograms() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("n", 2);
        Environment env = Environment.of(Map.of("vars", vars));
        vars.put("n", 5); // later changes to the caller's map are not seen
        assertEquals(3L, ExprLang.standard().compile("vars.n + 1").run(env));
        assertEquals("2", ExprLang.standard().compile("string(vars.n)").run(env));
        assertEquals(java.util.Set.of("vars"), env.names());
    }

    @Test
    void sharedValuesAreAllowedAndResultsCannotChangeTheEnvironment() {
        List<Object> shared = List.of(1, 2);
        Environment env = Environment.of(Map.of("a", shared, "b", Map.of("c", shared)));
        assertEquals(true, ExprLang.standard().compile("a == b.c").run(env));
        Object result = ExprLang.standard().compile("a").run(env);
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) result).clear());
        assertEquals(2L, ExprLang.standard().compile("len(a)").run(env));
    }

    @Test
    void aCycleIsAClearErrorNotAHang() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        ExprException e = assertThrows(ExprException.class, () -> Environment.of(Map.of("x", cycle)));
        assertTrue(e.getMessage().contains("contains a cycle"), e.getMessage());
    }

    @Test
    void toStringNeverShowsValues() {
        Environment env = Environment.of(Map.of("secret", "hunter2"));
        assertFalse(env.toString().contains("hunter2"), env.toString());
    }
}
