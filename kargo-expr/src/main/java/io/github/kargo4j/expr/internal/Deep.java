package io.github.kargo4j.expr.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs deeply recursive work (parsing, checking and evaluating an expression nested up to the configured limit) on a
 * helper thread whose stack is sized for that limit, and hands back its result or exception. The recursion of that
 * work is at most a few frames per nesting level and the nesting is bounded, so the stack below always suffices.
 */
final class Deep {

    private Deep() {
    }

    /**
     * Stack of the helper thread. The deepest shapes the limits allow (10,000 parentheses, 5,000 nested calls, ...)
     * need about 16 MB (LimitsTest); this leaves twice that. It is address space, committed only as it is used.
     */
    static final long STACK_BYTES = 32L * 1024 * 1024;

    /** The helper thread's stack did not suffice; the limits are meant to make this impossible. */
    static final class Overflow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overflow() {
            super("expression is nested too deeply", null, false, false);
        }
    }

    private static final ThreadLocal<Boolean> ON_HELPER = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Values nested up to this depth are walked on the caller's thread. */
    static final int INLINE_VALUE_DEPTH = 64;

    /**
     * Runs work that walks {@code value} recursively: here when the value is shallow or this is already the helper
     * thread, otherwise on a helper thread.
     */
    static <T> T forValue(Object value, Supplier<T> work) {
        return forDepth(ON_HELPER.get() ? 0 : Values.depth(value), work);
    }

    /** Runs work that recurses {@code depth} levels deep: here when that is shallow, otherwise on a helper thread. */
    static <T> T forDepth(int depth, Supplier<T> work) {
        if (ON_HELPER.get() || depth <= INLINE_VALUE_DEPTH) {
            return work.get();
        }
        return call(work);
    }

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            ON_HELPER.set(Boolean.TRUE);
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                failure.set(new Overflow());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "kargo-expr-deep", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
