package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.kargo.EvaluationPlace;
import io.github.kargo4j.validation.Finding;
import io.github.kargo4j.validation.PipelineValidator;
import io.github.kargo4j.validation.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-run memo of lexing, compiling and evaluating expressions: the same outcome as without it, bounded. */
class ExprMemoTest {

    @Test
    void theSameTextInTheSamePlaceIsCompiledOnce() {
        ExprMemo memo = new ExprMemo();
        ExprMemo.Compiled a = memo.compile(EvaluationPlace.STEP_CONFIG, "1 + 2");
        assertSame(a, memo.compile(EvaluationPlace.STEP_CONFIG, "1 + 2"));
        assertSame(a.program(), memo.compile(EvaluationPlace.STEP_CONFIG, "1 + 2").program());
        assertEquals(3L, a.runConstant());
        assertEquals(3L, memo.compile(EvaluationPlace.STEP_CONFIG, "1 + 2").runConstant());
        assertSame(memo.lex("1 + 2"), memo.lex("1 + 2"));
    }

    @Test
    void anotherPlaceCompilesWithItsOwnLanguage() {
        ExprMemo memo = new ExprMemo();
        // warehouse(name) is a Kargo function of step configs, whose signature the checker knows; bare expr-lang
        // fields do not have it, and expr-lang compiles a call it knows nothing of
        ExprMemo.Compiled inStep = memo.compile(EvaluationPlace.STEP_CONFIG, "warehouse()");
        ExprMemo.Compiled bare = memo.compile(EvaluationPlace.BARE, "warehouse()");
        assertNotSame(inStep, bare);
        assertThrows(ExprException.class, inStep::program);
        bare.program();
    }

    @Test
    void aCompileErrorIsKeptAndGivenAgain() {
        ExprMemo memo = new ExprMemo();
        ExprException first = assertThrows(ExprException.class,
                () -> memo.compile(EvaluationPlace.STEP_CONFIG, "ctx.stage +").program());
        ExprException again = assertThrows(ExprException.class,
                () -> memo.compile(EvaluationPlace.STEP_CONFIG, "ctx.stage +").program());
        assertEquals(first.reason(), again.reason());
        assertEquals(first.column(), again.column());
    }

    @Test
    void aRunErrorOfAConstantIsKeptAndGivenAgain() {
        ExprMemo memo = new ExprMemo();
        ExprMemo.Compiled c = memo.compile(EvaluationPlace.STEP_CONFIG, "int('x')");
        ExprException first = assertThrows(ExprException.class, c::runConstant);
        ExprException again = assertThrows(ExprException.class, c::runConstant);
        assertSame(first, again);
    }

    @Test
    void malformedTextHasNoFacts() {
        ExprMemo.Lexed l = new ExprMemo().lex("foo(");
        assertTrue(l.lexed().problem().isPresent());
        assertEquals(null, l.facts());
    }

    @Test
    void longTextsAreWorkedOutEachTimeAndNotKept() {
        ExprMemo memo = new ExprMemo();
        String longText = "1" + " + 1".repeat(ExprMemo.MAX_TEXT / 4);
        assertTrue(longText.length() > ExprMemo.MAX_TEXT);
        ExprMemo.Compiled a = memo.compile(EvaluationPlace.STEP_CONFIG, longText);
        assertEquals((long) (ExprMemo.MAX_TEXT / 4 + 1), a.runConstant());
        assertNotSame(a, memo.compile(EvaluationPlace.STEP_CONFIG, longText));
        memo.lex(longText);
        assertEquals(0, memo.size());
    }

    @Test
    void keepsAtMostItsBoundOfTextsTheRecentOnes() {
        ExprMemo memo = new ExprMemo();
        for (int i = 0; i < ExprMemo.MAX_ENTRIES; i++) {
            memo.lex("vars.v" + i);
        }
        assertEquals(ExprMemo.MAX_ENTRIES, memo.size());
        ExprMemo.Lexed recent = null;
        for (int i = ExprMemo.MAX_ENTRIES; i < ExprMemo.MAX_ENTRIES + 100; i++) {
            ExprMemo.Lexed l = memo.lex("vars.v" + i);
            if (i == ExprMemo.MAX_ENTRIES + 99) {
                recent = l;
            }
        }
        // full, it was emptied and holds the texts since
        assertEquals(100, memo.size());
        assertSame(recent, memo.lex("vars.v" + (ExprMemo.MAX_ENTRIES + 99)), "a recent text is kept");
        // a text past the bound still gets its own, correct outcome
        assertEquals("v" + (ExprMemo.MAX_ENTRIES + 50),
                memo.lex("vars.v" + (ExprMemo.MAX_ENTRIES + 50)).facts().vars.iterator().next());
    }

    @Test
    void threadsAskingForTheSameTextsGetEqualOutcomes() throws Exception {
        ExprMemo memo = new ExprMemo();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Object>>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(() -> {
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        out.add(memo.compile(EvaluationPlace.STEP_CONFIG, i + " * 2").runConstant());
                    }
                    return out;
                });
            }
            List<Object> expected = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                expected.add((long) i * 2);
            }
            for (Future<List<Object>> f : pool.invokeAll(tasks)) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSameBadExpressionInTwoStagesIsReportedForEach() {
        String stage = """
                apiVersion: kargo.akuity.io/v1alpha1
                kind: Stage
                metadata:
                  name: %s
                  namespace: demo
                spec:
                  requestedFreight:
                    - origin: {kind: Warehouse, name: w}
                      sources: {direct: true}
                  promotionTemplate:
                    spec:
                      steps:
                        - uses: yaml-update
                          config:
                            path: ./values.yaml
                            updates:
                              - key: image
                                value: ${{ 1 / 0 > 'a' }}
                """;
        String yaml = stage.formatted("a") + "---\n" + stage.formatted("b");
        Report r = PipelineValidator.builder().threads(2).build().validateText(yaml, "two.yaml");
        List<String> ke009 = r.findings().stream().filter(f -> f.code().equals("KE009"))
                .map(Finding::message).toList();
        assertEquals(2, ke009.size(), () -> r.findings().toString());
        assertTrue(ke009.get(0).startsWith("Stage a: "), ke009.get(0));
        assertTrue(ke009.get(1).startsWith("Stage b: "), ke009.get(1));
    }

    @Test
    void aShapeWritesEveryRepositoryUrlAlike() {
        assertEquals("imageFrom(\"u\").Tag", ExprMemo.shape("imageFrom(\"your-registry.io/svc-0001\").Tag"));
        assertEquals(" imageFrom( \"u\" ).Tag ", ExprMemo.shape(" imageFrom( \"reg.io/a\" ).Tag "));
        assertEquals("commitFrom(\"u\", warehouse(\"w\")).ID + chartFrom(\"u\", \"app\").Version",
                ExprMemo.shape("commitFrom(\"https://github.com/o/r.git\", warehouse(\"w\")).ID"
                        + " + chartFrom(\"oci://ghcr.io/o/app\", \"app\").Version"));
        // nothing to write alike, or something the scan does not read as expr-lang's lexer does
        for (String text : new String[] {"ctx.stage", "warehouse(\"w\")", "x.imageFrom(\"a\")", "imageFrom(\"a\" + b)",
            "imageFrom('a')", "imageFrom(\"a\\\\b\")", "imageFrom(\"a b\")", "imageFrom(\"a\") // c",
            "imageFrom(\"a\") /* c */", "imageFrom(`a`)", "imageFrom(\"a)"}) {
            assertEquals(null, ExprMemo.shape(text), text);
        }
    }

    /** A text whose shape compiles compiles itself, in every place; texts of every kind, right and wrong. */
    @Test
    void whatTheShapeSaysTheTextDoes() {
        String[] functions = {"imageFrom", "commitFrom", "chartFrom", "warehouse", "imageFromm"};
        String[] firsts = {"\"reg.io/a\"", "\"https://github.com/o/r.git\"", "\"\"", "vars.x", "\"a:b@c_d-e\"", "1"};
        String[] rests = {"", ", warehouse(\"w\")", ", \"x\"", ", 1", ", \"a\", \"b\""};
        String[] tails = {"", ".Tag", ".ID", ".Nope", "[\"Tag\"]", " == \"x\"", ".Tag + 1", " matches \"[\"",
            ".Tag matches \"^v\"", " in [\"a\", \"a\"]"};
        ExprMemo memo = new ExprMemo();
        int shared = 0;
        int refused = 0;
        for (EvaluationPlace place : EvaluationPlace.values()) {
            for (String f : functions) {
                for (String first : firsts) {
                    for (String rest : rests) {
                        for (String tail : tails) {
                            String text = f + "(" + first + rest + ")" + tail;
                            boolean compiles;
                            try {
                                place.checkingLang().compile(text);
                                compiles = true;
                            } catch (ExprException e) {
                                compiles = false;
                            }
                            if (memo.compilesAsShape(place, text)) {
                                shared++;
                                assertTrue(compiles, place + ": " + text);
                            } else if (ExprMemo.shape(text) != null) {
                                refused++;   // the text is compiled itself
                            }
                        }
                    }
                }
            }
        }
        assertTrue(shared > 100, "texts whose shape compiles: " + shared);
        assertTrue(refused > 100, "texts whose shape does not compile: " + refused);
    }
}
