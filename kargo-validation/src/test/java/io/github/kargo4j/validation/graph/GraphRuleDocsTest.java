package io.github.kargo4j.validation.graph;

import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.kargo4j.validation.graph.Graphs.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each graph rule's documentation page: its format, and that its examples do what they say. */
class GraphRuleDocsTest {

    private static final Pattern PAGE = Pattern.compile("""
            # (K[A-Z]\\d{3}) ([a-z0-9-]+)

            Severity: (error|warning|info)

            ((?:[^\\n#]+\\n)+)
            ## Bad

            ```yaml
            ((?:.*\\n)+?)```

            ## Fixed

            ```yaml
            ((?:.*\\n)+?)```
            """);

    static List<Rule> rules() {
        return GraphRules.all();
    }

    private static Matcher page(Rule rule) throws IOException {
        String resource = "/io/github/kargo4j/validation/rules/" + rule.code() + ".md";
        try (InputStream in = GraphRuleDocsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, () -> "no documentation " + resource);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = PAGE.matcher(text);
            assertTrue(m.matches(), () -> resource + " does not follow the page format:\n" + text);
            return m;
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void pageNamesTheRuleAndItsSeverity(Rule rule) throws IOException {
        Matcher m = page(rule);
        assertEquals(rule.code(), m.group(1));
        assertEquals(rule.name(), m.group(2));
        assertEquals(rule.severity().label(), m.group(3));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void badExampleTriggersTheRule(Rule rule) throws IOException {
        List<Finding> findings = Graphs.check(false, page(rule).group(5));
        assertFalse(Graphs.withCode(findings, rule.code()).isEmpty(), () -> rule.code() + " not triggered:\n"
                + lines(findings));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void fixedExampleIsCleanEvenAsACompleteSet(Rule rule) throws IOException {
        List<Finding> findings = Graphs.check(true, page(rule).group(6));
        assertEquals(List.of(), findings, () -> lines(findings));
    }

    @Test
    void checksReportExactlyTheDocumentedRulesAndTheValidatorKnowsThem() {
        List<Rule> reported = new ArrayList<>();
        for (Check c : GraphRules.checks()) {
            reported.addAll(c.rules());
        }
        assertEquals(GraphRules.all(), reported);
        for (Rule r : GraphRules.all()) {
            assertEquals(r, PipelineValidator.rules().get(r.code()));
        }
    }
}
