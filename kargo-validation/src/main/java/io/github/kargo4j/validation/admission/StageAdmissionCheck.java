package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.stage.FreightRequest;
import io.github.kargo4j.model.stage.FreightSources;
import io.github.kargo4j.model.stage.Stage;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Kargo's admission rules for Stages: each origin requested once (S1), the MatchUpstream selection policy
 * constraints (S2, S3), and the promotion template step rules of the CRD and webhook (S4 to S8).
 */
public final class StageAdmissionCheck implements Check {

    private static final JsonPath REQUESTS = JsonPath.ROOT.key("spec").key("requestedFreight");
    private static final JsonPath STEPS = JsonPath.ROOT.key("spec").key("promotionTemplate").key("spec")
            .key("steps");
    private static final String MATCH_UPSTREAM = "MatchUpstream";

    /** Creates the check. */
    public StageAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.DUPLICATE_REQUESTED_ORIGIN, AdmissionRules.MATCH_UPSTREAM_DIRECT,
                AdmissionRules.MATCH_UPSTREAM_STAGE_COUNT, AdmissionRules.DUPLICATE_STEP_ALIAS,
                AdmissionRules.RESERVED_STEP_ALIAS, AdmissionRules.STEP_USES_OR_TASK, AdmissionRules.TASK_STEP_IF,
                AdmissionRules.TASK_STEP_CONFIG, AdmissionRules.TASK_STEP_CONTINUE_ON_ERROR,
                AdmissionRules.TASK_STEP_RETRY);
    }

    @Override
    public void run(ValidationContext ctx) {
        // each Stage on its own, on the validator's threads; findings in the order of a plain loop
        ctx.inParallel(ctx.entriesOf(Stage.class), PerStage.INSTANCE);
    }

    /** Checks one Stage (a named class, not a lambda: no call site to link at start-up). */
    private static final class PerStage implements BiConsumer<ValidationContext, Entry> {
        static final PerStage INSTANCE = new PerStage();

        @Override
        public void accept(ValidationContext own, Entry e) {
            Stage stage = (Stage) e.resource();
            requests(own, e, stage);
            List<PromotionStep> steps = stage.steps();
            StepRules.aliases(own, e, STEPS, steps);
            steps(own, e, steps);
        }
    }

    private static void requests(ValidationContext ctx, Entry e, Stage stage) {
        String who = StepRules.describe(stage);
        List<FreightRequest> requests = stage.spec().requestedFreight();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            FreightRequest r = requests.get(i);
            String key = r.origin().key();
            Integer first = seen.putIfAbsent(key, i);
            if (first != null && reported.add(key)) {
                ctx.report(AdmissionRules.DUPLICATE_REQUESTED_ORIGIN, e, REQUESTS.index(i),
                        who + " requests Freight from " + r.origin().kindAsString() + " \"" + r.origin().name()
                                + "\" more than once (requests " + (first + 1) + " and " + (i + 1)
                                + "); Kargo rejects it: \"freight with origin " + key
                                + " requested multiple times in spec.requestedFreight\"",
                        "merge the requests into one: list every upstream Stage in its sources.stages, and set "
                                + "sources.direct: true if Freight may also come straight from the Warehouse");
            }
            sources(ctx, e, who, r, REQUESTS.index(i).key("sources"));
        }
    }

    private static void sources(ValidationContext ctx, Entry e, String who, FreightRequest r, JsonPath path) {
        FreightSources s = r.sources();
        boolean matchUpstream = s.autoPromotionOptions().isPresent()
                && s.autoPromotionOptions().get().selectionPolicyAsString().orElse("").equals(MATCH_UPSTREAM);
        if (!matchUpstream) {
            return;
        }
        JsonPath policy = path.key("autoPromotionOptions").key("selectionPolicy");
        String origin = "Warehouse \"" + r.origin().name() + "\"";
        if (s.isDirect()) {
            ctx.report(AdmissionRules.MATCH_UPSTREAM_DIRECT, e, policy,
                    who + ": the request for Freight from " + origin + " uses the selection policy MatchUpstream "
                            + "and also direct: true; Kargo rejects it: \"selection policy 'MatchUpstream' cannot "
                            + "be used when accepting Freight directly from its origin\"",
                    "MatchUpstream promotes whatever the single upstream Stage has: remove direct: true, or use "
                            + "the default selection policy NewestFreight");
        }
        if (s.stages().size() != 1) {
            String found = s.stages().isEmpty() ? "no upstream Stage" : s.stages().size() + " upstream Stages "
                    + s.stages();
            ctx.report(AdmissionRules.MATCH_UPSTREAM_STAGE_COUNT, e, policy,
                    who + ": the request for Freight from " + origin + " uses the selection policy MatchUpstream "
                            + "with " + found + "; Kargo rejects it: \"selection policy 'MatchUpstream' requires "
                            + "exactly one upstream Stage to be specified\"",
                    "list exactly one Stage in sources.stages (the Stage whose current Freight this one should "
                            + "follow), or use the default selection policy NewestFreight");
        }
    }

    private static void steps(ValidationContext ctx, Entry e, List<PromotionStep> steps) {
        String who = StepRules.describe(e.resource());
        for (int i = 0; i < steps.size(); i++) {
            PromotionStep step = steps.get(i);
            boolean uses = step.uses().isPresent();
            boolean task = step.task().isPresent();
            if (uses && !task) {
                continue;   // a built-in step, as nearly every step is: nothing to check here
            }
            JsonPath p = STEPS.index(i);
            String as = step.as().orElse("");
            String label = "step " + (i + 1) + (as.isBlank() ? "" : " (\"" + as + "\")");
            if (uses == task) {
                ctx.report(AdmissionRules.STEP_USES_OR_TASK, e, p,
                        who + ": " + label + (uses ? " sets both uses (\"" + step.uses().get()
                                + "\") and task (\"" + step.task().get().name() + "\")" : " sets neither uses nor task")
                                + "; the API server rejects it: \"PromotionTemplate step must have exactly one of "
                                + "uses or task set\"",
                        uses ? "keep uses to run a built-in step, or task to inline a PromotionTask, not both"
                                : "add uses: <step name> (such as git-clone) or task: {name: <PromotionTask>}");
            }
            if (!task) {
                continue;
            }
            String taskName = "task \"" + step.task().get().name() + "\"";
            if (!step.ifCondition().orElse("").isEmpty()) {
                ctx.report(AdmissionRules.TASK_STEP_IF, e, p.key("if"),
                        who + ": " + label + " references " + taskName + " and has an if condition; Kargo "
                                + "rejects it: \"PromotionTemplate step referencing a task cannot have an 'if' "
                                + "condition\"",
                        "remove if from the step; put conditions on the steps inside the PromotionTask instead");
            }
            if (step.config().isPresent()) {
                ctx.report(AdmissionRules.TASK_STEP_CONFIG, e, p.key("config"),
                        who + ": " + label + " references " + taskName + " and has a config; Kargo rejects it: "
                                + "\"PromotionTemplate step referencing a task cannot have a config\"",
                        "pass inputs to the task with the step's vars (the task declares them in spec.vars) and "
                                + "remove config");
            }
            if (step.continueOnError().isPresent()) {
                ctx.report(AdmissionRules.TASK_STEP_CONTINUE_ON_ERROR, e, p.key("continueOnError"),
                        who + ": " + label + " references " + taskName + " and sets continueOnError; the API "
                                + "server rejects it: \"PromotionTemplate step referencing a task cannot set "
                                + "continueOnError\"",
                        "remove continueOnError from the step; set it on the steps inside the PromotionTask");
            }
            if (step.retry().isPresent()) {
                ctx.report(AdmissionRules.TASK_STEP_RETRY, e, p.key("retry"),
                        who + ": " + label + " references " + taskName + " and sets retry; the API server "
                                + "rejects it: \"PromotionTemplate step referencing a task cannot set retry\"",
                        "remove retry from the step; set it on the steps inside the PromotionTask");
            }
        }
    }
}
