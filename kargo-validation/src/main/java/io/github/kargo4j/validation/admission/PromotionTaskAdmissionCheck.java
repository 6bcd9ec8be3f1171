package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.ClusterPromotionTask;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.model.promotion.PromotionTask;
import io.github.kargo4j.model.promotion.PromotionTaskSpec;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;

/**
 * Kargo's admission rules for PromotionTasks and ClusterPromotionTasks: every step runs a built-in step with
 * {@code uses} (CRD rule; tasks do not nest), and aliases are unique and not reserved (S4, S5).
 */
public final class PromotionTaskAdmissionCheck implements Check {

    private static final JsonPath STEPS = JsonPath.ROOT.key("spec").key("steps");

    /** Creates the check. */
    public PromotionTaskAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.PROMOTION_TASK_STEP_USES, AdmissionRules.DUPLICATE_STEP_ALIAS,
                AdmissionRules.RESERVED_STEP_ALIAS);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (Entry e : ctx.entries()) {
            PromotionTaskSpec spec;
            if (e.resource() instanceof PromotionTask t) {
                spec = t.spec();
            } else if (e.resource() instanceof ClusterPromotionTask t) {
                spec = t.spec();
            } else {
                continue;
            }
            List<PromotionStep> steps = spec.steps();
            StepRules.aliases(ctx, e, STEPS, steps);
            String who = StepRules.describe(e.resource());
            for (int i = 0; i < steps.size(); i++) {
                PromotionStep step = steps.get(i);
                if (step.uses().isPresent() && step.task().isEmpty()) {
                    continue;
                }
                String what = step.task().isPresent()
                        ? "references another task (\"" + step.task().get().name() + "\")"
                        : "has no uses";
                ctx.report(AdmissionRules.PROMOTION_TASK_STEP_USES, e, STEPS.index(i),
                        who + ": step " + (i + 1) + " " + what + "; the API server rejects it: \"PromotionTask "
                                + "step must have uses set and must not reference another task\"",
                        step.task().isPresent()
                                ? "tasks do not nest: copy the other task's steps here, or reference both tasks "
                                        + "one after the other from the Stage's promotion template"
                                : "add uses: <step name>, such as git-clone or yaml-update");
            }
        }
    }
}
