package io.github.kargo4j.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The threads of one validation run: {@link #map} runs work for each item of a list and gives the results in item
 * order, whatever the number of threads, so that a report never depends on it. The calling thread works too, and
 * takes every item no other thread has taken, so a {@code map} inside a {@code map} (a check that parallelises its own
 * loop) never waits for a thread that is not coming: it never deadlocks.
 */
final class Workers implements AutoCloseable {

    /** One thread, the caller's: no pool at all. */
    static final Workers SEQUENTIAL = new Workers(1);

    private final int threads;
    private final ExecutorService helpers;

    private Workers(int threads) {
        this.threads = threads;
        this.helpers = threads == 1 ? null : new ThreadPoolExecutor(threads - 1, threads - 1, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), DaemonThreads.INSTANCE);
    }

    /** Makes the pool's daemon threads (a named class, not a lambda: no call site to link at start-up). */
    private static final class DaemonThreads implements ThreadFactory {
        static final DaemonThreads INSTANCE = new DaemonThreads();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "kargo4j-validate");
            t.setDaemon(true);
            return t;
        }
    }

    /**
     * @param threads at least 1, the calling thread included
     * @return workers; close them when done
     */
    static Workers of(int threads) {
        return threads <= 1 ? SEQUENTIAL : new Workers(threads);
    }

    /**
     * @param items the items
     * @param work  what to do with each; may run on any of the threads, several items at once
     * @param <T>   the items' type
     * @param <R>   the results' type
     * @return the results, in item order
     * @throws RuntimeException or {@link Error}: the first one thrown by the work, in item order, after every item
     *                          taken has been done
     */
    <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        int n = items.size();
        if (helpers == null || n < 2) {
            List<R> out = new ArrayList<>(n);
            for (T item : items) {
                out.add(work.apply(item));
            }
            return out;
        }
        Drain<T, R> drain = new Drain<>(items, work);
        for (int k = Math.min(threads, n) - 1; k > 0; k--) {
            helpers.execute(drain);
        }
        drain.run();
        awaitUninterruptibly(drain.itemsDone);
        for (Throwable t : drain.failures) {
            if (t instanceof RuntimeException e) {
                throw e;
            } else if (t instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(drain.results);
        return out;
    }

    /** Takes the next item not taken yet until none is left: what every thread of one {@link #map} runs. */
    private static final class Drain<T, R> implements Runnable {
        private final List<T> items;
        private final Function<? super T, ? extends R> work;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();
        // counts items, not threads: a helper still queued behind busy threads is never waited for
        private final CountDownLatch itemsDone;

        Drain(List<T> items, Function<? super T, ? extends R> work) {
            this.items = items;
            this.work = work;
            this.results = new Object[items.size()];
            this.failures = new Throwable[items.size()];
            this.itemsDone = new CountDownLatch(items.size());
        }

        @Override
        public void run() {
            int n = items.size();
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                } finally {
                    itemsDone.countDown();
                }
            }
        }
    }

    /** Waits for the latch to open; an interrupt meanwhile is kept for the caller to see. */
    static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdown();
        }
    }
}
