package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Hostile sizes and nestings end in an ExprException, never a StackOverflowError or unbounded work. */
class LimitsTest {

    private static final ExprLang LANG = ExprLang.standard();

    private static ExprException error(String source) {
        return assertThrows(ExprException.class, () -> LANG.eval(source, Map.of()));
    }

    @Test
    void hundredThousandParenthesesAreRefused() {
        ExprException e = error("(".repeat(100_000) + "1" + ")".repeat(100_000));
        assertEquals("compilation failed: expression exceeds maximum nesting depth", e.reason());
        assertEquals(ExprException.Phase.COMPILE, e.phase());
    }

    @Test
    void hundredThousandMinusesAreRefused() {
        // the operand is parsed before its node is counted, so the nesting limit comes first
        assertEquals("compilation failed: expression exceeds maximum nesting depth",
                error("-".repeat(100_000) + "1").reason());
        assertEquals("compilation failed: expression exceeds maximum allowed nodes",
                error("1" + " + 1".repeat(10_000)).reason());
    }

    @Test
    void theDeepestAcceptedExpressionRunsOnASmallStack() throws InterruptedException {
        // 9,999 unary minuses and a literal: 10,000 nodes, expr-lang's limit, nested 10,000 deep
        String deepest = "-".repeat(9_999) + "1";
        String parens = "(".repeat(9_999) + "1" + ")".repeat(9_999);
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                String built = "reduce(1..5000, [#acc], [])";
                result.set(new Object[] {LANG.eval(deepest, Map.of()), LANG.eval(parens, Map.of()),
                    LANG.eval("len(toJSON(" + built + ")) > 0 && " + built + " == " + built + " && len(string("
                            + built + ")) == 10002 && len(fromJSON(toJSON(" + built + "))) == 1", Map.of()),
                    assertThrows(ExprException.class, () -> LANG.eval("toJSON(reduce(1..20000, [#acc], []))",
                            Map.of())).reason()});
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        Object[] r = (Object[]) result.get();
        assertEquals(-1L, r[0]);
        assertEquals(1L, r[1]);
        assertEquals(Boolean.TRUE, r[2]);
        assertEquals("json: unsupported value: encountered a cycle or too deep a value", r[3]);
    }

    @Test
    void deeplyNestedEnvironmentValuesDoNotOverflowTheCallersStack() throws InterruptedException {
        Object deep = 1L;
        for (int i = 0; i < 900; i++) {
            deep = java.util.List.of(deep);
        }
        Map<String, Object> env = Map.of("v", deep);
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(new Object[] {LANG.eval("v == v", env), ((String) LANG.eval("toJSON(v)", env)).length()});
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        Object[] r = (Object[]) result.get();
        assertEquals(Boolean.TRUE, r[0]);
        // level i opens with "[", a line break and 2(i+1) spaces and closes with a line break, 2i spaces and "]"
        assertEquals(1_623_601, r[1]);
    }

    @Test
    void theDeepestShapesOfEveryKindRun() {
        // each shape nested as deeply as the node and nesting limits allow
        assertEquals(1L, LANG.eval("abs(".repeat(4_999) + "1" + ")".repeat(4_999), Map.of()));
        assertEquals(1L, LANG.eval("true ? 1 : ".repeat(3_333) + "1", Map.of()));
        assertEquals(1L, LANG.eval("[".repeat(4_999) + "1" + "]".repeat(4_999) + "[0]", Map.of()) instanceof List
                ? 1L : 0L);
        // values nest at most 10,000 levels for toJSON, string() and ==, which walk them recursively
        assertEquals("json: unsupported value: encountered a cycle or too deep a value",
                error("toJSON(reduce(1..20000, [#acc], []))").reason());
        assertEquals(Boolean.TRUE, LANG.eval("!".repeat(9_998) + "true", Map.of()));
        assertEquals(3L, LANG.eval("{a: ".repeat(1_500) + "3" + "}".repeat(1_500) + ".a".repeat(1_500), Map.of()));
        assertEquals(2L, LANG.eval("map([1], ".repeat(1_000) + "2" + ")".repeat(1_000) + "[0]".repeat(1_000),
                Map.of()));
        assertEquals(1L, LANG.eval("nil ?? ".repeat(4_999) + "1", Map.of()));
        assertEquals(List.of(), LANG.eval("(".repeat(9_999) + "[]" + ")".repeat(9_999), Map.of()));
    }

    @Test
    void evenATinyStackGetsAnAnswer() throws InterruptedException {
        // short sources are compiled on the caller's thread; on a 64 KB stack that may not suffice
        String source = "(".repeat(120) + "[1, 2]" + ")".repeat(120) + " | map(# * 2) | sum()";
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(LANG.eval(source, Map.of()));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "tiny-stack", 64 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(6L, result.get());
    }

    @Test
    void longLeftAssociativeChainsRun() {
        assertEquals(5000L, LANG.eval("1" + " + 1".repeat(4_999), Map.of()));
    }

    @Test
    void rangesAndRepeatAreBoundedByTheMemoryBudget() {
        assertEquals("memory budget exceeded", error("len(1..1000000000)").reason());
        assertEquals("memory budget exceeded", error("len(1..1000000)").reason());
        assertEquals(100_000L, LANG.eval("len(1..100000)", Map.of()));
        assertEquals("invalid operation: .. (mismatched types int and float64)", error("1..1e9").reason());
        assertEquals("memory budget exceeded", error("repeat('ab', 1000000)").reason());
        assertEquals("memory budget exceeded", error("len(repeat(repeat('ab', 1000), 1000))").reason());
        assertEquals("memory budget exceeded", error("map(1..1000, map(1..1000, 1))").reason());
    }

    @Test
    void hugeLiteralsAreCompileErrors() {
        assertEquals("invalid integer literal: strconv.ParseInt: parsing \"99999999999999999999\": value out of range",
                error("99999999999999999999").reason());
        assertEquals("invalid float literal: strconv.ParseFloat: parsing \"1e999\": value out of range",
                error("1e999").reason());
    }

    @Test
    void nestedLoopsStopAtTheStepBudget() {
        Map<String, Object> env = Map.of("xs", java.util.Collections.nCopies(1000, 1));
        ExprException e = assertThrows(ExprException.class,
                () -> LANG.eval("sum(xs, sum(xs, sum(xs, #)))", env));
        assertEquals("evaluation step budget exceeded", e.reason());
    }
}
