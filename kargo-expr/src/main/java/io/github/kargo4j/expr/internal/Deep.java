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

    /** Stack of the helper thread: room for 10,000 levels at well over a kilobyte each. */
    static final long STACK_BYTES = 128L * 1024 * 1024;

    static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
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
