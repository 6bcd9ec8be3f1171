package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExprObjectTest {

    /** A counter with methods, as a Go pointer with methods would be. */
    record Counter(long n) implements ExprObject {
        @Override
        public String goType() {
            return "*test.Counter";
        }

        @Override
        public Set<String> methods() {
            return Set.of("Value", "Add", "Fail");
        }

        @Override
        public Object call(String method, List<Object> args) {
            return switch (method) {
                case "Value" -> n;
                case "Add" -> new Counter(n + (Long) args.get(0));
                default -> throw new IllegalArgumentException("counter failed on purpose");
            };
        }
    }

    private static final ExprLang LANG = ExprLang.builder()
            .function("counter", args -> new Counter((Long) args.get(0)), "func(n int) *test.Counter").build();

    @Test
    void methodsAreCalledAndChained() {
        assertEquals(5L, LANG.eval("counter(2).Add(3).Value()", Map.of()));
        assertEquals(7L, LANG.eval("c.Add(4).Value()", Map.of("c", new Counter(3))));
        assertEquals("*test.Counter", ExprLang.goType(LANG.eval("counter(1)", Map.of())));
    }

    @Test
    void aMethodsErrorIsARunTimeError() {
        ExprException e = assertThrows(ExprException.class, () -> LANG.eval("counter(1).Fail()", Map.of()));
        assertEquals(ExprException.Phase.RUN, e.phase());
        assertTrue(e.getMessage().startsWith("counter failed on purpose"), e.getMessage());
    }

    @Test
    void anUnknownMethodIsAnError() {
        assertThrows(ExprException.class, () -> LANG.eval("counter(1).Nope()", Map.of()));
    }
}
