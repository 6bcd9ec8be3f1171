package io.github.kargo4j.validation.legacy;

import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.AnalysisRunArgument;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Fix;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;
import io.github.kargo4j.validation.steps.StepLists;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Removed expression shapes in promotion steps, variables and verification arguments: the {@code secrets} map,
 * {@code freightMetadata(name, key)} and the git-open-pr output {@code prNumber}. Expressions are evaluated when a
 * Promotion runs, so these fail then, not when the resource is applied.
 */
public final class ExpressionLegacyCheck implements Check {

    /** Creates the check. */
    public ExpressionLegacyCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(LegacyRules.EXPRESSION_SECRETS, LegacyRules.EXPRESSION_FREIGHT_METADATA,
                LegacyRules.EXPRESSION_PR_NUMBER_OUTPUT);
    }

    @Override
    public void run(ValidationContext context) {
        // each step list, then each Stage's verification, on its own: the findings in the order of a plain loop
        context.inParallel(StepLists.of(context), PerStepList.INSTANCE);
        context.inParallel(context.entriesOf(Stage.class), PerVerification.INSTANCE);
    }

    /** Checks one step list (a named class, not a method reference: no call site to link at start-up). */
    private static final class PerStepList implements BiConsumer<ValidationContext, StepLists.StepList> {
        static final PerStepList INSTANCE = new PerStepList();

        @Override
        public void accept(ValidationContext ctx, StepLists.StepList list) {
            stepList(ctx, list);
        }
    }

    /** Checks one Stage's verification (a named class, not a method reference: no call site to link). */
    private static final class PerVerification implements BiConsumer<ValidationContext, Entry> {
        static final PerVerification INSTANCE = new PerVerification();

        @Override
        public void accept(ValidationContext ctx, Entry e) {
            verification(ctx, e);
        }
    }

    private static void stepList(ValidationContext ctx, StepLists.StepList list) {
        Set<String> prAliases = new HashSet<>();
        for (int i = 0; i < list.steps().size(); i++) {
            if (list.steps().get(i).uses().orElse("").equals("git-open-pr")) {
                prAliases.add(list.steps().get(i).alias(i));
            }
        }
        for (StepLists.Var v : list.vars()) {
            if (v.var().value().isPresent()) {
                String val = v.var().value().get();
                Rewrites r = rewrites(val, Set.of());
                if (r != null) {
                    report(ctx, list.entry(), list.entry().resource().kind() + " \"" + list.entry().resource().name()
                            + "\": variable \"" + v.var().name() + "\"", val, v.path().key("value"), r);
                }
            }
        }
        for (int i = 0; i < list.steps().size(); i++) {
            PromotionStep step = list.steps().get(i);
            JsonPath p = list.path().index(i);
            if (step.ifCondition().isPresent()) {
                String c = step.ifCondition().get();
                Rewrites r = rewrites(c, prAliases);
                if (r != null) {
                    report(ctx, list.entry(), StepLists.describe(list, i) + ": the if condition", c, p.key("if"), r);
                }
            }
            for (int j = 0; j < step.vars().size(); j++) {
                if (step.vars().get(j).value().isPresent()) {
                    String val = step.vars().get(j).value().get();
                    Rewrites r = rewrites(val, prAliases);
                    if (r != null) {
                        report(ctx, list.entry(), StepLists.describe(list, i) + ": variable \""
                                + step.vars().get(j).name() + "\"", val, p.key("vars").index(j).key("value"), r);
                    }
                }
            }
            if (step.config().isPresent()) {
                config(ctx, list, i, step.config().get(), p.key("config"), prAliases);
            }
        }
    }

    private static void verification(ValidationContext ctx, Entry e) {
        Stage s = (Stage) e.resource();
        if (s.spec().verification().isEmpty()) {
            return;
        }
        List<AnalysisRunArgument> args = s.spec().verification().get().args();
        for (int i = 0; i < args.size(); i++) {
            Rewrites r = rewrites(args.get(i).value(), Set.of());
            if (r != null) {
                report(ctx, e, "Stage \"" + s.name() + "\": verification argument \"" + args.get(i).name() + "\"",
                        args.get(i).value(), JsonPath.ROOT.key("spec").key("verification").key("args").index(i)
                                .key("value"), r);
            }
        }
    }

    /** The strings of a step's config, each described (for a finding) by the step and its path in the config. */
    private static void config(ValidationContext ctx, StepLists.StepList list, int step, JsonObject config,
                               JsonPath cp, Set<String> prAliases) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {config, cp});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            JsonValue v = (JsonValue) top[0];
            JsonPath p = (JsonPath) top[1];
            if (v instanceof JsonObject o) {
                for (int i = o.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {o.valueAt(i), p.key(o.keyAt(i))});
                }
            } else if (v instanceof JsonArray a) {
                for (int i = a.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {a.get(i), p.index(i)});
                }
            } else if (v instanceof JsonString s && s.value().contains("${")) {
                Rewrites r = rewrites(s.value(), prAliases);
                if (r != null) {
                    String field = p.toString();
                    String base = cp.toString();
                    String rel = field.startsWith(base) ? "config" + field.substring(base.length()) : field;
                    report(ctx, list.entry(), StepLists.describe(list, step) + ": " + rel, s.value(), p, r);
                }
            }
        }
    }

    /**
     * The rewrites of a text's removed shapes.
     *
     * @param secrets  the text with the secrets map rewritten, if it reads it
     * @param metadata the text (secrets rewritten) with freightMetadata(name, key) rewritten, if it calls it
     * @param pr       the text (both rewritten) with prNumber rewritten, if it reads it
     */
    private record Rewrites(Optional<String> secrets, Optional<String> metadata, Optional<String> pr) {
    }

    /** @return the rewrites of a text, or null when it has no removed shape (the text then needs no description) */
    private static Rewrites rewrites(String value, Set<String> prAliases) {
        if (!value.contains("${")) {
            return null;
        }
        Optional<String> secrets = Expressions.rewriteSecrets(value);
        Optional<String> metadata = Expressions.rewriteFreightMetadata(secrets.orElse(value));
        Optional<String> pr = prAliases.isEmpty() ? Optional.empty()
                : Expressions.rewritePrNumber(metadata.orElse(secrets.orElse(value)), prAliases);
        if (secrets.isEmpty() && metadata.isEmpty() && pr.isEmpty()) {
            return null;
        }
        return new Rewrites(secrets, metadata, pr);
    }

    /** @param where what the text is */
    private static void report(ValidationContext ctx, Entry e, String where, String value, JsonPath p, Rewrites r) {
        Optional<String> secrets = r.secrets();
        Optional<String> metadata = r.metadata();
        Optional<String> pr = r.pr();
        // one fix for the value, with every rewrite applied, shared by the findings about it
        String all = pr.orElse(metadata.orElse(secrets.orElse(value)));
        Fix.Replace edit = new Fix.Replace(p, JsonValue.of(all));
        if (secrets.isPresent()) {
            ctx.report(LegacyRules.EXPRESSION_SECRETS, e, p, where + " reads the secrets map (secrets.<name>.<key>), "
                    + "deprecated in Kargo v1.5 and removed in v1.7: the expression fails when the Promotion runs",
                    Fix.of("use the secret() function (it reads Secrets labelled kargo.akuity.io/cred-type: generic "
                            + "in the project namespace)", edit));
        }
        if (Expressions.rewriteFreightMetadata(value).isPresent()) {
            ctx.report(LegacyRules.EXPRESSION_FREIGHT_METADATA, e, p, where + " calls freightMetadata(name, key) with "
                    + "two arguments, deprecated in Kargo v1.8 and removed in v1.10 (the function now takes only the "
                    + "Freight name): the expression fails when it is evaluated",
                    Fix.of("read the key from the map freightMetadata(name) returns", edit));
        }
        if (pr.isPresent()) {
            ctx.report(LegacyRules.EXPRESSION_PR_NUMBER_OUTPUT, e, p, where + " reads the output prNumber of a "
                    + "git-open-pr step, deprecated in Kargo v1.5 and removed in v1.7 (the step now outputs pr.id): "
                    + "the value is missing when the Promotion runs", Fix.of("read pr.id instead", edit));
        }
    }
}
