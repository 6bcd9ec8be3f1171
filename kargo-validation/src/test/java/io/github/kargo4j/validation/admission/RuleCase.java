package io.github.kargo4j.validation.admission;

import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.Severity;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rule test: a manifest set that triggers the rule once (with the expected severity, path and message words) and
 * a valid neighbour that does not trigger it.
 *
 * @param code     the rule code
 * @param severity the expected (effective) severity
 * @param path     the expected JSON path
 * @param words    words the message must contain
 * @param bad      manifests that trigger the rule exactly once
 * @param good     a valid neighbour
 */
public record RuleCase(String code, Severity severity, String path, List<String> words, String bad, String good) {

    /** Shorthand for tables of cases. */
    public static RuleCase of(String code, Severity severity, String path, String words, String bad, String good) {
        return new RuleCase(code, severity, path, List.of(words.split("\\|")), bad, good);
    }

    /** Asserts that the bad manifests trigger the rule as expected. */
    public void assertTriggers() {
        List<Finding> found = TestValidation.findings(bad, code);
        assertEquals(1, found.size(), code + " findings: " + TestValidation.validate(bad));
        Finding f = found.get(0);
        assertEquals(severity, f.severity(), code + " severity");
        assertEquals(path, f.path().toString(), code + " path");
        for (String w : words) {
            assertTrue(f.message().contains(w), code + ": message lacks \"" + w + "\": " + f.message());
        }
        assertFalse(f.hint().isBlank(), code + " has no hint");
        assertTrue(f.position().isPresent(), code + " has no position");
    }

    /** Asserts that the good manifests do not trigger the rule. */
    public void assertNeighbourClean() {
        List<Finding> found = TestValidation.findings(good, code);
        assertTrue(found.isEmpty(), code + " fires on its valid neighbour: " + found);
    }

    @Override
    public String toString() {
        return code;
    }
}
