package io.github.kargo4j.validation.expr;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.ObjectMeta;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.FreightCreationCriteria;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import io.github.kargo4j.validation.expr.ExprLexer.Token;
import io.github.kargo4j.model.template.ExpressionScanner;
import io.github.kargo4j.model.template.ExpressionScanner.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property tests with seeded random strings built from the fragments expressions are made of: the scanner, the
 * lexer and the analysis never throw, the scanner agrees with a reference implementation, and the whole check never
 * fails on resources full of such strings.
 */
class ExpressionScannerPropertyTest {

    private static final String[] FRAGMENTS = {"${{", "}}", "${%", "%}", "$", "{", "}", "%", "(", ")", "[", "]", "\"",
        "'", "`", "\\", "#", ".", "?.", "??", ":", ",", ";", "/", "*", "//", "/*", "*/", " ", "\n", "vars", "outputs",
        "task", "let", "x", "in", "contains", "not", "commitFrom", "warehouse", "\"https://github.com/e/a\"", "'s'",
        "1", "0.5", "é", "\u0000", "==", "&&", "a", "b", "Major", "::", "-",
        // what reaches the compiler and the evaluator of constant expressions
        "int", "upper", "quote", "failure", "()", "1/0", "%", "..", "|", "#", "?", "map", "repeat", "999999"};

    static String random(Random r, int maxParts) {
        StringBuilder sb = new StringBuilder();
        int parts = r.nextInt(maxParts + 1);
        for (int i = 0; i < parts; i++) {
            if (r.nextInt(10) == 0) {
                sb.append((char) r.nextInt(0x3000));
            } else {
                sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            }
        }
        return sb.toString();
    }

    /** Kargo's segmentation written differently: a left-to-right scan. */
    static List<int[]> reference(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean curly = text.startsWith("${{", i);
            if (curly || text.startsWith("${%", i)) {
                String close = curly ? "}}" : "%}";
                int j = i + 3;
                while (j < text.length() && !text.startsWith(close, j)) {
                    j++;
                }
                if (j >= text.length()) {
                    out.add(new int[] {i, text.length(), 0});
                    break;
                }
                out.add(new int[] {i, j + 2, 1});
                i = j + 2;
            } else {
                i++;
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 4711, 20251111})
    void scannerAgreesWithTheReferenceAndNothingThrows(long seed) {
        Random r = new Random(seed);
        for (int n = 0; n < 3000; n++) {
            String text = random(r, 25);
            List<Segment> segs = ExpressionScanner.segments(text);
            List<int[]> ref = reference(text);
            assertEquals(ref.size(), segs.size(), text);
            int last = 0;
            for (int i = 0; i < segs.size(); i++) {
                Segment s = segs.get(i);
                assertEquals(ref.get(i)[0], s.start(), text);
                assertEquals(ref.get(i)[1], s.end(), text);
                assertEquals(ref.get(i)[2] == 1, s.closed(), text);
                assertTrue(s.start() >= last && s.end() <= text.length(), text);
                assertTrue(text.startsWith(s.open(), s.start()), text);
                assertEquals(text.substring(s.start() + 3, s.closed() ? s.end() - 2 : s.end()), s.body(), text);
                assertTrue(s.closed() || i == segs.size() - 1, "only the last segment may be unclosed: " + text);
                last = s.end();
            }
            assertEquals(!segs.isEmpty(), ExpressionScanner.hasExpression(text), text);

            ExprLexer.Result lexed = ExprLexer.lex(text);
            int depth = 0;
            int prev = -1;
            for (Token t : lexed.tokens()) {
                assertTrue(t.start() > prev && t.start() < text.length(), text);
                prev = t.start();
                if (t.is("(") || t.is("[") || t.is("{")) {
                    depth++;
                } else if (t.is(")") || t.is("]") || t.is("}")) {
                    depth--;
                }
                assertTrue(depth >= 0, text);
            }
            if (lexed.problem().isEmpty()) {
                assertEquals(0, depth, "a lexed expression without problem is balanced: " + text);
            }
            ExprFacts facts = ExprFacts.of(lexed.tokens());
            assertTrue(facts.calls.size() <= lexed.tokens().size(), text);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 99, 12345})
    void theCheckNeverFailsOnRandomExpressions(long seed) {
        Random r = new Random(seed);
        PipelineValidator validator = PipelineValidator.create();
        for (int n = 0; n < 150; n++) {
            List<KargoResource> resources = new ArrayList<>();
            List<PromotionStep> steps = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String uses = r.nextBoolean() ? "http" : "git-commit";
                steps.add(PromotionStep.builder().uses(uses).as(r.nextBoolean() ? random(r, 2) : "")
                        .ifCondition(random(r, 12))
                        .addVar(ExpressionVariable.of("v" + i, random(r, 12)))
                        .config(JsonObject.builder().put("message", random(r, 12))
                                .put("successExpression", random(r, 12))
                                .put("k" + random(r, 3), random(r, 12)).build())
                        .build());
            }
            resources.add(Stage.builder()
                    .metadata(ObjectMeta.of("demo", "s" + n))
                    .spec(s -> s.addRequestedFreight(FreightRequest.of(FreightOrigin.warehouse("w"),
                                    FreightSources.builder().direct(true).build()))
                            .addVar(ExpressionVariable.of("a", random(r, 12)))
                            .promotionTemplate(t -> t.spec(ts -> ts.addAllSteps(steps)))
                            .verification(v -> v.addArg("x", random(r, 12))))
                    .build());
            resources.add(Warehouse.builder()
                    .metadata(ObjectMeta.of("demo", "w"))
                    .spec(s -> s.addSubscription(Subscription.git(io.github.kargo4j.model.warehouse.GitSubscription
                                    .builder().repoURL("https://github.com/e/a").expressionFilter(random(r, 12))
                                    .build()))
                            .freightCreationCriteria(FreightCreationCriteria.of(random(r, 12))))
                    .build());
            Report report = validator.validateResources(resources);
            assertEquals(List.of(), report.withCodes("KR002").findings(), () -> report.toString());
        }
    }
}
