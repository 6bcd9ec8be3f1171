package io.github.kargo4j.validation.expr;

import io.github.kargo4j.expr.ExprException;
import io.github.kargo4j.expr.kargo.EvaluationPlace;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.cluster.ClusterConfig;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.project.GenericWebhookAction;
import io.github.kargo4j.model.project.ProjectConfig;
import io.github.kargo4j.model.project.WebhookReceiverConfig;
import io.github.kargo4j.model.promotion.ClusterPromotionTask;
import io.github.kargo4j.model.promotion.Promotion;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.promotion.PromotionTaskSpec;
import io.github.kargo4j.model.stage.AnalysisRunArgument;
import io.github.kargo4j.model.stage.PromotionTemplateSpec;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.stage.StageSpec;
import io.github.kargo4j.model.template.ExpressionScanner.Segment;
import io.github.kargo4j.model.template.ExpressionScanner;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ValidationContext;
import io.github.kargo4j.validation.fields.Suggestions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Checks Kargo expressions offline: {@code ${{ ... }}} (and {@code ${% ... %}}) templates in step configs, step and
 * promotion {@code vars}, step {@code if}, Stage {@code vars} and verification args, and the bare expr-lang fields
 * (http success/failure/error expressions, {@code outputs[].fromExpression}, a Warehouse's
 * {@code freightCreationCriteria.expression}, git {@code expressionFilter} and generic webhook
 * {@code whenExpression}). Each expression is compiled with the language of its place (kargo-expr's
 * {@link EvaluationPlace}: expr-lang with the Kargo functions available there and their Go signatures), and
 * evaluated when its value does not depend on the cluster; a small tokenizer finds what it refers to (variables,
 * step outputs, repositories).
 *
 * <p>The removed {@code secrets} map is left to the legacy rules.
 */
public final class ExpressionCheck implements Check {

    /** Unclosed delimiters, unbalanced brackets or unterminated strings. */
    public static final Rule MALFORMED = Rule.of("KE001", "malformed-expression", Category.EXPRESSION,
            Severity.ERROR, "An expression whose delimiters, brackets or quotes are not balanced; Kargo cannot"
                    + " evaluate it");
    /** A step {@code if} that is not a single expression. */
    public static final Rule STEP_IF = Rule.of("KE002", "step-if-not-expression", Category.EXPRESSION,
            Severity.ERROR, "A step `if` that is not a single ${{ }} expression; it is a string, and Kargo fails the"
                    + " step because it is not a boolean");
    /** Outputs of a step alias that no earlier step defines. */
    public static final Rule UNKNOWN_OUTPUT = Rule.of("KE003", "unknown-step-output", Category.EXPRESSION,
            Severity.ERROR, "A reference to the outputs of a step alias that no earlier step defines (or where no"
                    + " outputs exist)");
    /** A variable declared nowhere in scope. */
    public static final Rule UNDECLARED_VAR = Rule.of("KE004", "undeclared-variable", Category.EXPRESSION,
            Severity.ERROR, "A `vars.x` reference to a variable that no vars list in scope declares");
    /** A verification arg reading a promotion-only variable. */
    public static final Rule VERIFICATION_VAR = Rule.of("KE005", "verification-variable-out-of-scope",
            Category.EXPRESSION, Severity.ERROR, "A verification arg reading a variable declared only for the"
                    + " promotion; verification sees only the Stage's spec.vars");
    /** A function that does not exist, or not here. */
    public static final Rule UNKNOWN_FUNCTION = Rule.of("KE006", "unknown-function", Category.EXPRESSION,
            Severity.ERROR, "A call of a function that does not exist, or is not available where the expression is"
                    + " evaluated");
    /** commitFrom/imageFrom/chartFrom naming a repository no requested Warehouse subscribes to. */
    public static final Rule UNSUBSCRIBED_REPO = Rule.of("KE007", "repository-not-subscribed", Category.EXPRESSION,
            Severity.ERROR, "commitFrom, imageFrom or chartFrom names a repository that no Warehouse the Stage"
                    + " requests subscribes to");
    /** As KE007, but some requested Warehouses are not in the validated set. */
    public static final Rule REPO_WAREHOUSE_MISSING = new Rule("KE008", "repository-warehouse-not-in-set",
            Category.EXPRESSION, Severity.ERROR, "commitFrom, imageFrom or chartFrom names a repository that no"
                    + " requested Warehouse in the set subscribes to, and some requested Warehouses are not in the set",
            true);
    /** An expression expr-lang does not compile: a syntax error, or a call or operation its checker refuses. */
    public static final Rule DOES_NOT_COMPILE = Rule.of("KE009", "expression-does-not-compile", Category.EXPRESSION,
            Severity.ERROR, "An expression expr-lang does not compile: a syntax error, a wrong number or type of"
                    + " arguments to a Kargo function or built-in, or operands of mismatched types");
    /** A constant expression that fails when evaluated, or whose value does not fit its field. */
    public static final Rule CONSTANT_FAILS = Rule.of("KE010", "constant-expression-fails", Category.EXPRESSION,
            Severity.ERROR, "An expression that reads no variable and calls no Kargo function, evaluated offline: it"
                    + " fails, or its value is of a type its field cannot take");

    private static final int SNIPPET = 80;

    @Override
    public List<Rule> rules() {
        return List.of(MALFORMED, STEP_IF, UNKNOWN_OUTPUT, UNDECLARED_VAR, VERIFICATION_VAR, UNKNOWN_FUNCTION,
                UNSUBSCRIBED_REPO, REPO_WAREHOUSE_MISSING, DOES_NOT_COMPILE, CONSTANT_FAILS);
    }

    /** Makes each place's language (the Go signatures of its functions parsed) and the rules' function tables. */
    @Override
    public void prepare() {
        for (EvaluationPlace place : EvaluationPlace.values()) {
            place.checkingLang();
        }
        ExpressionRules.prepare();
    }

    @Override
    public void run(ValidationContext context) {
        PipelineIndex index = new PipelineIndex(context);
        ExprMemo memo = new ExprMemo();
        // each resource on its own (the index and the memo are shared, read-only and thread-safe)
        context.inParallel(context.entries(), new PerEntry(this, index, memo));
    }

    /** Checks one resource's expressions (a named class, not a lambda: no call site to link at start-up). */
    private static final class PerEntry implements BiConsumer<ValidationContext, Entry> {
        private final ExpressionCheck check;
        private final PipelineIndex index;
        private final ExprMemo memo;

        PerEntry(ExpressionCheck check, PipelineIndex index, ExprMemo memo) {
            this.check = check;
            this.index = index;
            this.memo = memo;
        }

        @Override
        public void accept(ValidationContext own, Entry e) {
            check.entry(own, e, index, memo);
        }
    }

    /** Checks the expressions of one resource, reporting to {@code own}. */
    private void entry(ValidationContext own, Entry e, PipelineIndex index, ExprMemo memo) {
        CheckContext c = new CheckContext(own, e, e.resource(), memo);
        KargoResource r = e.resource();
        if (r instanceof Stage s) {
            stage(c, s, index);
        } else if (r instanceof PromotionTask t) {
            task(c, t.spec(), t.name(), t.namespace(), false, index);
        } else if (r instanceof ClusterPromotionTask t) {
            task(c, t.spec(), t.name(), "", true, index);
        } else if (r instanceof Promotion p) {
            promotion(c, p);
        } else if (r instanceof Warehouse w) {
            warehouse(c, w);
        } else if (r instanceof ProjectConfig pc) {
            if (pc.spec().isPresent()) {
                receivers(c, pc.spec().get().webhookReceivers());
            }
        } else if (r instanceof ClusterConfig cc) {
            if (cc.spec().isPresent()) {
                receivers(c, cc.spec().get().webhookReceivers());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ resources

    private void stage(CheckContext c, Stage st, PipelineIndex index) {
        StageSpec spec = st.spec();
        JsonPath specPath = JsonPath.ROOT.key("spec");
        Repos repos = index.reposFor(st.namespace(), spec.requestedFreight());
        Vars stageVars = new Vars().add(spec.vars());
        for (int k = 0; k < spec.vars().size(); k++) {
            ExpressionVariable v = spec.vars().get(k);
            JsonPath p = specPath.key("vars").index(k).key("value");
            Scope s = new Scope(EvaluationPlace.VARS, "spec.vars `" + v.name() + "`").vars(stageVars).noOutputs()
                    .repos(repos);
            if (v.value().isPresent()) {
                template(c, p, v.value().get(), s);
            }
        }
        Map<String, String> elsewhere = new LinkedHashMap<>();
        if (spec.promotionTemplate().isPresent()) {
            PromotionTemplateSpec ts = spec.promotionTemplate().get().spec();
            JsonPath tsPath = specPath.key("promotionTemplate").key("spec");
            Vars templateVars = stageVars.copy().add(ts.vars());
            for (int k = 0; k < ts.vars().size(); k++) {
                ExpressionVariable v = ts.vars().get(k);
                elsewhere.putIfAbsent(v.name(), "spec.promotionTemplate.spec.vars");
                JsonPath p = tsPath.key("vars").index(k).key("value");
                Scope s = new Scope(EvaluationPlace.VARS, "promotion template var `" + v.name() + "`")
                        .vars(templateVars).noOutputs().repos(repos);
                if (v.value().isPresent()) {
                    template(c, p, v.value().get(), s);
                }
            }
            for (int i = 0; i < ts.steps().size(); i++) {
                for (ExpressionVariable v : ts.steps().get(i).vars()) {
                    elsewhere.putIfAbsent(v.name(), "the vars of promotion step " + (i + 1));
                }
            }
            steps(c, tsPath.key("steps"), ts.steps(), templateVars, repos, null);
        }
        if (spec.verification().isPresent()) {
            var ver = spec.verification().get();
            for (int k = 0; k < ver.args().size(); k++) {
                AnalysisRunArgument a = ver.args().get(k);
                JsonPath p = specPath.key("verification").key("args").index(k).key("value");
                Scope s = new Scope(EvaluationPlace.VERIFICATION_ARGS, "verification arg `" + a.name() + "`")
                        .vars(stageVars).elsewhere(elsewhere).noOutputs().repos(repos);
                template(c, p, a.value(), s, Compilation.Fit.STRING);
            }
        }
    }

    private void task(CheckContext c, PromotionTaskSpec spec, String name, String namespace, boolean cluster, PipelineIndex index) {
        List<PipelineIndex.TaskUse> uses = index.usesOf(name, namespace, cluster);
        Vars external = new Vars();
        for (PipelineIndex.TaskUse u : uses) {
            external.add(u.stage().spec().vars());
            if (u.stage().spec().promotionTemplate().isPresent()) {
                external.add(u.stage().spec().promotionTemplate().get().spec().vars());
                external.add(u.step().vars());
            }
        }
        boolean judgeVars = !uses.isEmpty() || c.context.complete();
        Vars taskVars = new Vars().add(spec.vars()).names(external);
        JsonPath specPath = JsonPath.ROOT.key("spec");
        for (int k = 0; k < spec.vars().size(); k++) {
            ExpressionVariable v = spec.vars().get(k);
            JsonPath p = specPath.key("vars").index(k).key("value");
            Scope s = new Scope(EvaluationPlace.VARS, "task var `" + v.name() + "`").vars(judgeVars ? taskVars : null);
            if (v.value().isPresent()) {
                template(c, p, v.value().get(), s);
            }
        }
        steps(c, specPath.key("steps"), spec.steps(), judgeVars ? taskVars : null, null, spec.steps());
    }

    private void promotion(CheckContext c, Promotion p) {
        JsonPath specPath = JsonPath.ROOT.key("spec");
        Vars vars = new Vars().add(p.spec().vars());
        for (int k = 0; k < p.spec().vars().size(); k++) {
            ExpressionVariable v = p.spec().vars().get(k);
            JsonPath path = specPath.key("vars").index(k).key("value");
            Scope s = new Scope(EvaluationPlace.VARS, "spec.vars `" + v.name() + "`").vars(vars).noOutputs();
            if (v.value().isPresent()) {
                template(c, path, v.value().get(), s);
            }
        }
        steps(c, specPath.key("steps"), p.spec().steps(), vars, null, null);
    }

    private void warehouse(CheckContext c, Warehouse w) {
        JsonPath specPath = JsonPath.ROOT.key("spec");
        Repos self = new Repos(List.of(w.name()), Map.of(w.name(), w), "this Warehouse");
        if (w.spec().freightCreationCriteria().isPresent()
                && w.spec().freightCreationCriteria().get().expression().isPresent()) {
            bare(c, specPath.key("freightCreationCriteria").key("expression"),
                    w.spec().freightCreationCriteria().get().expression().get(),
                    new Scope(EvaluationPlace.FREIGHT_CREATION_CRITERIA, "freightCreationCriteria.expression")
                            .repos(self));
        }
        List<Subscription> subs = w.spec().subscriptions();
        for (int i = 0; i < subs.size(); i++) {
            JsonPath p = specPath.key("subscriptions").index(i).key("git").key("expressionFilter");
            if (subs.get(i).git().isPresent() && subs.get(i).git().get().expressionFilter().isPresent()) {
                bare(c, p, subs.get(i).git().get().expressionFilter().get(),
                        new Scope(EvaluationPlace.BARE, "the expressionFilter of subscription " + (i + 1)));
            }
        }
    }

    private void receivers(CheckContext c, List<WebhookReceiverConfig> receivers) {
        for (int i = 0; i < receivers.size(); i++) {
            WebhookReceiverConfig r = receivers.get(i);
            if (r.generic().isEmpty()) {
                continue;
            }
            List<GenericWebhookAction> actions = r.generic().get().actions();
            for (int j = 0; j < actions.size(); j++) {
                JsonPath p = JsonPath.ROOT.key("spec").key("webhookReceivers").index(i).key("generic")
                        .key("actions").index(j).key("whenExpression");
                String where = "the whenExpression of webhook receiver `" + r.name() + "`";
                if (actions.get(j).whenExpression().isPresent()) {
                    bare(c, p, actions.get(j).whenExpression().get(), new Scope(EvaluationPlace.BARE, where));
                }
            }
        }
    }

    /**
     * @param outer     the vars every step sees (null: do not judge vars)
     * @param taskSteps the steps of the enclosing PromotionTask, or null outside a task
     */
    private void steps(CheckContext c, JsonPath base, List<PromotionStep> steps, Vars outer, Repos repos,
                       List<PromotionStep> taskSteps) {
        List<String> aliases = new ArrayList<>();
        Map<String, Integer> aliasIndex = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            String a = steps.get(i).alias(i);
            aliases.add(a);
            aliasIndex.putIfAbsent(a, i);
        }
        for (int i = 0; i < steps.size(); i++) {
            PromotionStep step = steps.get(i);
            JsonPath sp = base.index(i);
            StepScope scope = new StepScope(step, i, aliases, aliasIndex, steps, outer, repos, taskSteps != null);
            for (int k = 0; k < step.vars().size(); k++) {
                ExpressionVariable v = step.vars().get(k);
                JsonPath p = sp.key("vars").index(k).key("value");
                Scope s = new Scope(EvaluationPlace.VARS, scope.label() + " var `" + v.name() + "`")
                        .vars(scope.vars()).outputs(scope.outputs()).repos(repos);
                if (v.value().isPresent()) {
                    template(c, p, v.value().get(), s);
                }
            }
            if (step.ifCondition().isPresent()) {
                String text = step.ifCondition().get();
                stepIf(c, sp.key("if"), text, scope.label());
                template(c, sp.key("if"), text, scope.step().place(EvaluationPlace.STEP_IF)
                        .where(scope.label() + " `if`"), Compilation.Fit.BOOLEAN);
            }
            if (step.config().isPresent()) {
                config(c, sp.key("config"), step.config().get(), step.uses().orElse(""), scope);
            }
        }
    }

    /**
     * What the expressions of one step are checked in: its label, the outputs and vars it sees, made when the step
     * has an expression (most config strings have none). Used on the thread that checks the resource.
     */
    private static final class StepScope implements Supplier<Scope> {
        private final PromotionStep step;
        private final int index;
        private final List<String> aliases;
        private final Map<String, Integer> aliasIndex;
        private final List<PromotionStep> steps;
        private final Vars outer;
        private final Repos repos;
        private final boolean inTask;
        private String label;
        private Outputs outputs;
        private Vars vars;
        private boolean varsMade;
        private Scope stepScope;
        private Scope configScope;

        StepScope(PromotionStep step, int index, List<String> aliases, Map<String, Integer> aliasIndex,
                  List<PromotionStep> steps, Vars outer, Repos repos, boolean inTask) {
            this.step = step;
            this.index = index;
            this.aliases = aliases;
            this.aliasIndex = aliasIndex;
            this.steps = steps;
            this.outer = outer;
            this.repos = repos;
            this.inTask = inTask;
        }

        String label() {
            if (label == null) {
                label = "step " + (index + 1) + " (" + (step.task().isPresent() ? "task `"
                        + step.task().get().name() + "`" : "`" + step.uses().orElse("?") + "`") + ")";
            }
            return label;
        }

        Outputs outputs() {
            if (outputs == null) {
                outputs = new Outputs(inTask, aliases.subList(0, index), aliasIndex, steps, index);
            }
            return outputs;
        }

        /** @return the vars the step sees (null: do not judge vars) */
        Vars vars() {
            if (!varsMade) {
                vars = outer == null ? null : outer.copy().add(step.vars());
                varsMade = true;
            }
            return vars;
        }

        /** @return the scope of the step's {@code if} and config */
        Scope step() {
            if (stepScope == null) {
                stepScope = new Scope(EvaluationPlace.STEP_CONFIG, label()).vars(vars()).outputs(outputs())
                        .repos(repos);
            }
            return stepScope;
        }

        /** @return the scope of the step's config */
        @Override
        public Scope get() {
            if (configScope == null) {
                configScope = step().where(label() + " config");
            }
            return configScope;
        }
    }

    /** Walks a step's config: every string value is a template; some fields hold bare expr-lang as well. */
    private void config(CheckContext c, JsonPath base, JsonObject cfg, String uses, Supplier<Scope> s) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {base, cfg});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            JsonPath path = (JsonPath) top[0];
            JsonValue v = (JsonValue) top[1];
            if (v instanceof JsonObject o) {
                for (int i = o.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {path.key(o.keyAt(i)), o.valueAt(i)});
                }
            } else if (v instanceof JsonArray a) {
                for (int i = a.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {path.index(i), a.get(i)});
                }
            } else if (v instanceof JsonString str) {
                if (isBareField(uses, base, path)) {
                    bareInStep(c, path, str.value(), s.get());
                } else if (ExpressionScanner.hasExpression(str.value())) {
                    template(c, path, str.value(), ExpressionScanner.segments(str.value()), s.get(),
                            Compilation.Fit.ANY);
                }
            }
        }
    }

    private static final Set<String> HTTP_EXPRESSIONS = Set.of("successExpression", "failureExpression",
            "errorExpression");
    private static final Set<String> STEPS_WITH_EXPRESSION_OUTPUTS = Set.of("http", "json-parse", "yaml-parse",
            "toml-parse");

    private static boolean isBareField(String uses, JsonPath base, JsonPath path) {
        int d = base.depth();
        // most strings are in other steps, or deeper: no list of segments for them
        if (!(uses.equals("http") && path.depth() == d + 1)
                && !(STEPS_WITH_EXPRESSION_OUTPUTS.contains(uses) && path.depth() == d + 3)) {
            return false;
        }
        List<Object> segs = path.segments();
        if (uses.equals("http") && segs.size() == d + 1 && HTTP_EXPRESSIONS.contains(segs.get(d))) {
            return true;
        }
        return STEPS_WITH_EXPRESSION_OUTPUTS.contains(uses) && segs.size() == d + 3 && "outputs".equals(segs.get(d))
                && segs.get(d + 1) instanceof Integer && "fromExpression".equals(segs.get(d + 2));
    }

    // ------------------------------------------------------------------------------------------------ strings

    private void stepIf(CheckContext c, JsonPath path, String text, String label) {
        List<Segment> segs = ExpressionScanner.segments(text);
        if (segs.stream().anyMatch(s -> !s.closed())) {
            return;
        }
        if (segs.isEmpty()) {
            c.report(STEP_IF, path, "the `if` of " + label + " is the plain string \"" + snippet(text.trim())
                            + "\", not an expression; Kargo fails the step (\"expression must evaluate to a boolean\")",
                    "write the condition as an expression: `if: ${{ " + snippet(text.trim()) + " }}`");
        } else if (segs.size() > 1 || !ExpressionScanner.outside(text, segs, "").isBlank()) {
            c.report(STEP_IF, path, "the `if` of " + label + " mixes text and expressions (\"" + snippet(text)
                            + "\"); its value is a string, not a boolean, so Kargo fails the step",
                    "put the whole condition inside one expression, such as `${{ a && b }}`");
        }
    }

    /** A string Kargo evaluates as a template. */
    private void template(CheckContext c, JsonPath path, String text, Scope s) {
        template(c, path, text, s, Compilation.Fit.ANY);
    }

    /** @param fit what the value must be when the text is exactly one expression */
    private void template(CheckContext c, JsonPath path, String text, Scope s, Compilation.Fit fit) {
        template(c, path, text, ExpressionScanner.segments(text), s, fit);
    }

    /** @param all the text's segments ({@link ExpressionScanner#segments}) */
    private void template(CheckContext c, JsonPath path, String text, List<Segment> all, Scope s,
                          Compilation.Fit fit) {
        for (Segment seg : all) {
            if (!seg.closed()) {
                c.report(MALFORMED, path, "the expression starting with `" + seg.open() + "` in " + s.where
                                + " is never closed with `" + seg.close() + "` (\"" + snippet(text.substring(seg.start()))
                                + "\"); Kargo fails with \"unclosed expression\"",
                        "close it with `" + seg.close() + "`");
                continue;
            }
            boolean whole = all.size() == 1 && seg.start() == 0 && seg.end() == text.length();
            expression(c, path, seg.body(), s, seg.open().equals("${{"), whole ? fit : Compilation.Fit.ANY,
                    new ExprPosition(text, seg.start() + seg.open().length()), true);
        }
    }

    /** A bare expr-lang field inside a step config: its ${{ }} parts are evaluated first, the rest is bare. */
    private void bareInStep(CheckContext c, JsonPath path, String text, Scope s) {
        template(c, path, text, s);
        List<Segment> segs = ExpressionScanner.segments(text);
        if (segs.stream().anyMatch(x -> !x.closed())) {
            return;
        }
        String outer = ExpressionScanner.outside(text, segs, " 0 ");
        String field = path.lastKey().orElse("fromExpression");
        // with ${{ }} parts, the text expr-lang compiles is only known after they are evaluated
        expression(c, path, outer, new Scope(EvaluationPlace.BARE, "the bare expression `" + field + "` of " + s.where),
                false, Compilation.Fit.ANY, new ExprPosition(text, 0), segs.isEmpty());
    }

    /** A bare expr-lang field evaluated by a component. */
    private void bare(CheckContext c, JsonPath path, String text, Scope s) {
        Compilation.Fit fit = s.place == EvaluationPlace.FREIGHT_CREATION_CRITERIA ? Compilation.Fit.BOOLEAN_EXACT
                : Compilation.Fit.ANY;
        expression(c, path, text, s, false, fit, new ExprPosition(text, 0), true);
    }

    /**
     * @param fit     what its value must be
     * @param at      where it is in its field's text
     * @param compile whether {@code body} is exactly what Kargo compiles
     */
    private void expression(CheckContext c, JsonPath path, String body, Scope s, boolean curly, Compilation.Fit fit,
                            ExprPosition at, boolean compile) {
        ExprMemo.Lexed memoized = c.memo.lex(body);
        ExprLexer.Result lexed = memoized.lexed();
        if (lexed.problem().isPresent()) {
            String compiler = "";
            if (compile) {
                try {
                    c.memo.compile(s.place, body).program();
                } catch (ExprException e) {
                    compiler = " (expr-lang: " + e.reason().trim() + ", " + at.describe(e, c, path) + ")";
                }
            }
            c.report(MALFORMED, path, "the expression \"" + snippet(body.trim()) + "\" in " + s.where
                            + " is malformed: " + lexed.problem().get() + compiler,
                    curly ? "balance its brackets and quotes; note that Kargo ends a ${{ expression at the first }},"
                            + " so write an expression that itself contains }} (a map literal, a string) as ${% ... %}"
                            : "balance its brackets and quotes");
            return;
        }
        ExprFacts facts = memoized.facts();
        boolean operatorCalled = ExpressionRules.functions(c, path, facts, s);
        ExpressionRules.vars(c, path, facts, s);
        ExpressionRules.outputs(c, path, facts, s);
        ExpressionRules.repositories(c, path, facts, s);
        if (compile) {
            Compilation.check(c, path, body, facts, s, fit, operatorCalled, at);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static String snippet(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET - 3) + "...";
    }

    /** @return the candidate a misspelt name was most likely meant to be ({@link Suggestions#closest}) */
    static Optional<String> closest(String name, Set<String> candidates) {
        return Suggestions.closest(name, candidates);
    }
}
