package io.github.kargo4j.model.steps;

import com.networknt.schema.Error;
import io.github.kargo4j.model.steps.SchemaWalker.Constraint;
import io.github.kargo4j.model.steps.SchemaWalker.Generated;
import io.github.kargo4j.model.steps.SchemaWalker.Mutation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded property test (plain JUnit and {@link Random}): for each step, {@value #CONFIGS_PER_STEP} random
 * configurations generated from the step's schema (random optional properties, random values and strings, 1..3 items
 * per list, the branch of each {@code oneOf}/{@code anyOf} chosen at random):
 *
 * <ul>
 *   <li>the schema (networknt) accepts each, and {@link StepConfigRules} reports nothing;</li>
 *   <li>a copy in which some strings, booleans and whole numbers are {@code ${{ }}} expressions is not reported
 *   either (networknt is not asked: an expression is valid for Kargo only once evaluated);</li>
 *   <li>one random mutation that breaks one constraint of the schema, confirmed invalid by networknt, is flagged by
 *   {@link StepConfigRules} at the path it is about (the rule of {@link SchemaWalker#mutations}); a mutation of a
 *   single value, a required property or an unknown property is flagged in the copy with expressions too (a
 *   combination rule may rightly wait for the expressions to be evaluated).</li>
 * </ul>
 *
 * <p>Seed {@code n} of step {@code s} is {@code new Random(SchemaWalker.seed(s, n))}; failures name it and the
 * configuration. {@code -Dkargo4j.steps=git-clone,git-commit} restricts the steps tested.
 */
class StepConfigPropertyTest {

    static final int CONFIGS_PER_STEP = 200;
    private static final int MAX_FAILURES_PER_STEP = 5;
    private static final Set<String> LOCAL = Set.of("type", "minLength", "minItems", "minProperties", "minimum",
            "maximum", "enum", "const", "pattern", "format", "items", "required", "additionalProperties");

    private static SchemaWalker walker;

    @BeforeAll
    static void load() {
        walker = SchemaWalker.load();
    }

    @Test
    void randomValidConfigsPassAndRandomBreakingMutationsAreFlagged() {
        Map<String, List<String>> failures = new TreeMap<>();
        Map<String, Integer> mutated = new TreeMap<>();
        for (String step : walker.selectedSteps()) {
            StepConfigRules rules = StepConfigRules.builtIn(step).orElseThrow(
                    () -> new AssertionError(step + ": no built-in rules"));
            List<Constraint> constraints = walker.constraints(step);
            List<String> stepFailures = new ArrayList<>();
            int flaggedOrTested = 0;
            for (int n = 0; n < CONFIGS_PER_STEP; n++) {
                long seed = SchemaWalker.seed(step, n);
                Outcome o = check(step, rules, constraints, seed);
                if (o.failure != null) {
                    stepFailures.add(o.failure);
                }
                if (o.mutated) {
                    flaggedOrTested++;
                }
            }
            mutated.put(step, flaggedOrTested);
            if (!stepFailures.isEmpty()) {
                List<String> shown = new ArrayList<>(stepFailures.subList(0,
                        Math.min(MAX_FAILURES_PER_STEP, stepFailures.size())));
                if (stepFailures.size() > shown.size()) {
                    shown.add("... and " + (stepFailures.size() - shown.size()) + " more");
                }
                shown.add(0, stepFailures.size() + " of " + CONFIGS_PER_STEP + " seeds fail");
                failures.put(step, shown);
            }
        }
        StringBuilder msg = new StringBuilder("random configurations:");
        failures.forEach((step, list) -> {
            msg.append("\n").append(step).append(":");
            list.forEach(l -> msg.append("\n  ").append(l));
        });
        assertTrue(failures.isEmpty(), msg.toString());
        mutated.forEach((step, n) -> assertTrue(n >= CONFIGS_PER_STEP / 2,
                step + ": only " + n + " of " + CONFIGS_PER_STEP + " seeds found a mutation the schema rejects"));
    }

    private record Outcome(String failure, boolean mutated) {
    }

    private static Outcome check(String step, StepConfigRules rules, List<Constraint> constraints, long seed) {
        Random rnd = new Random(seed);
        String where = step + " seed " + seed;
        for (int attempt = 0; attempt < 20; attempt++) {
            Constraint c = constraints.get(rnd.nextInt(constraints.size()));
            Generated g = walker.generate(step, c.focus(), rnd);
            String json = SchemaWalker.toJson(g.config());
            List<Error> errors = walker.oracle(step, g.config());
            if (!errors.isEmpty()) {
                return fail(where + ": the generated config is invalid " + SchemaWalker.describe(errors) + ": "
                        + json);
            }
            List<ConfigProblem> problems = rules.check(SchemaWalker.json(g.config()));
            if (!problems.isEmpty()) {
                return fail(where + ": a valid config is reported " + SchemaWalker.describeProblems(problems) + ": "
                        + json);
            }
            Object withExpressions = SchemaWalker.withExpressions(g.config(), rnd, 25);
            boolean expressions = SchemaWalker.hasExpression(withExpressions);
            if (expressions) {
                problems = rules.check(SchemaWalker.json(withExpressions));
                if (!problems.isEmpty()) {
                    return fail(where + ": a valid config with expressions is reported "
                            + SchemaWalker.describeProblems(problems) + ": " + SchemaWalker.toJson(withExpressions));
                }
            }

            List<Mutation> candidates = new ArrayList<>(walker.mutations(c, g, rnd));
            Collections.shuffle(candidates, rnd);
            for (Mutation m : candidates) {
                List<Error> mErrors = walker.oracle(step, m.config());
                if (mErrors.isEmpty()) {
                    continue;   // the schema accepts it: not a breaking mutation
                }
                if (!SchemaWalker.oracleSays(mErrors, m.oracleKeywords())) {
                    return fail(where + ": " + c.id() + ": " + m.label() + " breaks something else "
                            + SchemaWalker.describe(mErrors) + ": " + json);
                }
                problems = rules.check(SchemaWalker.json(m.config()));
                if (SchemaWalker.flagging(m, problems) == null) {
                    return fail(where + ": " + c.id() + ": " + m.label() + " -> expected a problem at "
                            + m.expected() + ", reported " + SchemaWalker.describeProblems(problems) + "; config "
                            + SchemaWalker.toJson(m.config()));
                }
                if (expressions && LOCAL.contains(c.keyword()) && !c.inBranch()) {
                    Generated ge = new Generated(withExpressions, g.at(), g.holder());
                    for (Mutation me : walker.mutations(c, ge, rnd)) {
                        if (!me.variant().equals(m.variant())) {
                            continue;
                        }
                        problems = rules.check(SchemaWalker.json(me.config()));
                        if (SchemaWalker.flagging(me, problems) == null) {
                            return fail(where + ": " + c.id() + ": with expressions elsewhere, " + me.label()
                                    + " -> expected a problem at " + me.expected() + ", reported "
                                    + SchemaWalker.describeProblems(problems) + "; config "
                                    + SchemaWalker.toJson(me.config()));
                        }
                        break;
                    }
                }
                return new Outcome(null, true);
            }
        }
        return new Outcome(null, false);
    }

    private static Outcome fail(String message) {
        return new Outcome(message, false);
    }
}
