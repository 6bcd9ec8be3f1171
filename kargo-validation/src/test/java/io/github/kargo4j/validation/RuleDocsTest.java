package io.github.kargo4j.validation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every rule has exactly one documentation file, in the agreed format, and docs/rules.md is generated from them. */
public class RuleDocsTest {

    static final String REGENERATE = "./mvnw -q -B -o -Dkargo4j.noPublishJars -pl kargo-validation -am"
            + " process-classes -Prule-docs";
    private static final Path RULE_FILES = Path.of("src/main/resources", RuleDocs.RESOURCE_DIRECTORY);
    private static final Path RULES_MD = Path.of("../docs/rules.md");

    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        String expected = RuleDocs.rulesMarkdown();
        if (!Files.exists(RULES_MD)) {
            fail("docs/rules.md is missing; generate it from the repository root with:\n  " + REGENERATE);
        }
        String actual = Files.readString(RULES_MD, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!actual.equals(expected)) {
            fail("docs/rules.md is out of date with the rule files under " + RULE_FILES
                    + "; regenerate it from the repository root with:\n  " + REGENERATE);
        }
    }

    @Test
    void everyRuleHasADocumentationFile() {
        List<String> missing = new ArrayList<>();
        for (String code : PipelineValidator.rules().keySet()) {
            if (RuleDocs.explain(code).isEmpty()) {
                missing.add(code + " (write " + RULE_FILES.resolve(code + ".md") + ")");
            }
        }
        assertEquals(List.of(), missing, "rules without documentation");
    }

    @Test
    void everyDocumentationFileHasARule() throws IOException {
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULE_FILES)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String code = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
                if (!PipelineValidator.rules().containsKey(code)) {
                    orphans.add(name);
                }
            }
        }
        assertEquals(List.of(), orphans, "documentation files whose code no check of BuiltInChecks reports, or"
                + " files that are not named CODE.md");
    }

    @Test
    void everyDocumentationFileHasTheAgreedShape() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : RuleDocs.all().entrySet()) {
            Rule rule = PipelineValidator.rules().get(e.getKey());
            problems.addAll(shapeProblems(rule, e.getValue()));
        }
        assertEquals(List.of(), problems);
    }

    static List<String> shapeProblems(Rule rule, String md) {
        List<String> problems = new ArrayList<>();
        String code = rule.code();
        String[] lines = md.split("\n", -1);
        if (!lines[0].equals("# " + code + " " + rule.name())) {
            problems.add(code + ": the first line must be \"# " + code + " " + rule.name() + "\", found \"" + lines[0]
                    + "\"");
        }
        if (lines.length < 3 || !lines[1].isEmpty() || !lines[2].startsWith("Severity: ")
                || !(lines[2].contains(rule.severity().label())
                || lines[2].contains(rule.effectiveSeverity(false).label()))) {
            problems.add(code + ": the third line must be \"Severity: " + rule.severity().label() + "\"");
        }
        if (RuleDocs.descriptionOf(md).length() < 40) {
            problems.add(code + ": say what the rule finds and why it matters, in a few sentences");
        }
        if (example(md, "Bad").isEmpty()) {
            problems.add(code + ": needs a \"## Bad\" section with a ```yaml block");
        }
        if (example(md, "Fixed").isEmpty()) {
            problems.add(code + ": needs a \"## Fixed\" section with a ```yaml block");
        }
        int bad = md.indexOf("\n## Bad\n");
        int fixed = md.indexOf("\n## Fixed\n");
        if (bad >= 0 && fixed >= 0 && fixed < bad) {
            problems.add(code + ": \"## Bad\" comes before \"## Fixed\"");
        }
        return problems;
    }

    /**
     * @param md      a rule file
     * @param section {@code Bad} or {@code Fixed}
     * @return the first yaml block of that section
     */
    public static Optional<String> example(String md, String section) {
        int at = md.indexOf("\n## " + section + "\n");
        if (at < 0) {
            return Optional.empty();
        }
        int open = md.indexOf("```yaml\n", at);
        int next = md.indexOf("\n## ", at + 4);
        if (open < 0 || (next >= 0 && open > next)) {
            return Optional.empty();
        }
        int close = md.indexOf("\n```", open + 7);
        if (close < 0) {
            return Optional.empty();
        }
        return Optional.of(md.substring(open + "```yaml\n".length(), close + 1));
    }

    @Test
    void explainFindsARuleByCodeInAnyCaseAndNothingElse() {
        String kf001 = RuleDocs.explain("kf001").orElseThrow();
        assertTrue(kf001.startsWith("# KF001 field-constraint\n\nSeverity: error\n"), kf001);
        assertEquals(Optional.empty(), RuleDocs.explain("KZ999"));
        assertEquals(Optional.empty(), RuleDocs.explain("../KF001"));
        assertEquals(Optional.empty(), RuleDocs.explain(null));
        assertEquals(new TreeSet<>(RuleDocs.all().keySet()).first(), RuleDocs.all().keySet().iterator().next(),
                "all() is in code order");
    }

    @Test
    void theDescriptionIsTheProseBetweenSeverityAndExamples() {
        String d = RuleDocs.description("KR001").orElseThrow();
        assertTrue(d.startsWith("A file or document cannot be read"), d);
        assertFalse(d.contains("##") || d.contains("```") || d.contains("Severity"), d);
    }

    @Test
    void rulesMarkdownHasAContentsTableLinkingEveryRuleSection() {
        String md = RuleDocs.rulesMarkdown();
        assertTrue(md.startsWith("# kargo4j rules\n"), md);
        for (Rule r : PipelineValidator.rules().values()) {
            String anchor = ToolInfo.anchor(r);
            assertTrue(md.contains("| [" + r.code() + "](#" + anchor + ") | " + r.name() + " | "), r.code());
            assertTrue(md.contains("\n## " + r.code() + " " + r.name() + "\n"), r.code());
            assertTrue(md.contains("\n### Bad\n"), "sections are demoted one level");
        }
        assertTrue(md.indexOf("## KF001") < md.indexOf("## KR001"), "code order");
        assertEquals("kg001-stage-cycle", ToolInfo.anchor("KG001", "stage-cycle"));
        assertEquals(ToolInfo.RULES_URI + "#kf001-field-constraint",
                ToolInfo.helpUri(PipelineValidator.rules().get("KF001")));
    }
}
