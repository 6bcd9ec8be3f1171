package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kargo4j.expr.internal.GoYaml;
import io.github.kargo4j.expr.kargo.KargoTemplates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code ${{ asYAML(...) }}} case of {@code expr/template-vectors.jsonl} (made by Kargo v1.11.2 with
 * go.yaml.in/yaml/v3 v3.0.4, see {@code src/test/go}), evaluated here with {@link KargoTemplates}' asYAML, built on
 * {@link GoYaml#marshal(Object)}, must give exactly the bytes yaml.v3 wrote. Kargo's asYAML wraps the YAML in quotes,
 * which its template layer removes again, so the template's
 * {@code result.v} is yaml.Marshal's output itself. Where Kargo failed, the failure must come from here too, with
 * the same message. Cases that cannot agree are listed, with the reason, in {@code expr/yaml-known-differences.txt};
 * a listed case that agrees fails the test too.
 */
class GoYamlVectorsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern AS_YAML = Pattern.compile("\\$\\{\\{( asYAML\\(.*\\) )}}", Pattern.DOTALL);

    /** The language of Kargo's templates, whose asYAML is built on {@link GoYaml#marshal(Object)}. */
    private static final ExprLang LANG = KargoTemplates.standard().language();

    private static List<JsonNode> cases() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = GoYamlVectorsTest.class.getResourceAsStream("/expr/template-vectors.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode v = JSON.readTree(line);
                JsonNode t = v.get("template");
                if (t.isObject() && t.size() == 1 && t.has("v") && t.get("v").isString()
                        && AS_YAML.matcher(t.get("v").stringValue()).matches()) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** Null when the case agrees, else what differs. */
    private static String check(JsonNode v) {
        Matcher m = AS_YAML.matcher(v.get("template").get("v").stringValue());
        assertTrue(m.matches());
        String expr = m.group(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) GoTagged.env(v.get("env"));
        String actual;
        String failure;
        try {
            String quoted = (String) LANG.eval(expr, env);
            // Kargo's template layer: the text starts and ends with a double quote, which it removes
            assertTrue(quoted.length() > 1 && quoted.startsWith("\"") && quoted.endsWith("\""), quoted);
            actual = quoted.substring(1, quoted.length() - 1);
            failure = null;
        } catch (ExprException e) {
            actual = null;
            failure = e.getMessage();
        }
        if (v.has("error")) {
            String expected = v.get("error").stringValue();
            if (failure == null) {
                return expr + ": expected error " + expected + ", got " + JSON.writeValueAsString(actual);
            }
            return expected.equals(failure) ? null : expr + ": error " + failure + " | expected: " + expected;
        }
        String expected = v.get("result").get("v").stringValue();
        if (failure != null) {
            return expr + ": failed with " + failure + " | expected: " + JSON.writeValueAsString(expected);
        }
        return expected.equals(actual) ? null
                : expr + ": " + JSON.writeValueAsString(actual) + " | expected: " + JSON.writeValueAsString(expected);
    }

    /** The listed disagreements: expression to reason. */
    private static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        try (InputStream in = GoYamlVectorsTest.class.getResourceAsStream("/expr/yaml-known-differences.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                known.put(JSON.readValue(line.substring(0, tab), String.class), line.substring(tab + 1));
            }
        }
        return known;
    }

    @Test
    void everyAsYamlCaseAgreesWithYamlV3() throws IOException {
        List<JsonNode> cases = cases();
        Map<String, String> known = knownDifferences();
        List<String> differences = new ArrayList<>();
        List<String> listedButAgreeing = new ArrayList<>(known.keySet());
        int errors = 0;
        for (JsonNode v : cases) {
            if (v.has("error")) {
                errors++;
            }
            String d = check(v);
            Matcher m = AS_YAML.matcher(v.get("template").get("v").stringValue());
            assertTrue(m.matches());
            String expr = m.group(1).strip();
            if (d != null && !known.containsKey(expr)) {
                differences.add(d);
            }
            if (d != null) {
                listedButAgreeing.remove(expr);
            }
        }
        assertTrue(cases.size() >= 1_200, "the vectors hold the asYAML cases: " + cases.size());
        assertEquals("", String.join("\n", differences), differences.size() + " of " + cases.size()
                + " cases differ (" + errors + " error cases, " + known.size() + " differences listed)");
        assertEquals(List.of(), listedButAgreeing, "listed in yaml-known-differences.txt but agreeing (or gone)");
    }
}
