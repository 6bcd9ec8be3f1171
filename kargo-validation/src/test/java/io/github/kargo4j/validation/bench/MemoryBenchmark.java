package io.github.kargo4j.validation.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.render.TextRenderer;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Validates a file or directory once, as {@code kargo4j validate --complete} does (read, every check, the text
 * report), and prints the peak heap: the most the heap held after a garbage collection (what the run kept alive at
 * its fullest) and the most it held before one (live and garbage together), from the JVM's GC notifications. Run it
 * under {@code -Xmx512m} on 100,000 documents (bench/memory.sh) to show that they fit.
 * <pre>{@code
 * java -Xmx512m -cp <kargo-cli runnable jar>:kargo-validation/target/test-classes \
 *     io.github.kargo4j.validation.bench.MemoryBenchmark PATH [THREADS]
 * }</pre>
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {
    }

    /**
     * @param args a file or directory of manifests, then optionally the number of threads (default: every processor)
     * @throws InterruptedException if interrupted while the last GC notifications arrive
     */
    public static void main(String[] args) throws InterruptedException {
        Path path = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : PipelineValidator.Builder.defaultThreads();
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heapPools.add(p.getName());
            }
        }
        AtomicLong peakAfterGc = new AtomicLong();
        AtomicLong peakBeforeGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) n.getUserData());
                peakAfterGc.accumulateAndGet(used(info.getGcInfo().getMemoryUsageAfterGc(), heapPools), Math::max);
                peakBeforeGc.accumulateAndGet(used(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools), Math::max);
                collections.incrementAndGet();
            }, null, null);
        }
        long t0 = System.nanoTime();
        Report report = PipelineValidator.builder().complete(true).threads(threads).build().validate(path);
        String text = TextRenderer.withColour(false).render(report);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long usedAtEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Thread.sleep(200);   // GC notifications arrive on another thread
        System.out.printf("%d resources, %d findings, %d chars of report, %d threads, %d ms%n",
                report.resourceCount(), report.findings().size(), text.length(), threads, ms);
        System.out.printf("heap: max %d MB; peak after GC (live) %d MB; peak before GC %d MB; used at end %d MB;"
                        + " %d collections%n", Runtime.getRuntime().maxMemory() >> 20, peakAfterGc.get() >> 20,
                Math.max(peakBeforeGc.get(), usedAtEnd) >> 20, usedAtEnd >> 20, collections.get());
    }

    private static long used(Map<String, MemoryUsage> pools, Set<String> heapPools) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }
}
