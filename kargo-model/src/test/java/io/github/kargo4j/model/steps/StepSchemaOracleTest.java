package io.github.kargo4j.model.steps;

import com.networknt.schema.Error;
import io.github.kargo4j.model.steps.SchemaWalker.Constraint;
import io.github.kargo4j.model.steps.SchemaWalker.Generated;
import io.github.kargo4j.model.steps.SchemaWalker.Mutation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kargo's step schemas are the oracle: this test walks every constraint keyword in them, at every depth, and proves
 * that the typed description ({@link Constraints} on the config classes, applied by {@link StepConfigRules}) has it.
 *
 * <p>For each constraint it generates the smallest configuration the schema accepts in which the object holding the
 * constraint exists (checked with networknt; {@link StepConfigRules} must report nothing on it), breaks exactly that
 * constraint ({@link SchemaWalker#mutations}), confirms with networknt that the result is invalid for that keyword,
 * and asserts that {@link StepConfigRules} reports a problem at the path the mutation is about (see
 * {@link SchemaWalker#mutations} for which paths count). A mutation the schema still accepts (such as emptying the
 * {@code branch} of a {@code git-clone} checkout, which then matches the "default branch" alternative) is skipped and
 * counted. Every constraint not flagged is listed in one failure message.
 *
 * <p>{@code -Dkargo4j.steps=git-clone,git-commit} restricts the steps tested.
 */
class StepSchemaOracleTest {

    /** Constraint keywords in Kargo v1.11.2's step schemas (with shared definitions counted at each use): 725. */
    private static final int LEAST_CONSTRAINTS_OF_ALL_STEPS = 700;

    private static SchemaWalker walker;

    @BeforeAll
    static void load() {
        walker = SchemaWalker.load();
    }

    @Test
    void everyConstraintOfTheSchemasIsInTheTypedDescription() {
        Map<String, List<String>> gaps = new TreeMap<>();
        List<String> walkerBugs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> walked = new TreeMap<>();
        Map<String, String> perStep = new TreeMap<>();
        int total = 0;
        int tested = 0;
        for (String step : walker.selectedSteps()) {
            StepConfigRules rules = StepConfigRules.builtIn(step).orElseThrow(
                    () -> new AssertionError(step + ": no built-in rules"));
            List<Constraint> constraints = walker.constraints(step);
            walked.put(step, constraints.size());
            total += constraints.size();
            int testedBefore = tested;
            int skippedBefore = skipped.size();
            for (Constraint c : constraints) {
                Generated g;
                List<Mutation> mutations;
                try {
                    g = walker.generate(step, c.focus(), null);
                    mutations = walker.mutations(c, g, null);
                } catch (RuntimeException e) {
                    walkerBugs.add(c.id() + ": " + e + " at " + List.of(e.getStackTrace()).subList(0,
                            Math.min(4, e.getStackTrace().length)));
                    continue;
                }
                List<Error> baseErrors = walker.oracle(step, g.config());
                if (!baseErrors.isEmpty()) {
                    walkerBugs.add(c.id() + ": the generated base is invalid " + SchemaWalker.describe(baseErrors)
                            + ": " + SchemaWalker.toJson(g.config()));
                    continue;
                }
                List<ConfigProblem> baseProblems = rules.check(SchemaWalker.json(g.config()));
                if (!baseProblems.isEmpty()) {
                    gaps.computeIfAbsent(step, s -> new ArrayList<>()).add(c.id() + ": a valid configuration is "
                            + "reported " + SchemaWalker.describeProblems(baseProblems) + ": "
                            + SchemaWalker.toJson(g.config()));
                    continue;
                }
                Map<String, List<Mutation>> variants = new LinkedHashMap<>();
                for (Mutation m : mutations) {
                    variants.computeIfAbsent(m.variant(), v -> new ArrayList<>()).add(m);
                }
                if (variants.isEmpty()) {
                    walkerBugs.add(c.id() + ": no mutation breaks it");
                }
                for (Map.Entry<String, List<Mutation>> v : variants.entrySet()) {
                    Mutation chosen = null;
                    for (Mutation m : v.getValue()) {
                        List<Error> errors = walker.oracle(step, m.config());
                        if (errors.isEmpty()) {
                            continue;
                        }
                        if (!SchemaWalker.oracleSays(errors, m.oracleKeywords())) {
                            walkerBugs.add(c.id() + ": " + m.label() + " breaks something else "
                                    + SchemaWalker.describe(errors) + ", not " + m.oracleKeywords());
                        } else {
                            chosen = m;
                        }
                        break;
                    }
                    if (chosen == null) {
                        skipped.add(c.id() + ": " + v.getValue().get(0).label()
                                + (v.getValue().size() > 1 ? " (and " + (v.getValue().size() - 1) + " more)" : ""));
                        continue;
                    }
                    tested++;
                    List<ConfigProblem> problems = rules.check(SchemaWalker.json(chosen.config()));
                    if (SchemaWalker.flagging(chosen, problems) == null) {
                        gaps.computeIfAbsent(step, s -> new ArrayList<>()).add(c.id() + ": " + chosen.label()
                                + " -> expected a problem at " + chosen.expected() + ", reported "
                                + SchemaWalker.describeProblems(problems));
                    }
                }
            }
            perStep.put(step, constraints.size() + " walked, " + (tested - testedBefore) + " mutations tested, "
                    + (skipped.size() - skippedBefore) + " skipped, "
                    + gaps.getOrDefault(step, List.of()).size() + " not flagged");
        }
        int count = gaps.values().stream().mapToInt(List::size).sum();
        StringBuilder msg = new StringBuilder();
        msg.append(count).append(" schema constraints are not in the typed description (").append(total)
                .append(" walked, ").append(tested).append(" mutations tested, ").append(skipped.size())
                .append(" skipped as the schema accepts them):");
        gaps.forEach((step, list) -> {
            msg.append("\n").append(step).append(" (").append(list.size()).append("):");
            list.forEach(l -> msg.append("\n  ").append(l));
        });
        StringBuilder table = new StringBuilder();
        perStep.forEach((step, line) -> table.append("\n  ").append(step).append(": ").append(line));
        summary(msg + "\n\nper step:" + table + "\n\n" + skipped.size()
                + " mutations skipped, as the schema accepts them:\n  " + String.join("\n  ", skipped)
                + "\n\nwalker or generator bugs:\n  " + String.join("\n  ", walkerBugs) + "\n");

        assertTrue(walkerBugs.isEmpty(), "the walker or the generator is wrong:\n" + String.join("\n", walkerBugs));
        for (Map.Entry<String, Integer> e : walked.entrySet()) {
            assertTrue(e.getValue() >= 2, e.getKey() + ": only " + e.getValue() + " constraints walked");
        }
        if (walker.allStepsSelected()) {
            assertTrue(total >= LEAST_CONSTRAINTS_OF_ALL_STEPS, "only " + total + " constraints walked " + walked);
        }
        assertTrue(gaps.isEmpty(), msg.toString());
    }

    /** Writes the summary to {@code target/step-schema-oracle.txt} (when run by Maven), printing nothing. */
    private static void summary(String text) {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                Files.writeString(target.resolve("step-schema-oracle.txt"), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
