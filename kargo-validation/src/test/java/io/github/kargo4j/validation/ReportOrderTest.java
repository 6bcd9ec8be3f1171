package io.github.kargo4j.validation;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report's written-out order is the order its documentation states, field by field. */
class ReportOrderTest {

    /** The order as the documentation states it, chained from Comparator's parts. */
    private static final Comparator<Finding> STATED = Comparator
            .comparing((Finding f) -> f.source().orElse("\uffff" + f.resource()))
            .thenComparingInt(f -> f.position().map(SourcePosition::line).orElse(0))
            .thenComparingInt(f -> f.position().map(SourcePosition::column).orElse(0))
            .thenComparing(Finding::code)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.path().toString())
            .thenComparing(f -> f.resource().toString())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::hint)
            .thenComparing(f -> f.suppression().map(x -> x.kind() + " " + x.justification()).orElse(""))
            .thenComparing(f -> f.fix().map(Fix::toString).orElse(""));

    @Test
    void randomFindingsWithManyTiesAreSortedAsStated() {
        Random random = new Random(20261204L);
        for (int round = 0; round < 200; round++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                findings.add(finding(random));
            }
            Report report = new Report(findings, 1);
            List<Finding> expected = new ArrayList<>(findings);
            expected.sort(STATED);
            List<Finding> actual = new ArrayList<>(report.findings());
            actual.addAll(report.suppressed());
            List<Finding> expectedSplit = new ArrayList<>(expected.stream().filter(f -> !f.isSuppressed()).toList());
            expectedSplit.addAll(expected.stream().filter(Finding::isSuppressed).toList());
            assertEquals(expectedSplit, actual, "round " + round);
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Finding finding(Random random) {
        Optional<SourcePosition> position = random.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(new SourcePosition(1 + random.nextInt(3), 1 + random.nextInt(3)));
        Optional<Suppression> suppression = random.nextInt(3) == 0
                ? Optional.of(new Suppression(pick(random, List.of(Suppression.Kind.values())), pick(random,
                List.of("", "reason", "other"))))
                : Optional.empty();
        Optional<Fix> fix = random.nextInt(3) == 0
                ? Optional.of(Fix.of(pick(random, List.of("a", "b")), new Fix.Remove(JsonPath.ROOT.key(pick(random,
                List.of("x", "y"))))))
                : Optional.empty();
        return new Finding(pick(random, List.of("KG001", "KG003", "KF001")),
                pick(random, List.of(Severity.values())),
                new ResourceRef(pick(random, List.of("Stage", "Warehouse")), "demo", pick(random, List.of("a", "b"))),
                pick(random, List.of(JsonPath.ROOT, JsonPath.ROOT.key("spec"), JsonPath.ROOT.key("spec").index(0))),
                random.nextInt(4) == 0 ? Optional.empty() : Optional.of(pick(random, List.of("a.yaml", "b/c.yaml"))),
                position, pick(random, List.of("m1", "m2")), pick(random, List.of("", "h")), fix, suppression);
    }
}
