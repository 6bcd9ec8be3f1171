package io.github.kargo4j.validation.bench;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.ReadResult;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the whole {@link PipelineValidator} (every rule, complete set) on manifests read once from a path, such as
 * the 7,000-document fleet of {@code bench/validate.sh}. Reading is not timed. Prints the median, minimum and maximum
 * of the measured runs after warm-up, and the number of findings, so that two versions can be compared on the same
 * input.
 *
 * <p>A plain main rather than JMH: one run takes a good fraction of a second, so timer resolution and dead-code
 * elimination are no concern.
 * <pre>{@code
 * java -Xmx2g -cp <kargo-validation test classpath> io.github.kargo4j.validation.bench.ValidationBenchmark PATH [warmup] [runs] [threads]
 * }</pre>
 */
public final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    /**
     * @param args a file or directory of manifests, then optionally the warm-up and measured run counts and the
     *             number of threads (default: every processor)
     */
    public static void main(String[] args) {
        Path path = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : PipelineValidator.Builder.defaultThreads();
        ReadResult read = KargoCodec.create().readAll(path);
        PipelineValidator validator = PipelineValidator.builder().complete(true).threads(threads).build();
        Report report = null;
        for (int i = 0; i < warmup; i++) {
            report = validator.validate(read);
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report = validator.validate(read);
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf("validate %d documents on %d threads: median %.1f ms (min %.1f, max %.1f) over %d runs; %d"
                        + " findings%n", read.manifests().size(), threads, ns[runs / 2] / 1e6, ns[0] / 1e6,
                ns[runs - 1] / 1e6, runs, report.findings().size());
    }
}
