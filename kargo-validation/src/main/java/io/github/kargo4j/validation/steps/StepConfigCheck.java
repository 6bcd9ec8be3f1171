package io.github.kargo4j.validation.steps;

import io.github.kargo4j.model.KargoResource;
import io.github.kargo4j.model.generic.GenericResource;
import io.github.kargo4j.model.json.JsonObject;
import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.steps.ConfigProblem;
import io.github.kargo4j.model.steps.StepConfigRules;
import io.github.kargo4j.model.steps.StepNames;
import io.github.kargo4j.model.steps.Steps;
import io.github.kargo4j.validation.Category;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.Severity;
import io.github.kargo4j.validation.ValidationContext;
import io.github.kargo4j.validation.fields.Suggestions;
import io.github.kargo4j.validation.legacy.LegacyShapes;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What Kargo checks only when a promotion reaches a step: that the step exists ({@code uses}) and that its
 * {@code config} follows the step's rules. Every step is checked: Stage promotion templates, PromotionTasks,
 * ClusterPromotionTasks and Promotions. The rules come from the typed step configurations of kargo-model
 * ({@link StepConfigRules}), the same the builders apply; a value given as a {@code ${{ }}} expression is left for
 * the promotion to decide. Unknown config keys are reported by {@code KU003}, removed steps and keys by the legacy
 * rules.
 */
public final class StepConfigCheck implements Check {

    private static final String RUN_TIME = " Kargo admits the resource and fails the Promotion when it reaches the "
            + "step.";

    /** A step name that is not a step of Kargo v1.11. */
    public static final Rule UNKNOWN_STEP = rule("KS001", "unknown-step", Severity.ERROR,
            "A step that uses a name that is not a built-in step of Kargo v1.11 nor a custom step of the set");
    /** A step of a later Kargo release or of the Akuity Platform. */
    public static final Rule STEP_NOT_IN_KARGO = rule("KS002", "step-not-in-kargo-1.11", Severity.WARNING,
            "A step that only a later Kargo release or Akuity's commercial edition has");
    /** A required config property is missing. */
    public static final Rule MISSING_PROPERTY = rule("KS003", "step-config-missing-property", Severity.ERROR,
            "A step config that lacks a property the step requires");
    /** A config value of the wrong JSON type. */
    public static final Rule WRONG_TYPE = rule("KS004", "step-config-wrong-type", Severity.ERROR,
            "A step config value of the wrong type (a string where a list belongs, \"true\" for true, ...)");
    /** An empty or too short value. */
    public static final Rule EMPTY_VALUE = rule("KS005", "step-config-empty-value", Severity.ERROR,
            "A step config string, list or map that is empty (or shorter) where the step needs a value");
    /** A number outside its range. */
    public static final Rule OUT_OF_RANGE = rule("KS006", "step-config-out-of-range", Severity.ERROR,
            "A step config number below its minimum or above its maximum");
    /** A value outside the allowed set. */
    public static final Rule NOT_ALLOWED = rule("KS007", "step-config-value-not-allowed", Severity.ERROR,
            "A step config value that is not one of the values the step allows");
    /** A value of the wrong format. */
    public static final Rule BAD_FORMAT = rule("KS008", "step-config-bad-format", Severity.ERROR,
            "A step config value that does not have the form the step needs (a duration, a mode, a URL, ...)");
    /** Properties that exclude each other. */
    public static final Rule CONFLICT = rule("KS009", "step-config-conflict", Severity.ERROR,
            "A step config that sets properties that exclude each other");
    /** None of several alternatives. */
    public static final Rule MISSING_ALTERNATIVE = rule("KS010", "step-config-missing-alternative",
            Severity.ERROR, "A step config that sets none of the properties of which it needs one");
    /** Repeated items. */
    public static final Rule DUPLICATE = rule("KS011", "step-config-duplicate", Severity.ERROR,
            "A step config that repeats an item or a name that must be unique");

    private static final Map<ConfigProblem.Kind, Rule> BY_KIND = new EnumMap<>(ConfigProblem.Kind.class);

    static {
        BY_KIND.put(ConfigProblem.Kind.REQUIRED, MISSING_PROPERTY);
        BY_KIND.put(ConfigProblem.Kind.TYPE, WRONG_TYPE);
        BY_KIND.put(ConfigProblem.Kind.TOO_SHORT, EMPTY_VALUE);
        BY_KIND.put(ConfigProblem.Kind.OUT_OF_RANGE, OUT_OF_RANGE);
        BY_KIND.put(ConfigProblem.Kind.NOT_ALLOWED, NOT_ALLOWED);
        BY_KIND.put(ConfigProblem.Kind.BAD_FORMAT, BAD_FORMAT);
        BY_KIND.put(ConfigProblem.Kind.CONFLICT, CONFLICT);
        BY_KIND.put(ConfigProblem.Kind.MISSING_ALTERNATIVE, MISSING_ALTERNATIVE);
        BY_KIND.put(ConfigProblem.Kind.DUPLICATE, DUPLICATE);
    }

    /** The API group of the Akuity Platform's custom steps ({@code CustomPromotionStep}). */
    private static final String CUSTOM_STEP_GROUP = "ee.kargo.akuity.io/";

    /** Creates the check. */
    public StepConfigCheck() {
    }

    private static Rule rule(String code, String name, Severity severity, String summary) {
        return Rule.of(code, name, Category.STEP, severity, summary);
    }

    @Override
    public List<Rule> rules() {
        return List.of(UNKNOWN_STEP, STEP_NOT_IN_KARGO, MISSING_PROPERTY, WRONG_TYPE, EMPTY_VALUE, OUT_OF_RANGE,
                NOT_ALLOWED, BAD_FORMAT, CONFLICT, MISSING_ALTERNATIVE, DUPLICATE);
    }

    @Override
    public void run(ValidationContext ctx) {
        Set<String> customSteps = customSteps(ctx);
        // each step list on its own, on the validator's threads; findings in the order of a plain loop
        ctx.inParallel(StepLists.of(ctx), new PerStepList(customSteps));
    }

    /** Checks each step of one list (a named class, not a lambda: no call site to link at start-up). */
    private static final class PerStepList implements BiConsumer<ValidationContext, StepLists.StepList> {
        private final Set<String> customSteps;

        PerStepList(Set<String> customSteps) {
            this.customSteps = customSteps;
        }

        @Override
        public void accept(ValidationContext own, StepLists.StepList list) {
            for (int i = 0; i < list.steps().size(); i++) {
                step(own, list, i, customSteps);
            }
        }
    }

    private static Set<String> customSteps(ValidationContext ctx) {
        Set<String> out = new HashSet<>();
        for (Entry e : ctx.entries()) {
            KargoResource r = e.resource();
            if (r instanceof GenericResource g && g.kind().equals("CustomPromotionStep")
                    && g.apiVersion().startsWith(CUSTOM_STEP_GROUP)) {
                out.add(g.name());
            }
        }
        return out;
    }

    private static void step(ValidationContext ctx, StepLists.StepList list, int i, Set<String> customSteps) {
        PromotionStep step = list.steps().get(i);
        Optional<String> uses = step.uses().isPresent() && !step.uses().get().isEmpty() ? step.uses()
                : Optional.empty();
        if (uses.isEmpty() || step.task().isPresent()) {
            return;   // a task step, or a step without uses (an admission rule reports it)
        }
        String name = uses.get();
        JsonPath at = list.path().index(i);
        if (name.contains("${{") || name.contains("${%") || customSteps.contains(name)
                || LegacyShapes.removedSteps().contains(name)) {
            return;
        }
        Optional<StepConfigRules> rules = StepConfigRules.builtIn(name);
        if (rules.isEmpty()) {
            unknownStep(ctx, list.entry(), at.key("uses"), StepLists.describe(list, i), name);
            return;
        }
        JsonObject config = step.config().orElse(JsonObject.EMPTY);
        JsonPath configPath = at.key("config");
        List<ConfigProblem> problems = rules.get().check(config);
        if (problems.isEmpty()) {
            return;
        }
        String who = StepLists.describe(list, i);
        for (ConfigProblem p : problems) {
            Rule rule = BY_KIND.get(p.kind());
            if (rule == null) {
                continue;   // unknown keys: KU003
            }
            JsonPath path = p.path().isRoot() ? configPath : append(configPath, p.path());
            if (p.kind() == ConfigProblem.Kind.REQUIRED && !step.config().isPresent() && p.path().depth() == 1) {
                path = at;
            }
            ctx.report(rule, list.entry(), path,
                    who + ": " + name + ": " + p.message() + "." + RUN_TIME + " Kargo reports: invalid " + name
                            + " config: " + p.kargoMessage(),
                    p.hint());
        }
    }

    private static void unknownStep(ValidationContext ctx, Entry entry, JsonPath at, String who, String name) {
        Optional<String> newer = StepNames.newerKargo(name);
        if (newer.isPresent()) {
            ctx.report(STEP_NOT_IN_KARGO, entry, at, who + " uses \"" + name + "\", a step that only "
                    + newer.get() + " has. Kargo v1.11 fails the Promotion when it reaches the step.",
                    "Upgrade Kargo before you use this step, or use a step of Kargo v1.11.");
            return;
        }
        if (StepNames.isAkuityPlatformOnly(name)) {
            ctx.report(STEP_NOT_IN_KARGO, entry, at, who + " uses \"" + name + "\", a step of the Akuity Platform "
                    + "(Akuity's commercial edition of Kargo) that open-source Kargo does not have.",
                    "Keep it only if the project runs on the Akuity Platform.");
            return;
        }
        Optional<String> closest = Suggestions.closest(name, Steps.builtIn().keySet());
        ctx.report(UNKNOWN_STEP, entry, at, who + " uses \"" + name + "\", which is not a step of Kargo v1.11."
                        + RUN_TIME + " Kargo reports: error getting runner for step kind \"" + name
                        + "\": registration with name " + name + " not found",
                closest.map(c -> "Did you mean `" + c + "`?")
                        .orElse("Use a built-in step (see `kargo4j explain KS001`) or a PromotionTask (`task:`)."));
    }

    private static JsonPath append(JsonPath base, JsonPath relative) {
        JsonPath p = base;
        for (Object seg : relative.segments()) {
            p = seg instanceof Integer n ? p.index(n) : p.key((String) seg);
        }
        return p;
    }
}
