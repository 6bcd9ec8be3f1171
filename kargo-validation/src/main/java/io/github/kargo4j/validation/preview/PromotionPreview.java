package io.github.kargo4j.validation.preview;

import io.github.kargo4j.expr.Environment;
import io.github.kargo4j.expr.ExprLang;
import io.github.kargo4j.expr.kargo.EvaluationPlace;
import io.github.kargo4j.expr.kargo.KargoTemplates;
import io.github.kargo4j.expr.kargo.TemplateException;
import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.RepoUrls;
import io.github.kargo4j.model.common.ExpressionVariable;
import io.github.kargo4j.model.common.FreightOrigin;
import io.github.kargo4j.model.freight.Chart;
import io.github.kargo4j.model.freight.Freight;
import io.github.kargo4j.model.freight.GitCommit;
import io.github.kargo4j.model.freight.Image;
import io.github.kargo4j.model.io.Manifest;
import io.github.kargo4j.model.json.JsonArray;
import io.github.kargo4j.model.json.JsonNumber;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.json.JsonString;
import io.github.kargo4j.model.json.JsonValue;
import io.github.kargo4j.model.promotion.ClusterPromotionTask;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.promotion.PromotionTaskReference;
import io.github.kargo4j.model.promotion.PromotionTaskSpec;
import io.github.kargo4j.model.stage.AnalysisRunArgument;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.model.warehouse.Subscription;
import io.github.kargo4j.model.warehouse.Warehouse;
import io.github.kargo4j.validation.preview.RenderedPromotion.FreightUsed;
import io.github.kargo4j.validation.preview.RenderedStep.Decision;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;

/**
 * Renders a Stage's promotion as Kargo v1.11.2 would run it for given Freight, without a cluster: the promotion
 * variables resolved, task steps inlined with their aliases ({@code task::step}) and variables, each step's {@code if}
 * decided and its {@code config} evaluated, and the verification's arguments evaluated. A unit test can assert on the
 * exact config a step will receive:
 *
 * <pre>{@code
 * PromotionPreview preview = PromotionPreview.builder()
 *     .manifests(KargoCodec.create().readAll(Path.of("kargo")).orThrow())
 *     .commit("https://github.com/example-org/app.git", "abc123")
 *     .build();
 * RenderedPromotion dev = preview.render("dev");
 * assertEquals("abc123", ((Map<?, ?>) ((List<?>) dev.step("update-stack").configOrThrow().get("updates")).get(0))
 *     .get("value"));
 * }</pre>
 *
 * <p>What a preview cannot know is never made up: a value whose expressions read the outputs of a step (unless given
 * with {@link Builder#output(String, String, Object)}), step metadata ({@code stepMetas}), or a variable that does, is
 * a placeholder string such as {@code <output of step 'open-pr' (known only when the promotion runs): ${{
 * outputs['open-pr'].pr.id }}>}; an {@code if} that does is {@link Decision#UNDECIDED}. The step-status functions
 * assume the happy path: every earlier step succeeded ({@code success()} is true, {@code failure()} false,
 * {@code status(alias)} is {@code Succeeded}, or {@code Skipped} for a step whose {@code if} was false).
 * {@code semverParse(v)} gives a version whose methods ({@code Major()}, {@code IncPatch()}, ...) expressions call.
 * Secrets come from {@link PreviewValues}; every rendered
 * string that contains a secret value has it replaced by {@code <redacted>}, errors included.
 *
 * <p>Immutable and thread-safe; each {@code render} works on its own state.
 */
public final class PromotionPreview {

    /** What replaces a secret value in everything a preview returns. */
    public static final String REDACTED = "<redacted>";

    /** How deeply a value computed by an expression may nest (printing it recurses). */
    static final int MAX_VALUE_DEPTH = 500;


    private static final String KNOWN_AT_RUN = " (known only when the promotion runs)";

    private final List<KargoResource> resources;
    private final Map<KargoResource, Manifest> manifests;
    private final List<Freight> freight;
    private final List<Artifact> artifacts;
    private final PreviewValues values;
    private final Map<String, Map<String, Object>> outputs;
    private final String promotionName;
    private final String actor;
    private final String uiBaseUrl;
    private final List<String> secrets;

    private PromotionPreview(Builder b) {
        this.resources = List.copyOf(b.resources);
        this.manifests = new IdentityHashMap<>(b.manifests);
        this.freight = List.copyOf(b.freight);
        this.artifacts = List.copyOf(b.artifacts);
        this.values = b.values;
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        b.outputs.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.outputs = java.util.Collections.unmodifiableMap(out);
        this.promotionName = b.promotionName;
        this.actor = b.actor;
        this.uiBaseUrl = b.uiBaseUrl;
        this.secrets = values.secretValues().stream().filter(s -> !s.isEmpty())
                .sorted((x, y) -> Integer.compare(y.length(), x.length())).toList();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the Stages of the inputs, in input order */
    public List<Stage> stages() {
        return resources.stream().filter(Stage.class::isInstance).map(Stage.class::cast).toList();
    }

    /** @return every Stage's promotion, in input order */
    public List<RenderedPromotion> renderAll() {
        return stages().stream().map(this::render).toList();
    }

    /**
     * @param name a Stage's name, or {@code namespace/name}
     * @return its promotion
     * @throws PreviewException when no Stage, or more than one, has that name
     */
    public RenderedPromotion render(String name) {
        List<Stage> found = stages().stream().filter(s -> s.name().equals(name)
                || (s.namespace() + "/" + s.name()).equals(name)).toList();
        if (found.isEmpty()) {
            throw new PreviewException("no Stage named '" + name + "' in the inputs; Stages: "
                    + stages().stream().map(s -> s.namespace() + "/" + s.name()).toList());
        }
        if (found.size() > 1) {
            throw new PreviewException("several Stages are named '" + name + "': " + found.stream()
                    .map(s -> s.namespace() + "/" + s.name()).toList() + "; name one as NAMESPACE/NAME");
        }
        return render(found.get(0));
    }

    /**
     * @param stage a Stage (typically one of {@link #stages()}; PromotionTasks and Warehouses come from the inputs)
     * @return its promotion
     */
    public RenderedPromotion render(Stage stage) {
        return new Render(stage).run();
    }

    // ---- one rendering ---------------------------------------------------------------------------------------------

    /** A value the preview cannot know: printed as {@code <reason: template>}. */
    private record Unknown(String reason, String template) {
        @Override
        public String toString() {
            return "<" + reason + ": " + template + ">";
        }
    }

    /** A failure of one place, with the message Kargo would give and where it is. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private record Src(KargoResource resource, JsonPath path) {
        Src key(String k) {
            return new Src(resource, path.key(k));
        }

        Src index(int i) {
            return new Src(resource, path.index(i));
        }
    }

    private record Var(String name, String value, Src src) {
    }

    private record Inflated(String alias, String uses, String task, PromotionStep step, List<Var> vars, Src src) {
    }

    private final class Render {
        private final Stage stage;
        private final String project;
        private final List<String> errors = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private List<Freight> stageFreight;
        private PreviewFunctions functions;
        private KargoTemplates stepTemplates;
        private KargoTemplates varTemplates;
        private KargoTemplates verificationTemplates;
        private Map<String, Object> targetFreight;

        Render(Stage stage) {
            this.stage = stage;
            this.project = stage.namespace();
        }

        RenderedPromotion run() {
            List<FreightOrigin> origins = stage.spec().requestedFreight().stream().map(FreightRequest::origin)
                    .distinct().toList();
            stageFreight = resolveFreight(origins);
            functions = new PreviewFunctions(origins, warehouses(), stageFreight, values);
            stepTemplates = KargoTemplates.using(functions.language(EvaluationPlace.STEP_CONFIG));
            varTemplates = KargoTemplates.using(functions.language(EvaluationPlace.VARS));
            verificationTemplates = KargoTemplates.using(functions.language(EvaluationPlace.VERIFICATION_ARGS));
            targetFreight = targetFreight(origins);

            Src stageSrc = new Src(stage, JsonPath.ROOT);
            Src templateSrc = stageSrc.key("spec").key("promotionTemplate").key("spec");
            List<Var> promoVars = new ArrayList<>();
            addVars(promoVars, stage.spec().vars(), stageSrc.key("spec").key("vars"));
            stage.spec().promotionTemplate().ifPresent(t -> addVars(promoVars, t.spec().vars(),
                    templateSrc.key("vars")));

            Map<String, Object> vars = new LinkedHashMap<>();
            Map<String, Boolean> unknownVars = new LinkedHashMap<>();
            boolean varsFailed = false;
            try {
                evalVars(promoVars, vars, unknownVars, "", false);
            } catch (Failure f) {
                errors.add(f.getMessage());
                varsFailed = true;
            }

            List<RenderedStep> steps = new ArrayList<>();
            for (Inflated step : inflate(stage.steps(), promoVars, templateSrc.key("steps"))) {
                steps.add(varsFailed ? failed(step, "not rendered: a promotion variable fails (see above)")
                        : renderStep(step, promoVars));
            }
            List<RenderedArgument> args = verification(stageSrc);
            List<FreightUsed> used = stageFreight.stream().map(PromotionPreview::describe).toList();
            return new RenderedPromotion(project, stage.name(), used, redactMap(publicVars(vars)), steps, args,
                    errors.stream().map(PromotionPreview.this::redact).toList(), notes.stream()
                    .map(PromotionPreview.this::redact).toList());
        }

        private void addVars(List<Var> out, List<ExpressionVariable> vars, Src src) {
            for (int i = 0; i < vars.size(); i++) {
                ExpressionVariable v = vars.get(i);
                out.add(new Var(v.name(), v.value().orElse(""), src.index(i)));
            }
        }

        private Map<String, Warehouse> warehouses() {
            Map<String, Warehouse> out = new LinkedHashMap<>();
            for (KargoResource r : resources) {
                if (r instanceof Warehouse w && w.namespace().equals(project)) {
                    out.putIfAbsent(w.name(), w);
                }
            }
            return out;
        }

        // ---- Freight -----------------------------------------------------------------------------------------------

        private List<Freight> resolveFreight(List<FreightOrigin> origins) {
            List<Freight> out = new ArrayList<>();
            Set<String> explicitOrigins = new HashSet<>();
            for (Freight f : freight) {
                boolean sameProject = f.namespace().isEmpty() || f.namespace().equals(project);
                if (sameProject && origins.stream().anyMatch(o -> o.key().equals(f.origin().key()))) {
                    out.add(f);
                    explicitOrigins.add(f.origin().key());
                }
            }
            Map<String, List<Artifact>> loose = new LinkedHashMap<>();
            Map<String, Warehouse> warehouses = warehouses();
            for (Artifact a : artifacts) {
                List<FreightOrigin> candidates = origins.size() == 1 ? origins : origins.stream()
                        .filter(o -> warehouses.containsKey(o.name()) && subscription(warehouses.get(o.name()), a)
                                .isPresent()).toList();
                if (candidates.size() == 1) {
                    FreightOrigin o = candidates.get(0);
                    Warehouse w = warehouses.get(o.name());
                    Artifact assigned = w == null ? a : subscription(w, a).map(a::withRepo).orElse(a);
                    loose.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(assigned);
                } else if (candidates.size() > 1) {
                    errors.add(stage.ref() + ": " + a.label + ": the Warehouses of several requested origins "
                            + "subscribe to " + a.repoURL + " (" + candidates.stream().map(FreightOrigin::name)
                            .toList() + "); give the Freight with --freight");
                } else {
                    List<String> unknown = origins.stream().map(FreightOrigin::name)
                            .filter(n -> !warehouses.containsKey(n)).toList();
                    if (unknown.isEmpty()) {
                        notes.add(a.label + " is not requested by this Stage (no requested Warehouse subscribes "
                                + "to it)");
                    } else {
                        errors.add(stage.ref() + ": " + a.label + ": cannot tell which requested origin provides "
                                + "it: Warehouse " + String.join(", ", unknown) + " is not among the inputs; add "
                                + "it, or give the Freight with --freight");
                    }
                }
            }
            for (FreightOrigin o : origins) {
                List<Artifact> list = loose.get(o.key());
                if (list == null) {
                    continue;
                }
                if (explicitOrigins.contains(o.key())) {
                    errors.add(stage.ref() + ": both a Freight resource and " + list.get(0).label + " give the "
                            + "Freight of origin " + o.key() + "; give one or the other");
                    continue;
                }
                out.add(assemble(o, list));
            }
            return out;
        }

        private Map<String, Object> targetFreight(List<FreightOrigin> origins) {
            Map<String, Object> t = new LinkedHashMap<>();
            Freight f = stageFreight.isEmpty() ? null : stageFreight.get(0);
            t.put("name", f == null ? "" : f.name());
            t.put("alias", f == null ? "" : f.alias().orElse(""));
            t.put("origin", Map.of("name", f != null ? f.origin().name() : origins.isEmpty() ? ""
                    : origins.get(0).name()));
            return t;
        }

        // ---- steps -------------------------------------------------------------------------------------------------

        /** Kargo's InflateSteps: task steps replaced by the task's steps, aliased {@code task::step}. */
        private List<Inflated> inflate(List<PromotionStep> steps, List<Var> promoVars, Src src) {
            List<Inflated> out = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                PromotionStep step = steps.get(i);
                String alias = step.alias(i);
                Src stepSrc = src.index(i);
                List<Var> stepVars = new ArrayList<>();
                addVars(stepVars, step.vars(), stepSrc.key("vars"));
                if (!step.isTaskStep()) {
                    out.add(new Inflated(alias, step.uses().orElse(""), null, step, stepVars, stepSrc));
                    continue;
                }
                PromotionTaskReference ref = step.task().orElseThrow();
                KargoResource task = findTask(ref);
                String taskName = ref.effectiveKind() == io.github.kargo4j.model.promotion.PromotionTaskKind
                        .CLUSTER_PROMOTION_TASK ? "ClusterPromotionTask/" + ref.name() : "PromotionTask/" + ref.name();
                if (task == null) {
                    errors.add(where(stepSrc.key("task")) + ": inflate task steps for task \"" + ref.name() + "\" (\""
                            + alias + "\"): " + (ref.isClusterScoped() ? "ClusterPromotionTask \"" + ref.name()
                            + "\" not found" : "PromotionTask \"" + ref.name() + "\" not found in namespace \""
                            + project + "\"") + " (not among the inputs)");
                    continue;
                }
                PromotionTaskSpec spec = task instanceof PromotionTask pt ? pt.spec()
                        : ((ClusterPromotionTask) task).spec();
                Src taskSrc = new Src(task, JsonPath.ROOT).key("spec");
                List<Var> taskVars = new ArrayList<>();
                addVars(taskVars, spec.vars(), taskSrc.key("vars"));
                List<Var> inherited;
                try {
                    inherited = taskVarsToStepVars(taskVars, promoVars, stepVars);
                } catch (Failure f) {
                    errors.add(where(stepSrc) + ": inflate task steps for task \"" + ref.name() + "\" (\"" + alias
                            + "\"): " + f.getMessage());
                    continue;
                }
                for (int j = 0; j < spec.steps().size(); j++) {
                    PromotionStep ts = spec.steps().get(j);
                    Src tsSrc = taskSrc.key("steps").index(j);
                    List<Var> vars = new ArrayList<>(inherited);
                    addVars(vars, ts.vars(), tsSrc.key("vars"));
                    out.add(new Inflated(alias + "::" + ts.alias(j), ts.uses().orElse(""), taskName, ts, vars, tsSrc));
                }
            }
            return out;
        }

        private KargoResource findTask(PromotionTaskReference ref) {
            for (KargoResource r : resources) {
                if (ref.isClusterScoped() ? r instanceof ClusterPromotionTask && r.name().equals(ref.name())
                        : r instanceof PromotionTask && r.name().equals(ref.name())
                        && r.namespace().equals(project)) {
                    return r;
                }
            }
            return null;
        }

        /** Kargo's promotionTaskVarsToStepVars. */
        private List<Var> taskVarsToStepVars(List<Var> taskVars, List<Var> promoVars, List<Var> stepVars)
                throws Failure {
            Set<String> promoSet = new HashSet<>();
            promoVars.stream().filter(v -> !v.value.isEmpty()).forEach(v -> promoSet.add(v.name));
            Set<String> stepSet = new HashSet<>();
            stepVars.stream().filter(v -> !v.value.isEmpty()).forEach(v -> stepSet.add(v.name));
            List<Var> out = new ArrayList<>();
            for (Var v : taskVars) {
                if (promoSet.contains(v.name)) {
                    continue;
                }
                if (!v.value.isEmpty()) {
                    out.add(v);
                    continue;
                }
                if (!stepSet.contains(v.name)) {
                    throw new Failure("missing value for variable \"" + v.name + "\"");
                }
            }
            out.addAll(stepVars);
            return out;
        }

        private RenderedStep failed(Inflated s, String message) {
            functions.statuses.put(s.alias, PreviewFunctions.SUCCEEDED);
            return new RenderedStep(s.alias, s.uses, Optional.ofNullable(s.task), s.step.ifCondition(),
                    Decision.RUNS, Map.of(), Optional.empty(), Optional.of(redact(message)));
        }

        private RenderedStep renderStep(Inflated s, List<Var> promoVars) {
            functions.currentAlias = s.alias;
            Map<String, Object> vars = new LinkedHashMap<>();
            Map<String, Boolean> unknownVars = new LinkedHashMap<>();
            Decision decision = Decision.RUNS;
            Map<String, Object> config = null;
            String error = null;
            String stepName = "step '" + s.alias + "'" + (s.uses.isEmpty() ? "" : " (" + s.uses + ")");
            try {
                evalVars(promoVars, vars, unknownVars, s.alias, false);
                evalVars(s.vars, vars, unknownVars, s.alias, true);
                Optional<String> cond = s.step.ifCondition().filter(c -> !c.isEmpty());
                if (cond.isPresent()) {
                    Object v = evalValue(cond.get(), stepTemplates, env(s.alias, vars, true), unknownVars, s.alias,
                            true, s.src.key("if"), stepName + ": if");
                    if (v instanceof Unknown) {
                        decision = Decision.UNDECIDED;
                    } else if (v instanceof Boolean b) {
                        decision = b ? Decision.RUNS : Decision.SKIPPED;
                    } else {
                        throw new Failure(where(s.src.key("if")) + ": " + stepName + ": expression must evaluate to "
                                + "a boolean, got " + ExprLang.goType(v));
                    }
                }
                if (decision != Decision.SKIPPED && s.step.config().isPresent()) {
                    config = evalConfig(s.step.config().get(), env(s.alias, vars, true), unknownVars, s.alias,
                            s.src.key("config"), stepName);
                }
            } catch (Failure f) {
                error = f.getMessage();
                config = null;
            }
            functions.statuses.put(s.alias, decision == Decision.SKIPPED ? PreviewFunctions.SKIPPED
                    : PreviewFunctions.SUCCEEDED);
            return new RenderedStep(s.alias, s.uses, Optional.ofNullable(s.task), s.step.ifCondition(), decision,
                    redactMap(publicVars(vars)), Optional.ofNullable(config).map(PromotionPreview.this::redactMap),
                    Optional.ofNullable(error).map(PromotionPreview.this::redact));
        }

        /** Kargo's StepEvaluator.Vars: each var sees the ones before; only step vars see outputs. */
        private void evalVars(List<Var> list, Map<String, Object> vars, Map<String, Boolean> unknownVars, String alias,
                              boolean withOutputs) throws Failure {
            for (Var v : list) {
                Object value = evalValue(v.value, varTemplates, env(alias, vars, withOutputs), unknownVars, alias,
                        withOutputs, v.src.key("value"), (alias.isEmpty() ? "" : "step '" + alias + "': ")
                        + "error pre-processing promotion variable \"" + v.name + "\"");
                vars.put(v.name, value);
                if (value instanceof Unknown) {
                    unknownVars.put(v.name, Boolean.TRUE);
                } else {
                    unknownVars.remove(v.name);
                }
            }
        }

        private Map<String, Object> env(String alias, Map<String, Object> vars, boolean withOutputs) {
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put("uiBaseUrl", uiBaseUrl);
            ctx.put("project", project);
            ctx.put("promotion", promotionName);
            ctx.put("stage", stage.name());
            ctx.put("targetFreight", targetFreight);
            ctx.put("meta", Map.of("promotion", Map.of("actor", actor, "rollback", false),
                    "step", Map.of("alias", alias)));
            Map<String, Object> env = new LinkedHashMap<>();
            env.put("ctx", ctx);
            env.put("vars", publicVars(vars));
            if (withOutputs) {
                env.put("stepMetas", Map.of());
                env.put("outputs", copy(outputs));
                String ns = PreviewFunctions.namespace(alias);
                if (!ns.isEmpty()) {
                    Map<String, Object> taskOutputs = new LinkedHashMap<>();
                    outputs.forEach((k, v) -> {
                        if (PreviewFunctions.namespace(k).equals(ns)) {
                            taskOutputs.put(k.substring(ns.length() + 2), copy(v));
                        }
                    });
                    env.put("task", Map.of("outputs", taskOutputs));
                }
            }
            return env;
        }

        /**
         * One template string: a placeholder when it reads what only a run knows, else Kargo's EvaluateTemplate.
         *
         * @param what how a failure names the place, after its location
         */
        private Object evalValue(String template, KargoTemplates templates, Map<String, Object> env,
                                 Map<String, Boolean> unknownVars, String alias, boolean withOutputs, Src src, String what)
                throws Failure {
            return evalValue(template, templates, () -> Environment.of(env), unknownVars, alias, withOutputs, src, what);
        }

        /** As above, with the environment prepared by {@code env} when a template needs it (once for a config). */
        private Object evalValue(String template, KargoTemplates templates, Supplier<Environment> env,
                                 Map<String, Boolean> unknownVars, String alias, boolean withOutputs, Src src, String what)
                throws Failure {
            if (!KargoTemplates.isTemplate(template)) {
                return template;
            }
            ExprRefs refs = ExprRefs.scan(template);
            String reason = unknownReason(refs, unknownVars, alias, withOutputs);
            if (reason != null) {
                return new Unknown(reason, template);
            }
            functions.misses.clear();
            try {
                return templates.evaluate(template, env.get());
            } catch (TemplateException e) {
                throw new Failure(where(src) + ": " + what + ": " + e.getMessage() + hint());
            }
        }

        private String hint() {
            if (functions.misses.isEmpty()) {
                return "";
            }
            return " (" + String.join(", ", functions.misses) + " found nothing in the Freight given for this "
                    + "Stage; give it with --commit, --image, --chart or --freight)";
        }

        private String unknownReason(ExprRefs refs, Map<String, Boolean> unknownVars, String alias, boolean withOutputs) {
            if (withOutputs) {
                for (String a : refs.outputs()) {
                    if (a.equals(ExprRefs.ANY)) {
                        return "outputs of earlier steps" + KNOWN_AT_RUN;
                    }
                    if (!outputs.containsKey(a)) {
                        return "output of step '" + a + "'" + KNOWN_AT_RUN;
                    }
                }
                String ns = PreviewFunctions.namespace(alias);
                if (!ns.isEmpty()) {
                    for (String a : refs.taskOutputs()) {
                        if (a.equals(ExprRefs.ANY)) {
                            return "outputs of the steps of task '" + ns + "'" + KNOWN_AT_RUN;
                        }
                        if (!outputs.containsKey(ns + "::" + a)) {
                            return "output of step '" + ns + "::" + a + "'" + KNOWN_AT_RUN;
                        }
                    }
                }
                if (refs.stepMetas()) {
                    return "step metadata (stepMetas)" + KNOWN_AT_RUN;
                }
            }
            for (String v : refs.vars()) {
                if (v.equals(ExprRefs.ANY) ? !unknownVars.isEmpty() : unknownVars.containsKey(v)) {
                    String name = v.equals(ExprRefs.ANY) ? unknownVars.keySet().iterator().next() : v;
                    return "var '" + name + "', which reads outputs" + KNOWN_AT_RUN;
                }
            }
            return null;
        }

        /** Kargo's EvaluateJSONTemplate then yaml.v3's reading of the JSON: every string value evaluated. */
        private Map<String, Object> evalConfig(JsonObject config, Map<String, Object> env, Map<String, Boolean> unknownVars,
                                               String alias, Src src, String stepName) throws Failure {
            // every string of the config sees the same environment: copy it into the evaluator's model once
            Environment[] prepared = new Environment[1];
            Supplier<Environment> once = () -> prepared[0] != null ? prepared[0] : (prepared[0] = Environment.of(env));
            Object[] root = new Object[1];
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {config, root, 0, src, "config"});
            while (!work.isEmpty()) {
                Object[] item = work.pop();
                JsonValue v = (JsonValue) item[0];
                Src at = (Src) item[3];
                String path = (String) item[4];
                Object copy;
                if (v instanceof JsonObject o) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    List<Object[]> kids = new ArrayList<>();
                    for (Map.Entry<String, JsonValue> e : o.entries()) {
                        out.put(e.getKey(), null);
                        kids.add(new Object[] {e.getValue(), out, e.getKey(), at.key(e.getKey()),
                            path + child(e.getKey())});
                    }
                    for (int i = kids.size() - 1; i >= 0; i--) {
                        work.push(kids.get(i));
                    }
                    copy = out;
                } else if (v instanceof JsonArray a) {
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < a.size(); i++) {
                        out.add(null);
                    }
                    for (int i = a.size() - 1; i >= 0; i--) {
                        work.push(new Object[] {a.get(i), out, i, at.index(i), path + "[" + i + "]"});
                    }
                    copy = out;
                } else if (v instanceof JsonString s) {
                    copy = evalValue(s.value(), stepTemplates, once, unknownVars, alias, true, at,
                            stepName + ": " + path);
                    copy = copy instanceof Unknown u ? u.toString() : normalize(copy, at, stepName + ": " + path);
                } else if (v instanceof JsonNumber n) {
                    copy = number(n.value());
                } else {
                    copy = v.toJava();
                }
                set(item[1], item[2], copy);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) root[0];
            return result;
        }

        /** yaml.v3 reading Go's JSON: integral numbers become ints; NaN and infinities fail json.Marshal. */
        private Object normalize(Object value, Src at, String what) throws Failure {
            Object[] root = new Object[1];
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {value, root, 0, 0});
            while (!work.isEmpty()) {
                Object[] item = work.pop();
                Object v = item[0];
                int depth = (Integer) item[3];
                if (depth > MAX_VALUE_DEPTH) {
                    throw new Failure(where(at) + ": " + what + ": the value is nested more than " + MAX_VALUE_DEPTH
                            + " levels deep; a preview renders no deeper");
                }
                Object copy;
                if (v instanceof Map<?, ?> m) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        out.put(String.valueOf(e.getKey()), null);
                        work.push(new Object[] {e.getValue(), out, String.valueOf(e.getKey()), depth + 1});
                    }
                    copy = out;
                } else if (v instanceof List<?> l) {
                    List<Object> out = new ArrayList<>();
                    for (int i = 0; i < l.size(); i++) {
                        out.add(null);
                        work.push(new Object[] {l.get(i), out, i, depth + 1});
                    }
                    copy = out;
                } else if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                    throw new Failure(where(at) + ": " + what + ": json: unsupported value: "
                            + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"));
                } else if (v instanceof Number n) {
                    copy = number(n);
                } else {
                    copy = v;
                }
                set(item[1], item[2], copy);
            }
            return root[0];
        }

        // ---- verification ------------------------------------------------------------------------------------------

        /** Kargo's AnalysisRunBuilder.buildArgs: Stage vars in order, then each argument, which must be a string. */
        private List<RenderedArgument> verification(Src stageSrc) {
            if (stage.spec().verification().isEmpty()) {
                return List.of();
            }
            functions.currentAlias = "";
            Map<String, Object> env = new LinkedHashMap<>();
            env.put("ctx", Map.of("project", project, "stage", stage.name()));
            Map<String, Object> vars = new LinkedHashMap<>();
            Map<String, Boolean> unknownVars = new LinkedHashMap<>();
            List<Var> stageVars = new ArrayList<>();
            addVars(stageVars, stage.spec().vars(), stageSrc.key("spec").key("vars"));
            try {
                for (Var v : stageVars) {
                    if (!stageVars.isEmpty()) {
                        env.put("vars", publicVars(vars));
                    }
                    Object value = evalValue(v.value, verificationTemplates, env, unknownVars, "", false,
                            v.src.key("value"), "verification: evaluate variable \"" + v.name + "\"");
                    vars.put(v.name, value);
                    if (value instanceof Unknown) {
                        unknownVars.put(v.name, Boolean.TRUE);
                    }
                }
            } catch (Failure f) {
                errors.add(f.getMessage());
                return List.of();
            }
            if (!stageVars.isEmpty()) {
                env.put("vars", publicVars(vars));
            }
            List<RenderedArgument> out = new ArrayList<>();
            List<AnalysisRunArgument> args = stage.spec().verification().get().args();
            Src argsSrc = stageSrc.key("spec").key("verification").key("args");
            for (int i = 0; i < args.size(); i++) {
                AnalysisRunArgument arg = args.get(i);
                if (arg.value().isEmpty()) {
                    out.add(new RenderedArgument(arg.name(), Optional.empty(), Optional.empty()));
                    continue;
                }
                Src at = argsSrc.index(i).key("value");
                try {
                    Object v = evalValue(arg.value(), verificationTemplates, env, unknownVars, "", false, at,
                            "verification: evaluate argument \"" + arg.name() + "\"");
                    if (v instanceof Unknown u) {
                        v = u.toString();
                    }
                    if (!(v instanceof String s)) {
                        throw new Failure(where(at) + ": verification: evaluated argument \"" + arg.name()
                                + "\" value is not a string but " + ExprLang.goType(v));
                    }
                    out.add(new RenderedArgument(arg.name(), Optional.of(redact(s)), Optional.empty()));
                } catch (Failure f) {
                    out.add(new RenderedArgument(arg.name(), Optional.empty(), Optional.of(redact(f.getMessage()))));
                }
            }
            return out;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private String where(Src src) {
        Manifest m = manifests.get(src.resource);
        String path = src.path.isRoot() ? "" : " " + src.path;
        return (m != null ? m.describe(src.path) + ": " : "") + src.resource.ref() + path;
    }

    private static String child(String key) {
        boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'
                || c == '-');
        return plain ? "." + key : "['" + key.replace("'", "\\'") + "']";
    }

    @SuppressWarnings("unchecked")
    private static void set(Object target, Object key, Object value) {
        if (target instanceof Object[] a) {
            a[0] = value;
        } else if (target instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put((String) key, value);
        } else {
            ((List<Object>) target).set((Integer) key, value);
        }
    }

    /** An integral number as a Long (as yaml.v3 reads Go's JSON), else a Double. */
    private static Object number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        if (n instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (n instanceof BigDecimal b) {
            try {
                return b.longValueExact();
            } catch (ArithmeticException e) {
                return b.doubleValue();
            }
        }
        double d = n.doubleValue();
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e18) {
            return (long) d;
        }
        return d;
    }

    /** A deep copy of a JSON-like value (the evaluator takes a value reached twice for a cycle). */
    private static Object copy(Object value) {
        Object[] root = new Object[1];
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {value, root, 0});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            Object v = item[0];
            Object c;
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.put(String.valueOf(e.getKey()), null);
                    work.push(new Object[] {e.getValue(), out, String.valueOf(e.getKey())});
                }
                c = out;
            } else if (v instanceof List<?> l) {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    out.add(null);
                    work.push(new Object[] {l.get(i), out, i});
                }
                c = out;
            } else {
                c = v;
            }
            set(item[1], item[2], c);
        }
        return root[0];
    }

    /** Vars as expressions see them: a var only a run knows reads as its placeholder text. */
    private static Map<String, Object> publicVars(Map<String, Object> vars) {
        Map<String, Object> out = new LinkedHashMap<>();
        vars.forEach((k, v) -> out.put(k, v instanceof Unknown u ? u.toString() : v));
        return out;
    }

    private String redact(String s) {
        String out = s;
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, REDACTED);
            }
        }
        return out;
    }

    /** A deep copy with every secret value replaced, in keys and values alike. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> redactMap(Map<String, Object> map) {
        Object[] root = new Object[1];
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {map, root, 0});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            Object v = item[0];
            Object copy;
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String k = redact(String.valueOf(e.getKey()));
                    out.put(k, null);
                    work.push(new Object[] {e.getValue(), out, k});
                }
                copy = java.util.Collections.unmodifiableMap(out);
            } else if (v instanceof List<?> l) {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    out.add(null);
                    work.push(new Object[] {l.get(i), out, i});
                }
                copy = java.util.Collections.unmodifiableList(out);
            } else if (v instanceof String s) {
                copy = redact(s);
            } else if (v != null && !secrets.isEmpty() && !(v instanceof Boolean)) {
                String text = String.valueOf(v);
                copy = redact(text).equals(text) ? v : redact(text);
            } else {
                copy = v;
            }
            set(item[1], item[2], copy);
        }
        return (Map<String, Object>) root[0];
    }

    private static FreightUsed describe(Freight f) {
        List<String> parts = new ArrayList<>();
        f.commits().forEach(c -> parts.add("commit " + c.repoURL().orElse("") + " " + c.id().orElse("")
                + c.tag().map(t -> " (tag " + t + ")").orElse("")));
        f.images().forEach(i -> parts.add("image " + i.repoURL().orElse("") + i.tag().map(t -> ":" + t).orElse("")
                + i.digest().map(d -> "@" + d).orElse("")));
        f.charts().forEach(c -> parts.add("chart " + c.repoURL().orElse("") + c.name().map(n -> " " + n)
                .orElse("") + " " + c.version().orElse("")));
        f.artifacts().forEach(a -> parts.add("artifact " + a.subscriptionName() + " " + a.version()));
        return new FreightUsed(f.origin().key(), f.name(), parts);
    }

    /** Freight built from loose artifacts, named as Kargo names Freight (pkg/api/freight.go GenerateFreightID). */
    private static Freight assemble(FreightOrigin origin, List<Artifact> list) {
        Freight.Builder b = Freight.builder().origin(origin);
        List<String> parts = new ArrayList<>();
        for (Artifact a : list) {
            switch (a.kind) {
                case COMMIT -> {
                    b.addCommit(GitCommit.builder().repoURL(a.repoURL).id(a.value).build());
                    parts.add(RepoUrls.git(a.repoURL) + ":" + a.value);
                }
                case IMAGE -> {
                    Image.Builder ib = Image.builder().repoURL(a.repoURL).tag(a.value);
                    if (a.digest != null) {
                        ib.digest(a.digest);
                    }
                    b.addImage(ib.build());
                    parts.add(a.repoURL + ":" + a.value + "@" + (a.digest == null ? "" : a.digest));
                }
                case CHART -> {
                    Chart.Builder cb = Chart.builder().repoURL(a.repoURL).version(a.value);
                    if (!a.name.isEmpty()) {
                        cb.name(a.name);
                    }
                    b.addChart(cb.build());
                    String joined = RepoUrls.chartKey(a.repoURL, a.name);
                    parts.add(joined + ":" + a.value);
                }
                default -> throw new IllegalStateException();
            }
        }
        parts.sort(null);
        String id = sha1(origin.key() + ":" + String.join("|", parts));
        return b.metadata(m -> m.name(id)).build();
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is always available", e);
        }
    }

    private static Optional<String> subscription(Warehouse w, Artifact a) {
        for (Subscription s : w.spec().subscriptions()) {
            switch (a.kind) {
                case COMMIT -> {
                    if (s.git().isPresent() && RepoUrls.git(s.git().get().repoURL()).equals(RepoUrls.git(a.repoURL))) {
                        return Optional.of(s.git().get().repoURL());
                    }
                }
                case IMAGE -> {
                    if (s.image().isPresent() && RepoUrls.image(s.image().get().repoURL())
                            .equals(RepoUrls.image(a.repoURL))) {
                        return Optional.of(s.image().get().repoURL());
                    }
                }
                case CHART -> {
                    if (s.chart().isPresent() && RepoUrls.chart(s.chart().get().repoURL())
                            .equals(RepoUrls.chart(a.repoURL)) && (a.name.isEmpty()
                            || s.chart().get().name().orElse("").equals(a.name))) {
                        return Optional.of(s.chart().get().repoURL());
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** An artifact given without a Freight resource. */
    private record Artifact(ArtifactKind kind, String repoURL, String name, String value, String digest,
                            String label) {
        Artifact withRepo(String repo) {
            return new Artifact(kind, repo, name, value, digest, label);
        }
    }

    private enum ArtifactKind { COMMIT, IMAGE, CHART }

    /** Builds a {@link PromotionPreview}. */
    public static final class Builder {
        private final List<KargoResource> resources = new ArrayList<>();
        private final Map<KargoResource, Manifest> manifests = new IdentityHashMap<>();
        private final List<Freight> freight = new ArrayList<>();
        private final List<Artifact> artifacts = new ArrayList<>();
        private PreviewValues values = PreviewValues.EMPTY;
        private final Map<String, Map<String, Object>> outputs = new LinkedHashMap<>();
        private String promotionName = "<promotion>";
        private String actor = "<actor>";
        private String uiBaseUrl = "<ui-base-url>";

        private Builder() {
        }

        /**
         * The resources: Stages, PromotionTasks, ClusterPromotionTasks, Warehouses (Freight among them is not used:
         * say which with {@link #freight(Freight)}).
         *
         * @param resources resources
         * @return this builder
         */
        public Builder resources(Collection<? extends KargoResource> resources) {
            this.resources.addAll(resources);
            return this;
        }

        /**
         * Resources read from files: as {@link #resources(Collection)}, and errors name the file, line and column.
         *
         * @param manifests documents read by {@code KargoCodec}
         * @return this builder
         */
        public Builder manifests(Collection<Manifest> manifests) {
            for (Manifest m : manifests) {
                resources.add(m.resource());
                this.manifests.put(m.resource(), m);
            }
            return this;
        }

        /**
         * A Freight to promote: used by every Stage that requests its origin.
         *
         * @param freight a Freight
         * @return this builder
         */
        public Builder freight(Freight freight) {
            this.freight.add(Objects.requireNonNull(freight, "freight"));
            return this;
        }

        /**
         * A commit, put into the Freight of the requested origin that provides it (a Stage's only origin, or the one
         * whose Warehouse subscribes to the repository).
         *
         * @param repoURL the Git repository
         * @param id the commit's ID
         * @return this builder
         */
        public Builder commit(String repoURL, String id) {
            artifacts.add(new Artifact(ArtifactKind.COMMIT, repoURL, "", id, null, "commit " + repoURL + "=" + id));
            return this;
        }

        /**
         * @param repoURL an image repository
         * @param tag the tag
         * @param digest the digest, or null
         * @return this builder
         * @see #commit(String, String)
         */
        public Builder image(String repoURL, String tag, String digest) {
            artifacts.add(new Artifact(ArtifactKind.IMAGE, repoURL, "", tag, digest, "image " + repoURL + "=" + tag
                    + (digest == null ? "" : "@" + digest)));
            return this;
        }

        /**
         * @param repoURL a chart repository ({@code oci://...} holds the chart's name; for an HTTP(S) repository give
         *                the chart's name)
         * @param name the chart's name ({@code ""} for an OCI repository)
         * @param version the version
         * @return this builder
         * @see #commit(String, String)
         */
        public Builder chart(String repoURL, String name, String version) {
            artifacts.add(new Artifact(ArtifactKind.CHART, repoURL, name == null ? "" : name, version, null,
                    "chart " + repoURL + (name == null || name.isEmpty() ? "" : "#" + name) + "=" + version));
            return this;
        }

        /**
         * @param values Secrets, ConfigMaps and metadata
         * @return this builder
         */
        public Builder values(PreviewValues values) {
            this.values = Objects.requireNonNull(values, "values");
            return this;
        }

        /**
         * An output of a step, as if the step had run: expressions reading it are evaluated, not shown as
         * placeholders.
         *
         * @param alias the step's full alias ({@code open-pr}, {@code task-1::open-pr})
         * @param key the output's name
         * @param value its value (JSON-like)
         * @return this builder
         */
        public Builder output(String alias, String key, Object value) {
            outputs.computeIfAbsent(Objects.requireNonNull(alias, "alias"), k -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        /**
         * @param name {@code ctx.promotion} (default {@code <promotion>}: Kargo names a Promotion when it creates it)
         * @return this builder
         */
        public Builder promotionName(String name) {
            this.promotionName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param actor {@code ctx.meta.promotion.actor} (default {@code <actor>})
         * @return this builder
         */
        public Builder actor(String actor) {
            this.actor = Objects.requireNonNull(actor, "actor");
            return this;
        }

        /**
         * @param url {@code ctx.uiBaseUrl} (default {@code <ui-base-url>})
         * @return this builder
         */
        public Builder uiBaseUrl(String url) {
            this.uiBaseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** @return the preview */
        public PromotionPreview build() {
            return new PromotionPreview(this);
        }
    }
}
