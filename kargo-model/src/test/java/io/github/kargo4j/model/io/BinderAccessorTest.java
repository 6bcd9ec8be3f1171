package io.github.kargo4j.model.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The binder's accessors go through a method handle for their first calls and through a class of their own after
 * {@link Binder#SPIN_AFTER} calls: the same results and the same exceptions on both sides of that moment.
 */
class BinderAccessorTest {

    /** Called by reflection through the binder's accessors. */
    public static final class Target {
        private final List<String> seen = new ArrayList<>();

        public static Target create() {
            return new Target();
        }

        public int length(Object s) {
            return ((String) s).length();
        }

        public Target add(Object s) {
            if ("bad".equals(s)) {
                throw new IllegalArgumentException("bad value");
            }
            seen.add((String) s);
            return this;
        }

        public String fail() {
            throw new IllegalStateException("failed on purpose");
        }
    }

    private static final int CALLS = Binder.SPIN_AFTER * 3;

    @Test
    void aFunctionAnswersTheSameBeforeAndAfterItsClassIsMade() throws Exception {
        Function<Object, Object> length = Binder.function(String.class.getMethod("length"));
        for (int i = 0; i < CALLS; i++) {
            String s = "x".repeat(i % 17);
            assertEquals(s.length(), length.apply(s), "call " + i);
        }
    }

    @Test
    void aBiFunctionAnswersTheSameAndPassesItsExceptionsOnUnchanged() throws Exception {
        BiFunction<Object, Object, Object> add = Binder.biFunction(Target.class.getMethod("add", Object.class));
        Target t = new Target();
        for (int i = 0; i < CALLS; i++) {
            assertSame(t, add.apply(t, "v" + i));
            if (i % 100 == 0) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> add.apply(t, "bad"));
                assertEquals("bad value", e.getMessage());
            }
        }
        assertEquals(CALLS, t.seen.size());
        assertEquals("v" + (CALLS - 1), t.seen.get(CALLS - 1));
    }

    @Test
    void aSupplierMakesANewValueOnEveryCall() throws Exception {
        Supplier<Object> create = Binder.supplier(Target.class.getMethod("create"));
        Object previous = null;
        for (int i = 0; i < CALLS; i++) {
            Object made = create.get();
            assertEquals(Target.class, made.getClass());
            if (previous != null) {
                assertEquals(false, made == previous, "call " + i + " returned the previous value");
            }
            previous = made;
        }
    }

    @Test
    void anUncheckedExceptionOfTheAccessorIsThrownAsItIs() throws Exception {
        Function<Object, Object> fail = Binder.function(Target.class.getMethod("fail"));
        Target t = new Target();
        for (int i = 0; i < CALLS; i++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> fail.apply(t));
            assertEquals("failed on purpose", e.getMessage());
        }
    }
}
