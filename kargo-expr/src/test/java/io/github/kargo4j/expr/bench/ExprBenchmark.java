package io.github.kargo4j.expr.bench;

import io.github.kargo4j.expr.Environment;
import io.github.kargo4j.expr.ExprLang;
import io.github.kargo4j.expr.Program;
import io.github.kargo4j.expr.kargo.KargoTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Expressions evaluated per second: a simple one (member access, concatenation, a comparison), a closure-heavy one
 * (filter, map and a predicate over 100 elements), each against an environment prepared once and the simple one also
 * against a plain map (copied on every run), compiling, and a step config template of six values as Kargo
 * evaluates it. Run: {@code bench/expr.sh} (JMH arguments such as {@code -f 1 -wi 2 -i 3} pass through).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class ExprBenchmark {

    static final String SIMPLE = "ctx.stage + '-' + vars.region == 'prod-eu' ? vars.replicas * 2 : 1";
    static final String CLOSURES = "sum(map(filter(vars.items, .enabled && .weight > 10), .weight * 2))"
            + " + len(filter(vars.items, {#.name startsWith 'svc-1'}))";

    private Map<String, Object> env;
    private Environment prepared;
    private Program simple;
    private Program closures;
    private Map<String, Object> config;

    @Setup
    public void setUp() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(Map.of("name", "svc-" + i, "enabled", i % 3 != 0, "weight", (long) i));
        }
        env = Map.of("ctx", Map.of("stage", "prod", "project", "shop"),
                "vars", Map.of("region", "eu", "replicas", 3L, "items", items, "repo",
                        "https://github.com/example/shop.git", "tag", "v1.2.3"));
        prepared = Environment.of(env);
        simple = ExprLang.standard().compile(SIMPLE);
        closures = ExprLang.standard().compile(CLOSURES);
        config = new LinkedHashMap<>();
        config.put("repoURL", "${{ vars.repo }}");
        config.put("checkout", List.of(Map.of("branch", "main", "path", "./src"),
                Map.of("branch", "stage/${{ ctx.stage }}", "create", true, "path", "./out")));
        config.put("replicas", "${{ vars.replicas }}");
        config.put("image", "example/shop:${{ vars.tag }}");
        config.put("name", "${{ quote(vars.replicas) }}");
    }

    /** A simple expression against an environment prepared once, as a template's expressions run. */
    @Benchmark
    public Object simple() {
        return simple.run(prepared);
    }

    @Benchmark
    public Object closureHeavy() {
        return closures.run(prepared);
    }

    /** The simple expression given a plain map: the environment (101 maps) is copied on every run. */
    @Benchmark
    public Object simpleCopyingTheEnvironment() {
        return simple.run(env);
    }

    @Benchmark
    public Object compileSimple() {
        return ExprLang.standard().compile(SIMPLE);
    }

    @Benchmark
    public Object stepConfigTemplate() {
        return KargoTemplates.standard().evaluate(config, env);
    }
}
