package io.github.kargo4j.model.io;

import io.github.kargo4j.model.json.SourcePosition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads the files of a listing, on one thread or several: each file is read whole by one thread into a slot of its
 * own, and the slots are joined in file order, so that the result is the same whatever the number of threads. The
 * calling thread reads files too, and tells the progress listener of each file in file order as the files before it
 * are done.
 */
final class FilesReading {

    /** What one file gave. */
    private record FileRead(List<Manifest> manifests, List<ManifestException> errors, Optional<SkippedInput> skipped) {
    }

    private FilesReading() {
    }

    /**
     * @param reader   the reader (thread-safe)
     * @param listing  the files, and what listing them found
     * @param progress told after each file, in file order, on the calling thread
     * @param threads  how many threads read, the calling one included (at least 1)
     * @return every document, error and skipped input, in file order
     */
    static ReadResult read(ManifestReader reader, ManifestFiles listing, ReadProgress progress, int threads) {
        List<Path> files = listing.files();
        int n = files.size();
        AtomicReferenceArray<FileRead> slots = new AtomicReferenceArray<>(n);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int helpers = Math.max(0, Math.min(threads, n) - 1);
        CountDownLatch helpersDone = new CountDownLatch(helpers);
        Throwable[] failed = new Throwable[1];
        ExecutorService pool = helpers == 0 ? null : new ThreadPoolExecutor(helpers, helpers, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), DaemonThreads.INSTANCE);
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>(listing.errors());
        List<SkippedInput> skipped = new ArrayList<>(listing.skipped());
        try {
            for (int k = 0; k < helpers; k++) {
                pool.execute(new TakeFiles(reader, files, slots, next, stop, failed, helpersDone));
            }
            int told = 0;
            // the calling thread reads too; between its files it tells the listener of the files done, in order
            for (int i = next.getAndIncrement(); i < n && !stop.get(); i = next.getAndIncrement()) {
                slots.set(i, readOne(reader, files.get(i)));
                told = tell(slots, told, n, progress, manifests, errors, skipped);
            }
            awaitUninterruptibly(helpersDone);
            synchronized (failed) {
                if (failed[0] instanceof RuntimeException e) {
                    throw e;
                } else if (failed[0] instanceof Error e) {
                    throw e;
                }
            }
            tell(slots, told, n, progress, manifests, errors, skipped);
        } catch (RuntimeException | Error e) {
            stop.set(true);
            throw e;
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return new ReadResult(manifests, errors, skipped);
    }

    /** Joins the slots done from {@code told} on, in order, telling the listener of each; @return the next to join */
    private static int tell(AtomicReferenceArray<FileRead> slots, int told, int n, ReadProgress progress,
                            List<Manifest> manifests, List<ManifestException> errors, List<SkippedInput> skipped) {
        int i = told;
        for (FileRead r = i < n ? slots.get(i) : null; r != null; r = i < n ? slots.get(i) : null) {
            slots.set(i, null);   // joined: the slot no longer holds the documents twice
            manifests.addAll(r.manifests());
            errors.addAll(r.errors());
            if (r.skipped().isPresent()) {
                skipped.add(r.skipped().get());
            }
            i++;
            progress.fileRead(i, n, manifests.size());
        }
        return i;
    }

    private static FileRead readOne(ManifestReader reader, Path file) {
        List<Manifest> manifests = new ArrayList<>();
        List<ManifestException> errors = new ArrayList<>(0);
        List<SourcePosition> notObjects = new ArrayList<>(0);
        reader.readFile(file, new AddTo<>(manifests), new AddTo<>(errors), new AddTo<>(notObjects));
        Optional<SkippedInput> skipped = Optional.empty();
        if (!notObjects.isEmpty()) {
            int count = notObjects.size();
            skipped = Optional.of(new SkippedInput(file.toString(), Optional.of(notObjects.get(0)), (count == 1
                    ? "1 document is" : count + " documents are") + " not a Kubernetes object (no apiVersion, kind"
                    + " or metadata)"));
        }
        return new FileRead(manifests, errors, skipped);
    }

    /** Makes the daemon reading threads (a named class, not a lambda: no call site to link at start-up). */
    private static final class DaemonThreads implements ThreadFactory {
        static final DaemonThreads INSTANCE = new DaemonThreads();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "kargo4j-read");
            t.setDaemon(true);
            return t;
        }
    }

    /** What each pool thread runs: reads the next file not taken yet until none is left or the read stops. */
    private static final class TakeFiles implements Runnable {
        private final ManifestReader reader;
        private final List<Path> files;
        private final AtomicReferenceArray<FileRead> slots;
        private final AtomicInteger next;
        private final AtomicBoolean stop;
        private final Throwable[] failed;
        private final CountDownLatch helpersDone;

        TakeFiles(ManifestReader reader, List<Path> files, AtomicReferenceArray<FileRead> slots, AtomicInteger next,
                  AtomicBoolean stop, Throwable[] failed, CountDownLatch helpersDone) {
            this.reader = reader;
            this.files = files;
            this.slots = slots;
            this.next = next;
            this.stop = stop;
            this.failed = failed;
            this.helpersDone = helpersDone;
        }

        @Override
        public void run() {
            int n = files.size();
            try {
                for (int i = next.getAndIncrement(); i < n && !stop.get(); i = next.getAndIncrement()) {
                    slots.set(i, readOne(reader, files.get(i)));
                }
            } catch (RuntimeException | Error e) {
                stop.set(true);
                synchronized (failed) {
                    failed[0] = failed[0] == null ? e : failed[0];
                }
            } finally {
                helpersDone.countDown();
            }
        }
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
}
