package io.github.kargo4j.validation.constraints;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.CheckHarness;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Finding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rule KF001 alone, on one thread, over a fleet of 1,000 services of seed 003's shape (6,000 resources), on the
 * generated constraint table ({@code table}, what ships) and on Hibernate Validator as it ran before ({@code hibernate},
 * kept in tests as the reference). Both report the same findings; one operation checks the whole fleet: {@code kf001}
 * runs the rule whole (through {@link CheckHarness}: evaluation, messages, the report's order), {@code evaluate} only
 * finds the violations.
 *
 * <p>Run: {@code bench/constraints.sh} (JMH arguments such as {@code -f 1 -wi 3 -i 5} pass through).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FieldConstraintsBenchmark {

    /** Services in the fleet. */
    public static final int SERVICES = 1_000;

    /** The evaluator: {@code table} or {@code hibernate}. */
    @Param({"table", "hibernate"})
    public String evaluator;

    private List<Entry> entries;
    private Check check;

    /** Reads the fleet once. */
    @Setup
    public void setUp() {
        entries = KargoCodec.create().parse(SeedFleet.yaml(SERVICES), "fleet.yaml").stream().map(Entry::of).toList();
        check = evaluator.equals("table") ? new FieldConstraintsCheck()
                : new FieldConstraintsDifferentialTest.HibernateCheck();
        List<Finding> findings = CheckHarness.run(entries, false, List.of(check));
        System.out.println(entries.size() + " resources, " + findings.size() + " findings");
        if (!findings.equals(
                CheckHarness.run(entries, false, List.of(new FieldConstraintsDifferentialTest.HibernateCheck())))) {
            throw new IllegalStateException("the evaluators disagree on the fleet");
        }
    }

    /** @return the findings of KF001 on the fleet (the rule whole: evaluation, messages, the report's order) */
    @Benchmark
    public List<Finding> kf001() {
        return CheckHarness.run(entries, false, List.of(check));
    }

    /** @return the number of violations in the fleet (the evaluator alone) */
    @Benchmark
    public int evaluate() {
        int n = 0;
        boolean table = evaluator.equals("table");
        for (Entry e : entries) {
            if (table) {
                Violations v = new Violations();
                ModelConstraints.validate(e.resource(), v);
                n += v.list().size();
            } else {
                n += ModelValidation.validator().validate(e.resource()).size();
            }
        }
        return n;
    }
}
