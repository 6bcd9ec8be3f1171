package io.github.kargo4j.validation.admission;

import io.github.kargo4j.model.json.JsonPath;
import io.github.kargo4j.model.promotion.Promotion;
import io.github.kargo4j.model.promotion.PromotionSpec;
import io.github.kargo4j.model.promotion.PromotionStep;
import io.github.kargo4j.validation.Check;
import io.github.kargo4j.validation.Entry;
import io.github.kargo4j.validation.Rule;
import io.github.kargo4j.validation.ValidationContext;

import java.util.List;

/**
 * Kargo's admission rules for Promotions: exactly one of {@code freight} and {@code origin} (R5), and steps that run
 * built-in steps only (CRD rule).
 */
public final class PromotionAdmissionCheck implements Check {

    private static final JsonPath SPEC = JsonPath.ROOT.key("spec");

    /** Creates the check. */
    public PromotionAdmissionCheck() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(AdmissionRules.PROMOTION_FREIGHT_OR_ORIGIN, AdmissionRules.PROMOTION_STEP_USES);
    }

    @Override
    public void run(ValidationContext ctx) {
        for (Entry e : ctx.entriesOf(Promotion.class)) {
            Promotion promotion = (Promotion) e.resource();
            PromotionSpec spec = promotion.spec();
            String who = StepRules.describe(promotion) + " (Stage \"" + spec.stage() + "\")";
            boolean freight = spec.freight().filter(f -> !f.isEmpty()).isPresent();
            boolean origin = spec.origin().isPresent();
            if (freight == origin) {
                ctx.report(AdmissionRules.PROMOTION_FREIGHT_OR_ORIGIN, e, SPEC,
                        who + (freight ? " sets both freight (\"" + spec.freight().get()
                                + "\") and origin (Warehouse \"" + spec.origin().get().name() + "\")"
                                : " sets neither freight nor origin")
                                + "; Kargo rejects it: \"exactly one of spec.freight or spec.origin must be set\"",
                        freight ? "keep freight to promote that exact Freight, or origin to promote the origin's "
                                + "current auto-promotion candidate, not both"
                                : "add freight: <Freight name> (or origin: {kind: Warehouse, name: <warehouse>} to "
                                        + "promote its current auto-promotion candidate)");
            }
            List<PromotionStep> steps = spec.steps();
            for (int i = 0; i < steps.size(); i++) {
                PromotionStep step = steps.get(i);
                if (step.uses().isPresent() && step.task().isEmpty()) {
                    continue;
                }
                String what = step.task().isPresent()
                        ? "references task \"" + step.task().get().name() + "\"" : "has no uses";
                ctx.report(AdmissionRules.PROMOTION_STEP_USES, e, SPEC.key("steps").index(i),
                        who + ": step " + (i + 1) + " " + what + "; a Promotion's steps must run built-in steps "
                                + "(CRD rule \"Promotion step must have uses set and must not reference a task\"), "
                                + "and Kargo replaces the steps of a new Promotion with the Stage's promotion "
                                + "template anyway",
                        "remove spec.steps (and spec.vars) from the Promotion: Kargo fills them in from Stage \""
                                + spec.stage() + "\", inflating its task steps");
            }
        }
    }
}
