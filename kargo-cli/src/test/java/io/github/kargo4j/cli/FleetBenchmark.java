package io.github.kargo4j.cli;

import io.github.kargo4j.builders.bundle.ProjectBundle;
import io.github.kargo4j.builders.fleet.ProjectDirectoryWriter;
import io.github.kargo4j.builders.fleet.ServiceTemplate;
import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times {@code kargo4j generate fleet} on a large fleet (default 10,000 services, 70,000 documents in 50,000
 * files): scan, build each project, validate it as a complete set, render and write it atomically. Then
 * times {@code kargo4j validate --complete} over everything written, the check a CI job would run. Prints wall
 * time, CPU time, peak heap (the sum of the heap pools' peaks, an upper bound) and GC time of each phase.
 *
 * <p>A plain main rather than JMH: one run takes seconds and writes tens of thousands of files. Run it with the
 * heap bound to prove it, from the repository root after
 * {@code ./mvnw -pl kargo-cli -am test-compile}:
 * <pre>{@code
 * java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp <kargo-cli test classpath> \
 *     io.github.kargo4j.cli.FleetBenchmark [services] [runs] [jobs] [dir] [generate options...]
 * }</pre>
 * (the JIT and GC flags are those of the {@code kargo4j} launcher script; without them the C2 compiler costs a cold
 * command several seconds of CPU).
 * {@code dir} is where the files go (default: the temporary directory); compare a disk with {@code /dev/shm} to see
 * what file creation costs. First a breakdown of one service's time by step (single-threaded, up to 2,000
 * services, three rounds) is printed.
 * {@code -Dkargo4j.bench.breakdown=false} skips the breakdown, {@code -Dkargo4j.bench.validate=false} the
 * {@code validate} phase, to time {@code generate fleet} alone.
 * The first run includes JIT warm-up; later runs show the steady state. Runs use a fresh temporary directory each
 * and delete it afterwards.
 */
public final class FleetBenchmark {

    private FleetBenchmark() {
    }

    /**
     * @param args the number of services (default 10,000), the number of runs (default 3), the number of parallel
     *             jobs (default: processors), the directory for the files (default: the temporary directory), then
     *             options added to {@code generate fleet} (such as {@code --constraint "not a range"}, which gives
     *             every project errors with positions; the run may then exit 1)
     * @throws IOException if the temporary files cannot be made
     */
    public static void main(String[] args) throws IOException {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String jobs = args.length > 2 ? args[2] : Integer.toString(Runtime.getRuntime().availableProcessors());
        Path base = Path.of(args.length > 3 ? args[3] : System.getProperty("java.io.tmpdir"));
        List<String> extra = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
        System.out.printf(Locale.ROOT, "fleet of %,d services, %d runs, jobs %s, max heap %,d MB, %d processors, "
                        + "files in %s%n", services, runs, jobs, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), base);
        if (Boolean.parseBoolean(System.getProperty("kargo4j.bench.breakdown", "true"))) {
            breakdown(Math.min(services, 2_000), base);
        }
        boolean validate = Boolean.parseBoolean(System.getProperty("kargo4j.bench.validate", "true"));
        for (int run = 1; run <= runs; run++) {
            Path root = Files.createTempDirectory(base, "kargo4j-fleet-bench");
            try {
                Path servicesDir = root.resolve("services");
                for (int i = 0; i < services; i++) {
                    Files.createDirectories(servicesDir.resolve(String.format(Locale.ROOT, "svc-%05d", i)));
                }
                Measure gen = Measure.start();
                List<String> command = new ArrayList<>(List.of("generate", "fleet", "--services",
                        servicesDir.toString(), "--output", root.toString(),
                        "--image-repository", "registry.example.com/apps",
                        "--git-repo-url", "https://github.com/example/gitops.git",
                        "--region", "eastus", "--shards", "8", "--jobs", jobs));
                command.addAll(extra);
                CliRun g = run(command.toArray(String[]::new));
                String genFigures = gen.stop();
                String last = g.out().lines().reduce((a, b) -> b).orElse("");
                if (g.status() != 0 && extra.isEmpty()) {
                    throw new IllegalStateException("generate failed: " + g.err());
                }
                long files = countFiles(root.resolve("projects"));
                System.out.printf(Locale.ROOT, "run %d generate: %s; %,d files; %s%n", run, genFigures, files, last);

                if (!validate) {
                    continue;
                }
                Measure val = Measure.start();
                CliRun v = run("validate", "--complete", root.resolve("projects").toString());
                String valFigures = val.stop();
                String summary = v.out().lines().reduce((a, b) -> b).orElse("");
                System.out.printf(Locale.ROOT, "run %d validate --complete: %s; exit %d; %s%n", run, valFigures,
                        v.status(), summary);
            } finally {
                delete(root);
            }
        }
    }

    /**
     * Where the time of one service goes, single-threaded after warm-up: build the bundle, render the YAML, read
     * it back, validate the complete project, write the directory; and, for comparison, validating the built
     * resources directly (what {@code generate fleet} does unless there are findings).
     */
    private static void breakdown(int n, Path base) throws IOException {
        ServiceTemplate template = ServiceTemplate.builder().imageRepository("registry.example.com/apps")
                .gitRepoURL("https://github.com/example/gitops.git").region("eastus").build();
        KargoCodec codec = KargoCodec.create();
        PipelineValidator validator = PipelineValidator.builder().complete(true).build();
        for (int round = 1; round <= 3; round++) {
            Path root = Files.createTempDirectory(base, "kargo4j-fleet-breakdown");
            ProjectDirectoryWriter writer = ProjectDirectoryWriter.into(root.resolve("projects"));
            long[] t = new long[8];
            for (int i = 0; i < n; i++) {
                String service = String.format(Locale.ROOT, "svc-%05d", i);
                long t0 = System.nanoTime();
                ProjectBundle bundle = template.bundle(service, "shard-1");
                long t1 = System.nanoTime();
                Map<String, String> files = writer.render(bundle);
                long t2 = System.nanoTime();
                List<Manifest> manifests = new ArrayList<>();
                files.forEach((f, text) -> manifests.addAll(codec.parse(text, service + "/" + f)));
                long t3 = System.nanoTime();
                Report report = validator.validateManifests(manifests);
                long t4 = System.nanoTime();
                writer.write(service, files);
                long t5 = System.nanoTime();
                Report typed = validator.validateResources(bundle.resources());
                long t6 = System.nanoTime();
                t[6] += t6 - t5;
                List<Manifest> positioned = new ArrayList<>();
                writer.renderFiles(service, bundle).forEach(f -> positioned.addAll(f.manifests()));
                t[7] += System.nanoTime() - t6;
                if (positioned.size() != manifests.size()) {
                    throw new IllegalStateException("render with positions: " + positioned.size() + " manifests");
                }
                if (!report.findings().isEmpty() || !typed.findings().isEmpty()) {
                    throw new IllegalStateException(report.toString());
                }
                t[0] += t1 - t0;
                t[1] += t2 - t1;
                t[2] += t3 - t2;
                t[3] += t4 - t3;
                t[4] += t5 - t4;
                t[5] += t5 - t0;
            }
            System.out.printf(Locale.ROOT, "breakdown round %d, %,d services, microseconds per service: build %d, "
                            + "render %d, read back %d, validate read-back files %d, write %d (total %d); "
                            + "validate the built resources instead %d; render with the writer's positions (the "
                            + "read back's replacement) %d%n", round, n,
                    t[0] / n / 1000, t[1] / n / 1000, t[2] / n / 1000, t[3] / n / 1000, t[4] / n / 1000,
                    t[5] / n / 1000, t[6] / n / 1000, t[7] / n / 1000);
            delete(root);
        }
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), new Terminal(false, Map.of()));
        return new CliRun(status, out.toString(), err.toString());
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Wall time, process CPU time, peak heap and GC time of one phase. */
    private record Measure(long wallStart, long cpuStart, long gcStart) {

        static Measure start() {
            System.gc();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    p.resetPeakUsage();
                }
            }
            return new Measure(System.nanoTime(), cpu(), gc());
        }

        String stop() {
            long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
            long cpuMs = (cpu() - cpuStart) / 1_000_000;
            long peak = 0;
            List<String> pools = new ArrayList<>();
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) {
                    long used = p.getPeakUsage().getUsed();
                    peak += used;
                    pools.add(p.getName() + " " + (used >> 20));
                }
            }
            return String.format(Locale.ROOT, "wall %,d ms, cpu %,d ms, peak heap <= %,d MB (%s), gc %,d ms",
                    wallMs, cpuMs, peak >> 20, String.join(", ", pools), gc() - gcStart);
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        private static long gc() {
            long total = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, b.getCollectionTime());
            }
            return total;
        }
    }
}
