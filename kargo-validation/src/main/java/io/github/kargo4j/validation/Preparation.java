package io.github.kargo4j.validation;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one preparation of a validator's checks ({@link Check#prepare()}): started on a daemon thread of its own, so
 * that it overlaps the reading of files, or run by the first validation itself; each validation waits for it, so
 * that no check runs while it is being prepared.
 */
final class Preparation implements Runnable {

    private final List<Check> checks;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    /** An error that is not the checks' own fault (out of memory, say), for the validation to rethrow. */
    private volatile Error fatal;

    Preparation(List<Check> checks) {
        this.checks = checks;
    }

    /** Starts preparing on a daemon thread, unless it was started before; where no thread can start, it waits. */
    void startInBackground() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(this, "kargo4j-prepare");
        t.setDaemon(true);
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            started.set(false);   // no thread to be had: the first validation prepares on its own thread
        }
    }

    /** Prepares on the calling thread if no one has started, or waits for the preparation started before. */
    void await() {
        if (started.compareAndSet(false, true)) {
            run();
        } else {
            Workers.awaitUninterruptibly(done);
        }
        Error e = fatal;
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void run() {
        try {
            for (Check c : checks) {
                try {
                    c.prepare();
                } catch (RuntimeException | LinkageError e) {
                    // the check's run meets the same fault, and the validation reports it there (KR002)
                }
            }
        } catch (Error e) {
            fatal = e;
        } finally {
            done.countDown();
        }
    }
}
