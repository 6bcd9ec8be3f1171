package io.github.kargo4j.validation;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.io.ReadResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The processor time of each built-in check on manifests read once from a path (such as the fleet of
 * {@code bench/parallel.sh}), each run alone on the calling thread: its first run (a fresh JVM, so interpreted code
 * and the compiler's triggers; the compiler's own threads are not counted) and the median of the runs after warm-up.
 * Thread CPU time rather than wall time, so that a busy machine disturbs the figures less; to compare two versions,
 * run both on the same input.
 * <pre>{@code
 * java -Xmx2g -cp <kargo-validation test classpath> io.github.kargo4j.validation.CheckCostBenchmark PATH [warmup] [runs]
 * }</pre>
 */
public final class CheckCostBenchmark {

    private CheckCostBenchmark() {
    }

    /** @param args a file or directory of manifests, then optionally the warm-up and measured run counts */
    public static void main(String[] args) {
        Path path = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        ReadResult read = KargoCodec.create().readAll(path);
        List<Entry> entries = new ArrayList<>();
        for (Manifest m : read.manifests()) {
            entries.add(Entry.of(m));
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Check> checks = BuiltInChecks.all();
        long[] first = new long[checks.size()];
        long[][] measured = new long[checks.size()][runs];
        int findings = 0;
        for (int round = 0; round < 1 + warmup + runs; round++) {
            for (int k = 0; k < checks.size(); k++) {
                ValidationContext ctx = new ValidationContext(entries, true);
                long t0 = cpu.getCurrentThreadCpuTime();
                checks.get(k).run(ctx);
                long t = cpu.getCurrentThreadCpuTime() - t0;
                if (round == 0) {
                    first[k] = t;
                    findings += ctx.findings().size();
                } else if (round > warmup) {
                    measured[k][round - 1 - warmup] = t;
                }
            }
        }
        long firstTotal = 0;
        long warmTotal = 0;
        System.out.printf("%-32s %12s %12s%n", "check (" + entries.size() + " documents)", "first ms", "warm ms");
        for (int k = 0; k < checks.size(); k++) {
            Arrays.sort(measured[k]);
            long median = measured[k][runs / 2];
            firstTotal += first[k];
            warmTotal += median;
            System.out.printf("%-32s %12.1f %12.1f%n", checks.get(k).getClass().getSimpleName(), first[k] / 1e6,
                    median / 1e6);
        }
        System.out.printf("%-32s %12.1f %12.1f%n", "all", firstTotal / 1e6, warmTotal / 1e6);
        System.out.printf("%d findings%n", findings);
    }
}
