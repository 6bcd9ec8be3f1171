package io.github.kargo4j.validation.fields;

import io.github.kargo4j.model.io.KargoCodec;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.Rule;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the documentation file of each rule of a check: its shape, and that its examples behave. */
public final class RuleDocAssertions {

    private static final PipelineValidator VALIDATOR = PipelineValidator.builder().complete(true).build();

    private RuleDocAssertions() {
    }

    /**
     * @param check a check
     * @return for each of its rules: the file's shape, the Bad example triggers the rule, the Fixed one does not
     */
    public static List<DynamicTest> docsOf(Check check) {
        List<DynamicTest> out = new ArrayList<>();
        for (Rule rule : check.rules()) {
            out.add(DynamicTest.dynamicTest(rule.code(), () -> {
                String md = read(rule.code());
                String[] lines = md.split("\n", -1);
                assertEquals("# " + rule.code() + " " + rule.name(), lines[0]);
                assertEquals("", lines[1]);
                assertTrue(lines[2].startsWith("Severity: " + rule.severity().label()), lines[2]);
                assertTrue(PipelineValidator.rules().containsKey(rule.code()), "not registered in BuiltInChecks");
                Report bad = VALIDATOR.validateManifests(KargoCodec.create().parse(example(md, "Bad"), "bad.yaml"));
                assertTrue(bad.findings().stream().anyMatch(f -> f.code().equals(rule.code())),
                        "the Bad example does not trigger " + rule.code() + ":\n" + bad);
                Report fixed = VALIDATOR.validateManifests(KargoCodec.create().parse(example(md, "Fixed"),
                        "fixed.yaml"));
                assertFalse(fixed.findings().stream().anyMatch(f -> f.code().equals(rule.code())),
                        "the Fixed example triggers " + rule.code() + ":\n" + fixed);
                assertEquals(List.of(), fixed.withCodes("KR001", "KR002").findings());
            }));
        }
        return out;
    }

    private static String read(String code) throws IOException {
        try (InputStream in = RuleDocAssertions.class.getResourceAsStream(
                "/io/github/kargo4j/validation/rules/" + code + ".md")) {
            assertNotNull(in, "no documentation file rules/" + code + ".md");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String example(String md, String section) {
        int at = md.indexOf("\n## " + section + "\n");
        assertTrue(at >= 0, "no ## " + section);
        int open = md.indexOf("```yaml\n", at);
        int close = md.indexOf("\n```", open + 7);
        assertTrue(open >= 0 && close > open, "no yaml block under ## " + section);
        return md.substring(open + "```yaml\n".length(), close + 1);
    }
}
