package io.github.kargo4j.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
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
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "kargo4j-validate");
                    t.setDaemon(true);
                    return t;
                });
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
        Object[] results = new Object[n];
        Throwable[] failures = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        // counts items, not threads: a helper still queued behind busy threads is never waited for
        CountDownLatch itemsDone = new CountDownLatch(n);
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                } finally {
                    itemsDone.countDown();
                }
            }
        };
        for (int k = Math.min(threads, n) - 1; k > 0; k--) {
            helpers.execute(drain);
        }
        drain.run();
        awaitUninterruptibly(itemsDone);
        for (Throwable t : failures) {
            if (t instanceof RuntimeException e) {
                throw e;
            } else if (t instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return out;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
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
