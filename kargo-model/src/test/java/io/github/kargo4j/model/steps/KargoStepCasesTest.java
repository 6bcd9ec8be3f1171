package io.github.kargo4j.model.steps;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every one of Kargo's own step-config validation cases: a config Kargo accepts has no problem, and for a config Kargo
 * rejects, each problem Kargo reports is reported here too, in Kargo's wording.
 */
class KargoStepCasesTest {

    @TestFactory
    Stream<DynamicTest> agreesWithKargoOnEveryCase() {
        return KargoStepCases.all().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            StepConfigRules rules = StepConfigRules.builtIn(c.step())
                    .orElseThrow(() -> new AssertionError("no rules for " + c.step()));
            List<ConfigProblem> problems = rules.check(c.config());
            if (c.valid()) {
                if (!problems.isEmpty()) {
                    fail(c + ": Kargo accepts this config, but found: " + problems);
                }
                return;
            }
            assertFalse(problems.isEmpty(), c + ": Kargo rejects this config with " + c.expectedProblems());
            for (String expected : c.expectedProblems()) {
                String bare = expected.replaceFirst("^invalid [a-z-]+ config: ", "");
                assertTrue(problems.stream().anyMatch(p -> p.kargoMessage().contains(bare)),
                        c + ": Kargo reports <" + expected + ">; found " + problems.stream()
                                .map(ConfigProblem::kargoMessage).toList());
            }
        }));
    }

    @Test
    void theCasesCoverEveryBuiltInStepWithACaseInKargo() {
        long steps = KargoStepCases.all().stream().map(KargoStepCases.Case::step).distinct().count();
        assertTrue(steps >= 33, "cases for " + steps + " steps");
    }
}
