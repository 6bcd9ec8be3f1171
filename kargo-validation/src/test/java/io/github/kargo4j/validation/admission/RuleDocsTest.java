package io.github.kargo4j.validation.admission;

import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.legacy.LegacyRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every admission and legacy rule has its documentation file in the required format, and its Bad example triggers it
 * while its Fixed example does not (nor any other admission or legacy error).
 */
class RuleDocsTest {

    private static final Pattern DOC = Pattern.compile("# (K[A-Z]\\d{3}) ([a-z0-9-]+)\\n\\nSeverity: (error|warning|info)"
            + "\\n\\n(.+?)\\n\\n## Bad\\n\\n```yaml\\n(.+?)\\n```\\n\\n## Fixed\\n\\n```yaml\\n(.+?)\\n```\\n", Pattern.DOTALL);

    private static List<Rule> mine() {
        List<Rule> all = new ArrayList<>(AdmissionRules.all());
        all.addAll(LegacyRules.all());
        return all;
    }

    private static String doc(Rule r) throws IOException {
        try (InputStream in = RuleDocsTest.class.getResourceAsStream("/io/github/kargo4j/validation/rules/" + r.code()
                + ".md")) {
            assertNotNull(in, "no documentation file for " + r.code());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rulesAreRegisteredWithUniqueCodesAndNames() {
        Map<String, Rule> registered = PipelineValidator.rules();
        Set<String> names = new HashSet<>();
        for (Rule r : mine()) {
            assertEquals(r, registered.get(r.code()), r.code() + " is not reported by a built-in check");
            assertTrue(names.add(r.name()), "duplicate name " + r.name());
            assertTrue(r.category() == Category.ADMISSION || r.category() == Category.LEGACY);
        }
        assertEquals(39, AdmissionRules.all().size());
        assertEquals(35, LegacyRules.all().size());
    }

    @TestFactory
    Stream<DynamicTest> badTriggersAndFixedDoesNot() {
        return mine().stream().map(r -> DynamicTest.dynamicTest(r.code() + " " + r.name(), () -> {
            Matcher m = DOC.matcher(doc(r));
            assertTrue(m.matches(), r.code() + ".md does not follow the rule documentation format");
            assertEquals(r.code(), m.group(1));
            assertEquals(r.name(), m.group(2));
            assertEquals(r.severity().label(), m.group(3));
            Report bad = TestValidation.validate(m.group(5));
            assertFalse(bad.withCodes(r.code()).findings().isEmpty(), r.code() + " Bad example does not trigger it:\n"
                    + bad);
            Report fixed = TestValidation.validate(m.group(6));
            assertTrue(fixed.withCodes(r.code()).findings().isEmpty(), r.code() + " Fixed example triggers it:\n"
                    + fixed);
            List<Finding> errors = fixed.filter(f -> f.severity() == Severity.ERROR
                    && (f.code().startsWith("KA") || f.code().startsWith("KL"))).findings();
            assertTrue(errors.isEmpty(), r.code() + " Fixed example has admission or legacy errors:\n" + fixed);
        }));
    }
}
