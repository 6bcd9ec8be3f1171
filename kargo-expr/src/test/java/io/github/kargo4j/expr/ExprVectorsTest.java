package io.github.kargo4j.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case of {@code expr/expr-vectors.jsonl} (made by expr-lang v1.17.8 itself, see {@code src/test/go}) must give
 * the same outcome here: the same value with the same Go type, or an error in the same phase. Cases that do not agree
 * yet are listed, with a reason, in {@code expr/known-differences.txt}; a listed case that agrees fails the test too,
 * so the list only shrinks.
 */
class ExprVectorsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    record Outcome(boolean agrees, boolean messageAgrees, String detail) {
    }

    static Outcome check(JsonNode v) {
        String expr = v.get("expr").stringValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) GoTagged.env(v.get("env"));
        ExprLang lang = ExprLang.builder().clock(Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC))
                .build();
        Object actual;
        ExprException error = null;
        try {
            actual = GoTagged.encode(lang.eval(expr, env));
        } catch (ExprException e) {
            error = e;
            actual = null;
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(false, false, "threw " + e);
        }
        if (v.has("error")) {
            JsonNode err = v.get("error");
            String phase = err.get("phase").stringValue();
            if (error == null) {
                return new Outcome(false, false, "expected " + phase + " error " + err.get("message").stringValue()
                        + ", got " + actual);
            }
            boolean samePhase = error.phase().name().equalsIgnoreCase(phase);
            boolean sameMessage = error.getMessage().equals(err.get("message").stringValue());
            return new Outcome(samePhase, sameMessage, samePhase ? (sameMessage ? "" : "message: "
                    + error.getMessage() + " | expected: " + err.get("message").stringValue())
                    : "phase " + error.phase() + " (" + error.getMessage() + "), expected " + phase + " ("
                            + err.get("message").stringValue() + ")");
        }
        Object expected = GoTagged.plain(v.get("result"));
        if (error != null) {
            return new Outcome(false, false, "error " + error.getMessage() + ", expected " + expected);
        }
        boolean same = Objects.equals(expected, actual);
        if (!same && Objects.equals(GoTagged.withoutGoTypes(expected), GoTagged.withoutGoTypes(actual))) {
            return new Outcome(false, false, "Go type differs: " + actual + ", expected " + expected);
        }
        return new Outcome(same, same, same ? "" : actual + ", expected " + expected);
    }

    static List<JsonNode> vectors() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = ExprVectorsTest.class.getResourceAsStream("/expr/expr-vectors.jsonl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ExprVectorsTest.class.getResourceAsStream("/expr/known-differences.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.put(JSON.readValue(line.substring(0, tab), String.class), line.substring(tab + 1));
            }
        }
        return out;
    }

    @Test
    void everyVectorAgreesWithExprLang() throws IOException {
        List<JsonNode> vectors = vectors();
        Map<String, String> known = knownDifferences();
        List<String> unexpected = new ArrayList<>();
        List<String> nowAgree = new ArrayList<>();
        int agree = 0;
        int messages = 0;
        int errors = 0;
        for (JsonNode v : vectors) {
            String expr = v.get("expr").stringValue();
            Outcome o = check(v);
            if (v.has("error")) {
                errors++;
                if (o.messageAgrees()) {
                    messages++;
                }
            }
            if (o.agrees()) {
                agree++;
                if (known.containsKey(expr)) {
                    nowAgree.add(expr);
                }
            } else if (!known.containsKey(expr)) {
                unexpected.add(JSON.writeValueAsString(expr) + "\t" + o.detail());
            }
        }
        List<String> messageDiffs = new ArrayList<>();
        for (JsonNode v : vectors) {
            if (v.has("error") && !known.containsKey(v.get("expr").stringValue())) {
                Outcome o = check(v);
                if (!o.messageAgrees()) {
                    messageDiffs.add(v.get("expr").stringValue() + "\t" + o.detail().replace("\n", "~"));
                }
            }
        }
        if (Boolean.getBoolean("kargo4j.expr.printMessageDiffs")) {
            messageDiffs.forEach(System.out::println);
        }
        System.out.printf("expr vectors: %d of %d agree; error messages identical in %d of %d errors; %d known"
                + " differences%n", agree, vectors.size(), messages, errors, known.size());
        assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " disagreements not in known-differences.txt:\n"
                + String.join("\n", unexpected.subList(0, Math.min(400, unexpected.size()))));
        assertTrue(nowAgree.isEmpty(), () -> "listed in known-differences.txt but agreeing now:\n"
                + String.join("\n", nowAgree));
    }
}
