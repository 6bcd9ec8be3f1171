package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.kargo.EvaluationPlace;
import io.github.kargo4j.expr.kargo.FunctionSet;
import io.github.kargo4j.expr.kargo.KargoFunction;
import io.github.kargo4j.expr.kargo.KargoFunctions;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.expr.ExprFacts.Arg;
import io.github.kargo4j.validation.expr.ExprFacts.Call;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules about what one expression refers to: functions available where it is evaluated (KE006), declared
 * variables (KE004, KE005), step outputs of earlier aliases (KE003) and repositories the Stage's Warehouses
 * subscribe to (KE007, KE008). {@link ExpressionCheck} finds the expressions and their {@link Scope}.
 */
final class ExpressionRules {

    /** The step-status functions ({@code StatusOperations}). */
    private static final Set<String> STATUS_FUNCTIONS;

    /** Every function name an expression may call somewhere: Kargo's and expr-lang's built-ins. */
    private static final Set<String> ALL_FUNCTIONS;

    static {
        Set<String> status = new LinkedHashSet<>();
        for (KargoFunction f : FunctionSet.STATUS.functions()) {
            status.add(f.functionName());
        }
        STATUS_FUNCTIONS = Set.copyOf(status);
        Set<String> all = new LinkedHashSet<>(KargoFunctions.builtins());
        all.addAll(KargoFunctions.names());
        ALL_FUNCTIONS = Set.copyOf(all);
    }

    private ExpressionRules() {
    }

    /** Makes the function tables (this class's initialization), ahead of the first expression. */
    static void prepare() {
        existsAnywhere("");
    }

    private static boolean existsAnywhere(String name) {
        return ALL_FUNCTIONS.contains(name);
    }

    /** @return whether an operator was called like a function (the expression then does not compile) */
    static boolean functions(CheckContext c, JsonPath path, ExprFacts facts, Scope s) {
        boolean operatorCalled = false;
        for (Call call : facts.calls) {
            String name = call.name();
            if (name.startsWith("$") || s.place.provides(name)) {
                continue;
            }
            String message;
            String hint;
            if (ExprFacts.OPERATOR_WORDS.contains(name)) {
                operatorCalled = true;
                message = "`" + name + "(...)` in " + s.where + " calls `" + name + "` like a function, but in"
                        + " expr-lang it is an operator, so the expression does not compile";
                hint = "write `a " + name + " b` instead of `" + name + "(a, b)`";
            } else if (STATUS_FUNCTIONS.contains(name)) {
                message = "`" + name + "()` in " + s.where + " does not exist there: the step-status functions"
                        + " (success, failure, always, status) are only available in a step's `if` and `config`, so"
                        + " the expression fails when evaluated";
                hint = "move the condition to the step's `if`";
            } else if (existsAnywhere(name)) {
                message = "`" + name + "()` in " + s.where + " is not available in " + s.place.description()
                        + (s.place == EvaluationPlace.BARE ? ", which is plain expr-lang with only its built-in functions"
                        : "") + ", so the expression fails when evaluated";
                hint = s.place == EvaluationPlace.BARE && s.where.startsWith("the bare expression")
                        ? "compute the value in a ${{ }} expression (evaluated before the step runs) or in a var"
                        : "use only functions available here (see kargo4j explain KE006)";
            } else {
                Optional<String> near = ExpressionCheck.closest(name, ALL_FUNCTIONS);
                message = "`" + name + "()` in " + s.where + " is not a function of Kargo expressions or expr-lang"
                        + " v1.17, so the expression fails when evaluated" + near.map(n -> "; did you mean `" + n
                        + "()`?").orElse("");
                hint = near.map(n -> "call `" + n + "()`").orElse("use a Kargo function (§14.3) or an expr-lang"
                        + " built-in such as len, filter, map, upper, split or join");
            }
            c.reportOnce(ExpressionCheck.UNKNOWN_FUNCTION, path, name, message, hint);
        }
        return operatorCalled;
    }

    static void vars(CheckContext c, JsonPath path, ExprFacts facts, Scope s) {
        if (s.vars == null) {
            return;
        }
        for (String v : facts.vars) {
            if (s.vars.has(v)) {
                continue;
            }
            String elsewhere = s.elsewhere.get(v);
            if (elsewhere != null) {
                c.reportOnce(ExpressionCheck.VERIFICATION_VAR, path, v, "`vars." + v + "` in " + s.where + " is declared only in "
                                + elsewhere + ", but verification args see only the Stage's spec.vars; the analysis run"
                                + " fails to start (verification phase Error)",
                        "declare `" + v + "` in the Stage's spec.vars (promotion steps see those too)");
            } else {
                Optional<String> near = ExpressionCheck.closest(v, s.vars.names());
                c.reportOnce(ExpressionCheck.UNDECLARED_VAR, path, v, "`vars." + v + "` in " + s.where + " is not declared by any"
                                + " vars list in scope; it evaluates to nil" + near.map(n -> "; did you mean `vars."
                                + n + "`?").orElse(""),
                        near.map(n -> "use `vars." + n + "`").orElse("declare `" + v + "` in the vars of the Stage,"
                                + " the promotion template or the step"));
            }
        }
    }

    static void outputs(CheckContext c, JsonPath path, ExprFacts facts, Scope s) {
        Outputs o = s.outputs;
        if (o == null) {
            return;
        }
        if (o.none) {
            for (String a : facts.outputs) {
                c.reportOnce(ExpressionCheck.UNKNOWN_OUTPUT, path, a, "`outputs['" + a + "']` in " + s.where + " reads step outputs,"
                                + " which do not exist there (promotion-level vars and verification args are evaluated"
                                + " without them)",
                        "read step outputs in a step's vars, `if` or config instead");
            }
            for (String a : facts.taskOutputs) {
                c.reportOnce(ExpressionCheck.UNKNOWN_OUTPUT, path, "task." + a, "`task.outputs['" + a + "']` in " + s.where
                        + " reads task outputs, which do not exist there", "read them inside a PromotionTask's steps");
            }
            return;
        }
        if (o.inTask) {
            for (String a : facts.outputs) {
                Integer at = o.aliasIndex.get(a);
                if (at != null) {
                    c.reportOnce(ExpressionCheck.UNKNOWN_OUTPUT, path, a, "`outputs['" + a + "']` in " + s.where + " looks for a"
                                    + " promotion-level step `" + a + "`, but `" + a + "` is a step of this task, whose"
                                    + " steps run as `<task alias>::" + a + "`",
                            "read the task's own steps with `task.outputs['" + a + "']`");
                }
            }
            for (String a : facts.taskOutputs) {
                if (!o.earlier.contains(a)) {
                    c.reportOnce(ExpressionCheck.UNKNOWN_OUTPUT, path, "task." + a, "`task.outputs['" + a + "']` in " + s.where
                            + " " + missingAlias(o, a), aliasHint(o, a));
                }
            }
            return;
        }
        for (String a : facts.outputs) {
            if (o.earlier.contains(a)) {
                continue;
            }
            int sep = a.indexOf("::");
            if (sep > 0 && o.earlierTasks.contains(a.substring(0, sep))) {
                continue;
            }
            c.reportOnce(ExpressionCheck.UNKNOWN_OUTPUT, path, a, "`outputs['" + a + "']` in " + s.where + " " + missingAlias(o, a),
                    aliasHint(o, a));
        }
        for (String a : facts.taskOutputs) {
            c.reportOnce(ExpressionCheck.UNKNOWN_OUTPUT, path, "task." + a, "`task.outputs['" + a + "']` in " + s.where
                            + " reads task outputs, which exist only inside a PromotionTask's steps",
                    "use `outputs['<alias>']` to read an earlier step of this list");
        }
    }

    private static String missingAlias(Outputs o, String a) {
        Integer at = o.aliasIndex.get(a);
        if (at != null) {
            return "refers to step " + (at + 1) + " (alias `" + a + "`), which does not run before this one;"
                    + " a step sees only the outputs of earlier steps, so it evaluates to nil";
        }
        return "refers to alias `" + a + "`, which no step defines" + (o.earlier.isEmpty() ? ""
                : " (earlier aliases: " + String.join(", ", o.earlier) + ")") + "; it evaluates to nil";
    }

    private static String aliasHint(Outputs o, String a) {
        Optional<String> near = ExpressionCheck.closest(a, new LinkedHashSet<>(o.earlier));
        if (near.isPresent()) {
            return "did you mean `" + near.get() + "`?";
        }
        return o.aliasIndex.containsKey(a) ? "move the step that produces it before this one"
                : "set `as: " + a + "` on the earlier step that produces the output";
    }

    static void repositories(CheckContext c, JsonPath path, ExprFacts facts, Scope s) {
        Repos repos = s.repos;
        if (repos == null) {
            return;
        }
        for (Call call : facts.calls) {
            String fn = call.name();
            if (!Repositories.FUNCTIONS.contains(fn) || call.args().isEmpty()) {
                continue;
            }
            Arg first = call.args().get(0);
            Optional<String> url = first.literal();
            if (url.isEmpty() && first.var().isPresent() && s.vars != null) {
                url = s.vars.literalValue(first.var().get());
            }
            if (url.isEmpty() || url.get().isBlank()) {
                continue;
            }
            String chartName = null;
            String origin = null;
            for (int k = 1; k < call.args().size(); k++) {
                Arg a = call.args().get(k);
                if (fn.equals("chartFrom") && k == 1 && a.literal().isPresent()) {
                    chartName = a.literal().get();
                }
                if (a.warehouse().isPresent()) {
                    origin = a.warehouse().get();
                }
            }
            List<String> candidates = origin != null ? List.of(origin) : repos.requested();
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            List<String> subscribed = new ArrayList<>();
            Repositories.Match match = Repositories.Match.NONE;
            boolean discovered = s.place == EvaluationPlace.FREIGHT_CREATION_CRITERIA;
            for (String name : candidates) {
                Warehouse w = repos.warehouses().get(name);
                if (w == null) {
                    missing.add(name);
                    continue;
                }
                Repositories.Match m = Repositories.subscribes(w, fn, url.get(), chartName, discovered, subscribed);
                if (m.ordinal() < match.ordinal()) {
                    match = m;
                }
            }
            if (match == Repositories.Match.FOUND) {
                continue;
            }
            String kind = fn.equals("commitFrom") ? "Git" : fn.equals("imageFrom") ? "image" : "chart";
            String what = "`" + fn + "(\"" + ExpressionCheck.snippet(url.get()) + "\")` in " + s.where;
            String key = fn + " " + url.get();
            if (match == Repositories.Match.WRITTEN_DIFFERENTLY) {
                c.reportOnce(ExpressionCheck.UNSUBSCRIBED_REPO, path, key, what + ": Kargo looks up " + (fn.equals("imageFrom")
                                ? "an image by its subscription's repoURL exactly as written"
                                : "a chart by its subscription's repoURL exactly as written and its chart name")
                                + ", and the Warehouse subscribes to " + String.join(", ", subscribed)
                                + ", so the function finds nothing and returns nil",
                        "write the repository " + (fn.equals("chartFrom") ? "(and the chart name) " : "")
                                + "exactly as the subscription does: " + String.join(", ", subscribed));
                continue;
            }
            if (!missing.isEmpty()) {
                if (!c.context.complete()) {
                    // a partial set: the missing Warehouse is reported once per Stage by the graph rules, and
                    // repeating it for every expression would drown the user
                    continue;
                }
                c.reportOncePerResource(ExpressionCheck.REPO_WAREHOUSE_MISSING, path, key, what + ": no Warehouse in the set that "
                                + repos.owner() + " requests subscribes to " + kind + " repository " + url.get()
                                + ", and Warehouse " + String.join(", ", missing) + " is not in the set",
                        "check that Warehouse " + String.join(", ", missing) + " subscribes to " + url.get()
                                + ", or validate it together with this resource");
            } else {
                c.reportOnce(ExpressionCheck.UNSUBSCRIBED_REPO, path, key, what + ": no Warehouse " + repos.owner() + " requests ("
                                + String.join(", ", candidates) + ") subscribes to " + kind + " repository " + url.get()
                                + ", so the function finds nothing and returns nil",
                        subscribed.isEmpty() ? "subscribe the Warehouse to " + url.get()
                                : "use a subscribed " + kind + " repository (" + String.join(", ", subscribed)
                                + ") or subscribe the Warehouse to " + url.get());
            }
        }
    }
}
