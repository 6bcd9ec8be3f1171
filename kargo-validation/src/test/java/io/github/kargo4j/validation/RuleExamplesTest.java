package io.github.kargo4j.validation;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Bad example of every rule's documentation triggers the rule, and its Fixed example does not. Each example is
 * validated as a file, as {@code kargo4j validate} reads it (comments and skipped documents included).
 */
class RuleExamplesTest {

    @TempDir
    Path dir;

    /** Rules no manifest can trigger. */
    private static final Set<String> NOT_FROM_MANIFESTS = Set.of(ReadRules.CHECK_FAILED.code());

    private static final PipelineValidator VALIDATOR = PipelineValidator.builder().complete(true).build();

    @TestFactory
    List<DynamicTest> badExamplesTriggerTheirRuleAndFixedOnesDoNot() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> e : RuleDocs.all().entrySet()) {
            String code = e.getKey();
            if (NOT_FROM_MANIFESTS.contains(code)) {
                continue;
            }
            String md = e.getValue();
            tests.add(DynamicTest.dynamicTest(code + " bad", () -> {
                String bad = RuleDocsTest.example(md, "Bad").orElseThrow();
                Report r = VALIDATOR.validate(Files.writeString(dir.resolve(code + "-bad.yaml"), bad));
                assertTrue(r.findings().stream().anyMatch(f -> f.code().equals(code)),
                        "the Bad example of " + code + " does not trigger it:\n" + r);
            }));
            tests.add(DynamicTest.dynamicTest(code + " fixed", () -> {
                String fixed = RuleDocsTest.example(md, "Fixed").orElseThrow();
                Report r = VALIDATOR.validate(Files.writeString(dir.resolve(code + "-fixed.yaml"), fixed));
                assertFalse(r.findings().stream().anyMatch(f -> f.code().equals(code)),
                        "the Fixed example of " + code + " still triggers it:\n" + r);
            }));
        }
        assertTrue(tests.size() >= 4, "expected at least KR001 and KF001");
        return tests;
    }
}
