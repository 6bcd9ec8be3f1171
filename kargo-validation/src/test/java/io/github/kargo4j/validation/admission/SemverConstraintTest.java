package io.github.kargo4j.validation.admission;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constraint parser agrees with Masterminds semver v3.4, which Kargo uses. */
class SemverConstraintTest {

    @TestFactory
    Stream<DynamicTest> agreesWithTheMastermindsTestSuite() throws IOException {
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/admission/semver-constraints.txt")), StandardCharsets.UTF_8))) {
            lines = r.lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertTrue(lines.size() > 100, "cases: " + lines.size());
        return lines.stream().map(l -> {
            String[] parts = l.split("\t", 2);
            boolean valid = parts[0].equals("valid");
            return DynamicTest.dynamicTest(l, () -> assertEquals(valid, SemverConstraint.error(parts[1]).isEmpty(),
                    parts[1] + ": " + SemverConstraint.error(parts[1])));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"^1.2.0", "~1.2", ">=1.0.0 <2.0.0", "1.x", "*", ">= 1.2, < 3.0.0 || >= 4.2.3",
        "1.2 - 1.4.5", "v1.2.3", "=> 1.0", "~> 2.1", "!=1.2.3", "^0.0.1-alpha.1+build.5", "X.x.*"})
    void acceptsWhatKargoAccepts(String constraint) {
        assertEquals(java.util.Optional.empty(), SemverConstraint.error(constraint));
    }

    /**
     * Each is rejected by Masterminds: a bad character, a missing version, an empty OR branch, a numeric
     * pre-release part with a leading zero, a number beyond 64 bits, a '|' inside a version, four parts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"^1.0.0-beta..1", ">= 1.0 <", "x.y", "1.0 ||", "^1.2.3-01", "99999999999999999999",
        "1|2", "1.2.3.4", "latest", "> = 1.0", ">=1.0 && <2.0"})
    void rejectsWhatKargoRejects(String constraint) {
        assertTrue(SemverConstraint.error(constraint).isPresent(), constraint);
    }

    /** The memo answers as the parse does, for a constraint seen before and after the memo was emptied. */
    @Test
    void memoAnswersAsTheParse() {
        List<String> constraints = new ArrayList<>();
        for (int i = 0; i < SemverConstraint.MAX_KEPT + 50; i++) {
            constraints.add(i % 3 == 0 ? "^1." + i + ".0" : i % 3 == 1 ? ">= " + i + ", <" : "1.2.3." + i);
        }
        for (int round = 0; round < 2; round++) {
            for (String c : constraints) {
                assertEquals(SemverConstraint.parse(c), SemverConstraint.error(c), c);
            }
        }
        assertEquals(Optional.empty(), SemverConstraint.error("^1.0.0"));
        assertTrue(SemverConstraint.error("1.2.3.4").isPresent());
    }
}
