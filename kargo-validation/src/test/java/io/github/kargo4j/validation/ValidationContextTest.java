package io.github.kargo4j.validation;

import io.github.kargo4j.model.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link ValidationContext#inParallel}: the findings of a plain loop over the items, whatever the threads. */
class ValidationContextTest {

    private static Finding finding(int item, String what) {
        return new Finding("KX999", Severity.ERROR, new ResourceRef("Item", "", "item-" + item), JsonPath.ROOT,
                Optional.empty(), Optional.empty(), what + " " + item, "");
    }

    private static List<String> messages(ValidationContext ctx) {
        List<String> out = new ArrayList<>();
        for (Finding f : ctx.findings()) {
            out.add(f.message());
        }
        return out;
    }

    /** What a plain loop over items 0..n-1 reports: two findings per item. */
    private static List<String> plainLoop(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("first " + i);
            out.add("second " + i);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void findingsInItemOrder(int threads) {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        try (Workers workers = Workers.of(threads)) {
            ValidationContext ctx = new ValidationContext(List.of(), true, workers);
            ctx.inParallel(items, (c, i) -> {
                c.report(finding(i, "first"));
                c.report(finding(i, "second"));
            });
            assertEquals(plainLoop(1000), messages(ctx));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aFailureKeepsWhatAPlainLoopWouldHaveReported(int threads) {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        IllegalStateException boom = new IllegalStateException("item 500");
        try (Workers workers = Workers.of(threads)) {
            ValidationContext ctx = new ValidationContext(List.of(), true, workers);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> ctx.inParallel(items, (c, i) -> {
                        c.report(finding(i, "first"));
                        if (i == 500 || i == 700) {
                            throw i == 500 ? boom : new IllegalStateException("item 700");
                        }
                        c.report(finding(i, "second"));
                    }));
            assertSame(boom, thrown);
            List<String> expected = plainLoop(500);
            expected.add("first 500");
            assertEquals(expected, messages(ctx));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void nestedWorkDoesNotWaitForever(int threads) {
        try (Workers workers = Workers.of(threads)) {
            ValidationContext ctx = new ValidationContext(List.of(), true, workers);
            List<Integer> outer = IntStream.range(0, 100).boxed().toList();
            ctx.inParallel(outer, (c, i) -> c.inParallel(IntStream.range(0, 40).boxed().toList(),
                    (cc, j) -> cc.report(finding(i * 40 + j, "first"))));
            List<String> expected = new ArrayList<>();
            for (int k = 0; k < 4000; k++) {
                expected.add("first " + k);
            }
            assertEquals(expected, messages(ctx));
        }
    }
}
