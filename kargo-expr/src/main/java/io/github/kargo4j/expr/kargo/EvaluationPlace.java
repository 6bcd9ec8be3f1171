package io.github.kargo4j.expr.kargo;

import io.github.kargo4j.expr.ExprFunction;
import io.github.kargo4j.expr.ExprLang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where Kargo v1.11.2 evaluates expressions, each with exactly the functions Kargo registers there (read from the Go
 * source named on each constant). expr-lang's built-in functions are available everywhere.
 *
 * <pre>{@code
 * ExprLang lang = EvaluationPlace.STEP_CONFIG.langBuilder(impls::get).clock(clock).build();
 * Object v = lang.eval("quote(vars.tag)", env);
 * }</pre>
 */
public enum EvaluationPlace {

    /**
     * The string values of a promotion step's {@code config}: {@code StepEvaluator.Config} in
     * {@code pkg/promotion/evaluator.go} (Freight, data, status and utility functions) and the template functions
     * of {@code pkg/expressions/json_templates.go}.
     */
    STEP_CONFIG("a step's config", true, FunctionSet.FREIGHT, FunctionSet.DATA, FunctionSet.STATUS,
            FunctionSet.UTILITY, FunctionSet.TEMPLATE),
    /**
     * A promotion step's {@code if}: {@code StepEvaluator.ShouldSkip} in {@code pkg/promotion/evaluator.go}; the
     * result must be a boolean.
     */
    STEP_IF("a step's `if`", true, FunctionSet.DATA, FunctionSet.FREIGHT, FunctionSet.STATUS, FunctionSet.UTILITY,
            FunctionSet.TEMPLATE),
    /**
     * Variables of a promotion: a Stage's {@code spec.vars}, its promotion template's, a PromotionTask's, a
     * Promotion's and a step's {@code vars} ({@code StepEvaluator.Vars} in {@code pkg/promotion/evaluator.go}):
     * data, Freight and utility functions, no step-status functions.
     */
    VARS("vars", true, FunctionSet.DATA, FunctionSet.FREIGHT, FunctionSet.UTILITY, FunctionSet.TEMPLATE),
    /**
     * A Stage's {@code verification.args} and, before them, its {@code spec.vars}, evaluated when an AnalysisRun
     * starts ({@code pkg/controller/stages/regular_stages.go}, {@code pkg/rollouts/analysis_run_builder.go}): data,
     * Freight and utility functions; an arg's result must be a string.
     */
    VERIFICATION_ARGS("verification args", true, FunctionSet.DATA, FunctionSet.FREIGHT, FunctionSet.UTILITY,
            FunctionSet.TEMPLATE),
    /**
     * A Warehouse's {@code freightCreationCriteria.expression}, bare expr-lang compiled with
     * {@code DiscoveredArtifactsOperations} ({@code pkg/controller/warehouses/warehouses.go}); the result must be a
     * boolean.
     */
    FREIGHT_CREATION_CRITERIA("a Warehouse's freightCreationCriteria.expression", false,
            FunctionSet.DISCOVERED_ARTIFACTS),
    /**
     * Bare expr-lang compiled without functions: the http step's success, failure and error expressions and
     * {@code outputs[].fromExpression} ({@code pkg/promotion/runner/builtin/http_requester.go}), the
     * {@code fromExpression} of json-parse, yaml-parse and toml-parse ({@code json_parser.go}, {@code yaml_parser.go},
     * {@code toml_parser.go}), a git subscription's {@code expressionFilter}
     * ({@code pkg/controller/git/commit/base_selector.go}) and a generic webhook's {@code whenExpression}
     * ({@code pkg/webhook/external/generic_actions.go}).
     */
    BARE("a bare expr-lang field", false);

    private final String description;
    private final boolean template;
    private final List<FunctionSet> sets;
    private final List<KargoFunction> functions;
    private volatile ExprLang checking;

    EvaluationPlace(String description, boolean template, FunctionSet... sets) {
        this.description = description;
        this.template = template;
        this.sets = List.of(sets);
        Set<KargoFunction> fs = new LinkedHashSet<>();
        for (FunctionSet s : sets) {
            fs.addAll(s.functions());
        }
        this.functions = List.copyOf(fs);
    }

    /** @return the place in words, for messages: {@code a step's config}, {@code vars}, ... */
    public String description() {
        return description;
    }

    /** @return whether Kargo evaluates the text as a template of {@code ${{ }}} expressions (or as bare expr-lang) */
    public boolean template() {
        return template;
    }

    /** @return the sets of functions Kargo registers here, in its order */
    public List<FunctionSet> functionSets() {
        return sets;
    }

    /** @return the Kargo functions available here, each once */
    public List<KargoFunction> functions() {
        return functions;
    }

    /**
     * @param name a function name
     * @return the Kargo function of that name available here
     */
    public Optional<KargoFunction> function(String name) {
        for (KargoFunction f : functions) {
            if (f.functionName().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a function name
     * @return whether an expression evaluated here may call it: a Kargo function of this place or an expr-lang
     *     built-in
     */
    public boolean provides(String name) {
        return function(name).isPresent() || KargoFunctions.builtins().contains(name);
    }

    /**
     * A builder of the language of this place: expr-lang with this place's Kargo functions declared with Kargo's Go
     * signatures, so that calls are checked at compile time as Kargo checks them. Implementations come from
     * {@code implementations}; a function it has none for ({@code null}) still compiles and fails when called
     * with an error saying that it needs a running Kargo.
     *
     * @param implementations the implementation of a function by name, or {@code null}
     * @return a builder starting from {@link ExprLang#standard()}, for the caller to add a clock or limits
     */
    public ExprLang.Builder langBuilder(Function<? super String, ? extends ExprFunction> implementations) {
        Objects.requireNonNull(implementations, "implementations");
        ExprLang.Builder b = ExprLang.builder();
        for (KargoFunction f : functions) {
            ExprFunction impl = implementations.apply(f.functionName());
            b.function(f.functionName(), impl != null ? impl : KargoFunctions.needsKargo(f, this),
                    f.signatures().toArray(new String[0]));
        }
        return b;
    }

    /** No function implemented (a class rather than a lambda: a lambda is linked on first call, a start-up cost). */
    private static final Function<String, ExprFunction> NO_IMPLEMENTATIONS = new Function<>() {
        @Override
        public ExprFunction apply(String name) {
            return null;
        }
    };

    /**
     * @return the language of this place for checking: every Kargo function is declared and none is implemented
     *     (calling one fails with "needs a running Kargo")
     */
    public ExprLang checkingLang() {
        ExprLang l = checking;
        if (l == null) {
            l = langBuilder(NO_IMPLEMENTATIONS).build();
            checking = l;
        }
        return l;
    }

    /** @return the places where {@code name} is a Kargo function */
    static List<EvaluationPlace> providing(KargoFunction f) {
        List<EvaluationPlace> out = new ArrayList<>();
        for (EvaluationPlace p : values()) {
            if (p.functions.contains(f)) {
                out.add(p);
            }
        }
        return out;
    }
}
