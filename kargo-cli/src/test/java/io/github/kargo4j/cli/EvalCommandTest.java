package io.github.kargo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kargo4j.expr.kargo.KargoTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void evaluatesAnExpressionWithVars() {
        CliRun r = CliRun.run("eval", "vars.x + 1", "--var", "x=41");
        assertEquals(0, r.status(), r.err());
        assertEquals("42\n", r.out());
    }

    @Test
    void printsStringsAsTheyAreAndOtherValuesAsJson() {
        assertEquals("prod-eu\n", CliRun.run("eval", "vars.env + '-' + vars.region", "--var", "env=prod",
                "--var", "region=eu").out());
        assertEquals("{\"a\":[1,\"x\"]}\n", CliRun.run("eval", "{'a': [1, 'x']}").out());
    }

    @Test
    void evaluatesATemplateAsKargoTypesIt() {
        CliRun r = CliRun.run("eval", "--template", "stage/${{ ctx.stage }}", "--var-ctx", "stage=prod");
        assertEquals("stage/prod\n", r.out(), r.err());
        // one whole expression yielding "3" becomes the number 3; quote() keeps the string
        assertEquals("3\n", CliRun.run("eval", "--template", "${{ vars.n }}", "--var", "n=\"3\"").out());
        assertEquals("3\n", CliRun.run("eval", "--template", "${{ quote(vars.n) }}", "--var", "n=3").out());
    }

    @Test
    void reportsASyntaxErrorWithItsColumnAndNoStackTrace() {
        CliRun r = CliRun.run("eval", "1 + ");
        assertEquals(1, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("kargo4j: unexpected token EOF (1:4)"), r.err());
        assertTrue(r.err().contains("^"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void usageMistakesAreUserErrors() {
        assertEquals(2, CliRun.run("eval").status());
        CliRun bad = CliRun.run("eval", "vars.x", "--var", "x");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("expected NAME=VALUE"), bad.err());
        assertEquals(2, CliRun.run("eval", "--jsonl", "1").status());
        CliRun missing = CliRun.run("eval", "--jsonl", "--input", dir.resolve("none.jsonl").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void jsonlAnswersEveryLineInOrder() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"expr\": \"x * 2\", \"env\": {\"x\": 21}}",
                "not json",
                "{\"expr\": \"1 +\"}",
                "",
                "{\"template\": {\"replicas\": \"${{ vars.n }}\", \"name\": \"${{ quote(vars.n) }}\"},"
                        + " \"env\": {\"vars\": {\"n\": 3}}}",
                "{\"expr\": \"1\", \"template\": {}}",
                "[1]",
                "{\"expr\": \"1.0 / 0\"}") + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("eval", "--jsonl", "--input", in.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size(), r.out());
        assertEquals("{\"value\":42}", lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"error\":\"line 2 is not JSON: invalid character"), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"error\":\"unexpected token EOF (1:3)"), lines.get(2));
        assertEquals("{\"value\":{\"name\":\"3\",\"replicas\":3}}", lines.get(3));
        assertTrue(lines.get(4).contains("exactly one of"), lines.get(4));
        assertTrue(lines.get(5).contains("expected an object"), lines.get(5));
        assertEquals("{\"error\":\"json: unsupported value: +Inf\"}", lines.get(6));
    }

    /** Kargo's own template vectors, fed through the command: each answer is Kargo's result or Kargo's error. */
    @Test
    void jsonlAgreesWithKargoOnItsTemplateVectors() throws IOException {
        Path data = Path.of("..", "kargo-expr", "src", "test", "resources", "expr");
        List<String> javaCannot = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("yaml-known-differences.txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                javaCannot.add((String) KargoTemplates.fromJson(line.substring(0, line.indexOf('\t'))));
            }
        }
        List<String> requests = new ArrayList<>();
        List<Map<?, ?>> cases = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("template-vectors.jsonl"), StandardCharsets.UTF_8)) {
            Map<?, ?> v = (Map<?, ?>) KargoTemplates.fromJson(line);
            String template = KargoTemplates.toJson(v.get("template"));
            if (javaCannot.stream().anyMatch(e -> template.contains(KargoTemplates.toJson(e).replaceAll("^\"|\"$", "")))) {
                continue; // strings that are not valid UTF-8 in Go (see yaml-known-differences.txt)
            }
            cases.add(v);
            requests.add("{\"template\":" + KargoTemplates.toJson(v.get("template")) + ",\"env\":"
                    + KargoTemplates.toJson(v.get("env")) + "}");
        }
        Path in = dir.resolve("vectors.jsonl");
        Files.writeString(in, String.join("\n", requests) + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("eval", "--jsonl", "--input", in.toString());
        List<String> answers = r.out().lines().toList();
        assertTrue(cases.size() > 1_900, cases.size() + " cases");
        assertEquals(cases.size(), answers.size());
        for (int i = 0; i < cases.size(); i++) {
            Map<?, ?> expected = cases.get(i);
            Map<?, ?> answer = (Map<?, ?>) KargoTemplates.fromJson(answers.get(i));
            if (expected.containsKey("error")) {
                assertEquals(expected.get("error"), answer.get("error"), requests.get(i));
            } else {
                assertEquals(KargoTemplates.toJson(expected.get("result")), KargoTemplates.toJson(answer.get("value")),
                        requests.get(i));
            }
        }
    }
}
