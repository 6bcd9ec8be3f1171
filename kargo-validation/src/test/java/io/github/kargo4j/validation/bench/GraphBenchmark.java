package io.github.kargo4j.validation.bench;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.PromotionPolicy;
import io.github.kargo4j.model.project.PromotionPolicySelector;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.promotion.PromotionTaskReference;
import io.github.kargo4j.model.rollouts.AnalysisTemplate;
import io.github.kargo4j.model.rollouts.Argument;
import io.github.kargo4j.model.stage.AnalysisRunArgument;
import io.github.kargo4j.model.stage.AnalysisTemplateReference;
import io.github.kargo4j.model.stage.AvailabilityStrategy;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.PromotionTemplate;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.Verification;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.CheckHarness;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.graph.GraphRules;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the graph checks ({@link GraphRules#checks()}) and the whole {@link PipelineValidator} on one project of
 * 100,000 Stages built in code: units of ten Stages shaped as chains, fans and diamonds over 100 Warehouses, with
 * verification templates, promotion tasks and a ProjectConfig of exact-name, pattern and label policies. Then the
 * graph checks alone on sizes 25,000 to 200,000 (growth should be linear) and on a single 100,000-Stage chain and
 * cycle. Prints the median, minimum and maximum of the measured runs after warm-up.
 *
 * <p>A plain main rather than JMH: one run takes a good fraction of a second, so timer resolution and dead-code
 * elimination are no concern. Run from the repository root (after {@code ./mvnw -pl kargo-validation -am
 * test-compile}):
 * <pre>{@code
 * java -Xss256k -Xmx3g -cp <kargo-validation test classpath> io.github.kargo4j.validation.bench.GraphBenchmark [runs]
 * }</pre>
 * {@code -Xss256k} makes sure nothing recurses along a chain.
 */
public final class GraphBenchmark {

    private static final String NS = "bench";
    private static final int WAREHOUSES = 100;

    private GraphBenchmark() {
    }

    private static Stage stage(String name, String warehouse, boolean direct, AvailabilityStrategy strategy,
                               String label, PromotionTemplate template, Verification verification,
                               String... upstreams) {
        FreightSources.Builder sources = FreightSources.builder().addStages(upstreams);
        if (direct) {
            sources.direct(true);
        }
        if (strategy != null) {
            sources.availabilityStrategy(strategy);
        }
        Stage.Builder b = Stage.builder()
                .metadata(ObjectMeta.builder().name(name).namespace(NS).putLabel("tier", label).build())
                .spec(s -> {
                    s.addRequestedFreight(FreightRequest.of(FreightOrigin.warehouse(warehouse), sources.build()));
                    if (template != null) {
                        s.promotionTemplate(template);
                    }
                    if (verification != null) {
                        s.verification(verification);
                    }
                });
        return b.build();
    }

    /**
     * @param stages how many Stages (a multiple of ten)
     * @return the project: Warehouses, templates, tasks, a ProjectConfig and the Stages
     */
    static List<KargoResource> project(int stages) {
        List<KargoResource> out = new ArrayList<>();
        for (int w = 0; w < WAREHOUSES; w++) {
            String repo = "ghcr.io/example/app" + w;
            out.add(Warehouse.builder().metadata(ObjectMeta.of(NS, "w" + w))
                    .spec(s -> s.addSubscription(Subscription.builder().image(i -> i.repoURL(repo)).build()))
                    .build());
        }
        out.add(AnalysisTemplate.builder().metadata(ObjectMeta.of(NS, "smoke"))
                .spec(s -> s.addArg(Argument.builder().name("url").build())
                        .addArg(Argument.builder().name("timeout").value("30").build()))
                .build());
        out.add(PromotionTask.builder().metadata(ObjectMeta.of(NS, "deploy"))
                .spec(s -> s.addVar(ExpressionVariable.builder().name("app").build())
                        .addVar(ExpressionVariable.of("branch", "main"))
                        .addStep(PromotionStep.of("argocd-update", JsonObject.EMPTY)))
                .build());
        PromotionTemplate template = PromotionTemplate.builder().spec(t -> t
                        .addStep(PromotionStep.builder().task(PromotionTaskReference.of("deploy"))
                                .addVar("app", "${{ ctx.stage }}").build()))
                .build();
        Verification verification = Verification.builder()
                .addAnalysisTemplate(AnalysisTemplateReference.of("smoke"))
                .addArg(AnalysisRunArgument.of("url", "https://example.com/${{ ctx.stage }}"))
                .build();

        for (int unit = 0; unit < stages / 10; unit++) {
            String w = "w" + (unit % WAREHOUSES);
            String p = "u" + unit + "-";
            switch (unit % 3) {
                case 0 -> { // chain: gate -> c1 -> ... -> c9
                    out.add(stage(p + "gate", w, true, null, "gate", null, null));
                    for (int i = 1; i < 10; i++) {
                        out.add(stage(p + "c" + i, w, false, null, i == 9 ? "prod" : "test", template, verification,
                                i == 1 ? p + "gate" : p + "c" + (i - 1)));
                    }
                }
                case 1 -> { // fan: root -> f1..f9
                    out.add(stage(p + "root", w, true, null, "gate", template, verification));
                    for (int i = 1; i < 10; i++) {
                        out.add(stage(p + "f" + i, w, false, null, "test", template, verification, p + "root"));
                    }
                }
                default -> { // diamond: a -> b, c -> d (All) -> e -> ... -> j
                    out.add(stage(p + "a", w, true, null, "gate", template, verification));
                    out.add(stage(p + "b", w, false, null, "test", template, verification, p + "a"));
                    out.add(stage(p + "c", w, false, null, "test", template, verification, p + "a"));
                    out.add(stage(p + "d", w, false, AvailabilityStrategy.ALL, "test", template, verification,
                            p + "b", p + "c"));
                    String prev = p + "d";
                    for (char x = 'e'; x <= 'j'; x++) {
                        out.add(stage(p + x, w, false, null, x == 'j' ? "prod" : "test", template, verification,
                                prev));
                        prev = p + x;
                    }
                }
            }
        }
        ProjectConfig.Builder config = ProjectConfig.forProject(NS);
        config.spec(s -> {
            for (int i = 0; i < 50; i++) {
                s.addPromotionPolicy(PromotionPolicy.forStage("u" + (i * 3) + "-c9", false));
            }
            s.addPromotionPolicy(PromotionPolicy.builder()
                    .stageSelector(PromotionPolicySelector.builder().putMatchLabel("tier", "prod").build())
                    .autoPromotionEnabled(false).build());
            s.addPromotionPolicy(PromotionPolicy.builder()
                    .stageSelector(PromotionPolicySelector.byName("regex:-f[0-9]$")).autoPromotionEnabled(true)
                    .build());
            s.addPromotionPolicy(PromotionPolicy.builder()
                    .stageSelector(PromotionPolicySelector.byName("glob:u*-[a-j]")).autoPromotionEnabled(true)
                    .build());
        });
        out.add(config.build());
        return out;
    }

    /** @return a chain of Stages, each requesting from the one before; closed into one cycle when asked */
    static List<KargoResource> chain(int stages, boolean cycle) {
        List<KargoResource> out = new ArrayList<>();
        out.add(Warehouse.builder().metadata(ObjectMeta.of(NS, "w0"))
                .spec(s -> s.addSubscription(Subscription.builder().image(i -> i.repoURL("ghcr.io/example/app"))
                        .build()))
                .build());
        for (int i = 0; i < stages; i++) {
            String up = i > 0 ? "s" + (i - 1) : cycle ? "s" + (stages - 1) : null;
            out.add(up == null ? stage("s" + i, "w0", true, null, "test", null, null)
                    : stage("s" + i, "w0", false, null, "test", null, null, up));
        }
        return out;
    }

    private static List<Finding> graphChecks(List<Entry> entries) {
        return CheckHarness.run(entries, true, GraphRules.checks());
    }

    /** The sorted wall-clock and CPU times (ms) of the measured runs, and the GC time spent during them. */
    private record Timing(double[] wall, double[] cpu, long gcMillis) {
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static Timing time(int warmups, int runs, Supplier<Object> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long gc0 = gcMillis();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        long gc = gcMillis() - gc0;
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall, cpu, gc);
    }

    private static void print(String what, Timing t) {
        int n = t.wall().length;
        System.out.printf(Locale.ROOT, "%-46s wall median %7.1f ms (min %7.1f, max %7.1f)  cpu median %7.1f ms"
                        + "  gc %5.1f ms/run  (%d runs)%n", what, t.wall()[n / 2], t.wall()[0], t.wall()[n - 1],
                t.cpu()[n / 2], (double) t.gcMillis() / n, n);
    }

    private static void fullProject(int warmups, int runs) {
        List<KargoResource> resources = project(100_000);
        List<Entry> entries = resources.stream().map(Entry::of).toList();
        List<Finding> findings = graphChecks(entries);
        System.out.println("100,000-Stage project: " + entries.size() + " resources, " + findings.size()
                + " graph findings");
        findings.stream().limit(5).forEach(f -> System.out.println("  " + f));
        print("graph checks (KG001-KG014), 100,000 Stages", time(warmups, runs, () -> graphChecks(entries)));
        PipelineValidator validator = PipelineValidator.builder().complete(true).build();
        Report report = validator.validateResources(resources);
        System.out.println("whole PipelineValidator: " + report.findings().size() + " findings");
        print("whole PipelineValidator, 100,000 Stages",
                time(Math.max(1, warmups / 2), Math.max(3, runs / 3), () -> validator.validateResources(resources)));
    }

    /**
     * @param args optional: how many measured runs (default 15)
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int warmups = 5;
        System.out.printf(Locale.ROOT, "%s %s, %d cores, max heap %d MiB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        fullProject(warmups, runs);
        for (int size : new int[] {25_000, 50_000, 100_000, 200_000}) {
            List<Entry> e = project(size).stream().map(Entry::of).toList();
            System.gc();
            print(String.format(Locale.ROOT, "graph checks, %,d Stages", size),
                    time(warmups, runs, () -> graphChecks(e)));
        }
        List<Entry> chain = chain(100_000, false).stream().map(Entry::of).toList();
        print("graph checks, one 100,000-Stage chain", time(warmups, runs, () -> graphChecks(chain)));
        List<Entry> cycle = chain(100_000, true).stream().map(Entry::of).toList();
        List<Finding> cycleFindings = graphChecks(cycle);
        if (cycleFindings.stream().filter(f -> f.code().equals("KG001")).count() != 1) {
            throw new IllegalStateException("expected one cycle: " + cycleFindings);
        }
        print("graph checks, one 100,000-Stage cycle", time(warmups, runs, () -> graphChecks(cycle)));
    }
}
