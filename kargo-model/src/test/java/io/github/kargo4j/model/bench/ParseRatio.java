package io.github.kargo4j.model.bench;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.testing.Fleet;
import io.github.kargo4j.model.testing.VariedCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The typed parse's time as a ratio of Jackson's plain YAML tree parse of the same text, measured side by side: each
 * round parses the corpus once with each (alternating which goes first), and the result is the median of the
 * per-round ratios. On a shared, noisy machine a ratio of neighbouring runs is steadier than two separate JMH
 * averages; {@link CodecBenchmark} gives the absolute figures.
 *
 * <p>Run: {@code bench/parse.sh [corpus] [warm-up rounds] [rounds]}, corpus {@code varied} (default) or {@code fleet}.
 */
public final class ParseRatio {

    private ParseRatio() {
    }

    /**
     * @param args the corpus ({@code varied} or {@code fleet}), warm-up rounds (default 20), measured rounds
     *             (default 30)
     */
    public static void main(String[] args) {
        String corpus = args.length > 0 ? args[0] : "varied";
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String text = corpus.equals("fleet") ? Fleet.yaml(CodecBenchmark.SERVICES) : VariedCorpus.yaml(2_000, 1);
        KargoCodec codec = KargoCodec.create();
        YAMLMapper jackson = new YAMLMapper();
        int docs = codec.parse(text).size();
        if (docs != jackson(jackson, text)) {
            throw new IllegalStateException("the two parsers see a different number of documents");
        }
        System.out.printf(Locale.ROOT, "corpus %s: %d documents, %,d characters%n", corpus, docs, text.length());
        double[] tree = new double[rounds];
        double[] typed = new double[rounds];
        double[] ratio = new double[rounds];
        double[] treeCpu = new double[rounds];
        double[] typedCpu = new double[rounds];
        double[] cpuRatio = new double[rounds];
        double[] treeGc = new double[rounds];
        double[] typedGc = new double[rounds];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            long[] a;
            long[] b;
            if ((r & 1) == 0) {
                a = time(threads, () -> jackson(jackson, text));
                b = time(threads, () -> codec.parse(text).size());
            } else {
                b = time(threads, () -> codec.parse(text).size());
                a = time(threads, () -> jackson(jackson, text));
            }
            sink += a[3] + b[3];
            if (r >= 0) {
                tree[r] = a[0] / 1e6;
                typed[r] = b[0] / 1e6;
                ratio[r] = typed[r] / tree[r];
                treeCpu[r] = a[1] / 1e6;
                typedCpu[r] = b[1] / 1e6;
                cpuRatio[r] = typedCpu[r] / treeCpu[r];
                treeGc[r] = a[2];
                typedGc[r] = b[2];
            }
        }
        System.out.printf(Locale.ROOT, "jackson tree parse  median %8.1f ms wall, %8.1f ms cpu, %6.1f ms in GC%n",
                median(tree), median(treeCpu), median(treeGc));
        System.out.printf(Locale.ROOT, "kargo4j typed parse median %8.1f ms wall, %8.1f ms cpu, %6.1f ms in GC%n",
                median(typed), median(typedCpu), median(typedGc));
        System.out.printf(Locale.ROOT, "typed / tree, wall: median of %d round ratios %.3f (quartiles %.3f .. %.3f)%n",
                rounds, median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75));
        System.out.printf(Locale.ROOT, "typed / tree, parsing thread's cpu: %.3f (quartiles %.3f .. %.3f),"
                + " fastest rounds %.3f%n", median(cpuRatio), quantile(cpuRatio, 0.25), quantile(cpuRatio, 0.75),
                min(typedCpu) / min(treeCpu));
        if (sink == 42) {
            System.out.println();
        }
    }

    /** @return wall nanoseconds, this thread's cpu nanoseconds, milliseconds in GC, and the action's result */
    private static long[] time(ThreadMXBean threads, IntSupplier action) {
        long gc0 = gcMillis();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int result = action.getAsInt();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        return new long[] {t1 - t0, c1 - c0, gcMillis() - gc0, result};
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static int jackson(YAMLMapper jackson, String text) {
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = jackson.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNextValue()) {
                JsonNode n = it.nextValue();
                if (n != null && !n.isNull() && !n.isMissingNode()) {
                    out.add(n);
                }
            }
        }
        return out.size();
    }

    /** The fastest round: on a shared machine, the one least disturbed by others. */
    private static double min(double[] values) {
        return quantile(values, 0);
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
