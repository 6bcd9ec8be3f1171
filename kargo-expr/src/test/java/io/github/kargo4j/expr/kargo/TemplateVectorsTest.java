package io.github.kargo4j.expr.kargo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kargo4j.expr.internal.GoValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@code expr/template-vectors.jsonl} (made by Kargo v1.11.2's own {@code EvaluateJSONTemplate} over
 * expr-lang v1.17.8 and yaml.v3, see {@code src/test/go}) gives the same outcome here: the same JSON document, or an
 * error with the same message.
 */
class TemplateVectorsTest {

    @Test
    void agreesWithKargoOnEveryTemplate() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        int errors = 0;
        List<String> yamlDifferences = knownYamlDifferences();
        for (Map<String, Object> v : vectors()) {
            String text = GoValues.marshal(v.get("template"));
            if (yamlDifferences.stream().anyMatch(d -> text.contains(GoValues.marshal(d).replaceAll("^\"|\"$", "")))) {
                continue; // GoYamlVectorsTest checks that these still differ, for the reason it lists
            }
            cases++;
            String template = GoValues.marshal(v.get("template"));
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) v.get("env");
            String actual;
            String failure = null;
            try {
                actual = KargoTemplates.standard().evaluateJson(template, env);
            } catch (TemplateException e) {
                actual = null;
                failure = e.getMessage();
            } catch (RuntimeException e) {
                disagreements.add(template + ": threw " + e);
                continue;
            }
            if (v.containsKey("error")) {
                errors++;
                String expected = (String) v.get("error");
                if (!expected.equals(failure)) {
                    disagreements.add(template + ": " + (failure == null ? actual : "error " + failure)
                            + "\n    expected error " + expected);
                }
            } else {
                String expected = GoValues.marshal(v.get("result"));
                if (failure != null || !expected.equals(actual)) {
                    disagreements.add(template + ": " + (failure == null ? actual : "error " + failure)
                            + "\n    expected " + expected);
                }
            }
        }
        assertTrue(cases >= 1_900 && errors >= 50, cases + " cases, " + errors + " errors: the vectors file is incomplete");
        assertEquals(0, disagreements.size(), disagreements.size() + " of " + cases + " disagree:\n"
                + String.join("\n", disagreements.stream().map(d -> d.replace("\n", "\\n")).toList()));
    }

    /** The expressions of {@code yaml-known-differences.txt}: asYAML cases Java cannot reproduce, with a reason. */
    private static List<String> knownYamlDifferences() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = TemplateVectorsTest.class.getResourceAsStream("/expr/yaml-known-differences.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add((String) GoValues.unmarshal(line.substring(0, line.indexOf('\t'))));
                }
            }
        }
        return out;
    }

    /** The cases, read as Go reads JSON into {@code any} (every number a float64, {@code -0} kept). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> vectors() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (InputStream in = TemplateVectorsTest.class.getResourceAsStream("/expr/template-vectors.jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    out.add((Map<String, Object>) GoValues.unmarshal(line));
                }
            }
        }
        return out;
    }
}
